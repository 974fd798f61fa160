package org.agora.learning.bandits.contextual.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The linear algebra of LinUCB and linear Thompson sampling against hand values and direct solves. */
class LinearModelsTest {

  @Test
  void linUcbIndexOnAHandExample() {
    // One pull of arm 0 in x = (1, 1) with reward 1: A = I + x x^T = [[2,1],[1,2]], A^-1 = [[2,-1],[-1,2]] / 3,
    // b = (1, 1), theta = A^-1 b = (1/3, 1/3). In x = (1, 0): theta.x = 1/3, x^T A^-1 x = 2/3, so the index with
    // alpha = 2 is 1/3 + 2 sqrt(2/3) = 1.9663; arm 1 (never pulled, A = I) has 0 + 2 sqrt(1) = 2 and is chosen.
    LinUcb policy = new LinUcb(2, 2, 2, 1);
    policy.update(0, new double[] {1, 1}, 1);
    double[] x = {1, 0};
    assertThat(policy.index(0, x)).isCloseTo(1.0 / 3 + 2 * Math.sqrt(2.0 / 3), within(1e-15));
    assertThat(policy.index(1, x)).isCloseTo(2, within(1e-15));
    assertThat(policy.choose(2, x)).isEqualTo(1);
    assertThat(policy.models().inverse(0)).containsExactly(new double[] {2.0 / 3, -1.0 / 3, -1.0 / 3, 2.0 / 3},
        within(1e-15));
    // With alpha = 1 arm 0 wins: 1/3 + sqrt(2/3) = 1.150 > 1.
    LinUcb narrow = new LinUcb(2, 2, 1, 1);
    narrow.update(0, new double[] {1, 1}, 1);
    assertThat(narrow.choose(2, x)).isEqualTo(0);
  }

  @Test
  void shermanMorrisonInverseEqualsDirectInverseAfterManyUpdates() {
    int d = 6;
    double lambda = 0.5;
    RidgeModels models = new RidgeModels(1, d, lambda);
    double[][] a = identity(d, lambda);
    double[] b = new double[d];
    SplittableRandom random = new SplittableRandom(7);
    double[] x = new double[d];
    for (int t = 0; t < 3000; t++) {
      for (int j = 0; j < d; j++) {
        x[j] = random.nextGaussian();
      }
      double reward = random.nextGaussian();
      models.update(0, x, reward);
      for (int i = 0; i < d; i++) {
        b[i] += reward * x[i];
        for (int j = 0; j < d; j++) {
          a[i][j] += x[i] * x[j];
        }
      }
    }
    double[][] inverse = invert(a);
    double[] smInverse = models.inverse(0);
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        assertThat(smInverse[i * d + j]).isCloseTo(inverse[i][j], within(1e-9));
      }
    }
    double[] theta = multiply(inverse, b);
    assertThat(models.estimate(0)).containsExactly(theta, within(1e-9));
  }

  @Test
  void thompsonCholeskyFactorAndPosteriorMeanMatchDirectComputation() {
    int d = 5;
    double lambda = 2;
    LinearThompsonSampling policy = new LinearThompsonSampling(2, d, 0.5, lambda, new SplittableRandom(1));
    double[][] a = identity(d, lambda);
    double[] f = new double[d];
    SplittableRandom random = new SplittableRandom(11);
    double[] x = new double[d];
    for (int t = 0; t < 2000; t++) {
      for (int j = 0; j < d; j++) {
        x[j] = random.nextGaussian();
      }
      double reward = random.nextGaussian();
      policy.update(1, x, reward);
      for (int i = 0; i < d; i++) {
        f[i] += reward * x[i];
        for (int j = 0; j < d; j++) {
          a[i][j] += x[i] * x[j];
        }
      }
    }
    double[] l = policy.choleskyFactor(1);
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double product = 0;
        for (int k = 0; k < d; k++) {
          product += l[i * d + k] * l[j * d + k];
        }
        assertThat(product).as("(L L^T)[%d][%d]", i, j).isCloseTo(a[i][j], within(1e-9 * Math.max(1, a[i][j])));
        if (j > i) {
          assertThat(l[i * d + j]).isZero();
        }
      }
    }
    assertThat(policy.posteriorMean(1)).containsExactly(multiply(invert(a), f), within(1e-9));
    // Arm 0 was never pulled: L = sqrt(lambda) I, mu = 0.
    assertThat(policy.choleskyFactor(0)[0]).isEqualTo(Math.sqrt(lambda));
    assertThat(policy.posteriorMean(0)).containsOnly(0.0);
  }

  @Test
  void thompsonWithZeroScaleIsGreedyOnTheRidgeEstimate() {
    // v = 0 makes theta~ = mu = B^-1 f, the ridge estimate, so the choice is argmax_k theta_k . x.
    int d = 3;
    LinearThompsonSampling thompson = new LinearThompsonSampling(3, d, 0, 1, new SplittableRandom(1));
    RidgeModels ridge = new RidgeModels(3, d, 1);
    SplittableRandom random = new SplittableRandom(5);
    double[] x = new double[d];
    for (int t = 1; t <= 500; t++) {
      for (int j = 0; j < d; j++) {
        x[j] = random.nextGaussian();
      }
      int arm = thompson.choose(t, x);
      int greedy = 0;
      for (int k = 1; k < 3; k++) {
        if (ridge.estimate(k, x) > ridge.estimate(greedy, x)) {
          greedy = k;
        }
      }
      assertThat(arm).isEqualTo(greedy);
      int pulled = random.nextInt(3);
      double reward = random.nextGaussian();
      thompson.update(pulled, x, reward);
      ridge.update(pulled, x, reward);
    }
  }

  @Test
  void thompsonSamplesHaveMeanMuAndCovarianceVSquaredBInverse() {
    // theta~ ~ N(mu, v^2 B^-1) and theta~ . x ~ N(x . mu, v^2 x^T B^-1 x). With n draws the sample mean has
    // standard error sigma / sqrt(n) and the sample variance sigma^2 sqrt(2 / n) (Gaussian); we allow 5 of them.
    int d = 3;
    double v = 0.7;
    LinearThompsonSampling policy = new LinearThompsonSampling(1, d, v, 1, new SplittableRandom(3));
    double[][] a = identity(d, 1);
    double[] f = new double[d];
    SplittableRandom random = new SplittableRandom(4);
    double[] x = new double[d];
    for (int t = 0; t < 20; t++) {
      for (int j = 0; j < d; j++) {
        x[j] = random.nextGaussian();
      }
      double reward = random.nextGaussian();
      policy.update(0, x, reward);
      for (int i = 0; i < d; i++) {
        f[i] += reward * x[i];
        for (int j = 0; j < d; j++) {
          a[i][j] += x[i] * x[j];
        }
      }
    }
    double[][] covariance = invert(a);
    double[] mu = multiply(covariance, f);
    double[] query = {0.3, -1.2, 0.5};
    double expectedMean = 0;
    double expectedVariance = 0;
    for (int i = 0; i < d; i++) {
      expectedMean += query[i] * mu[i];
      for (int j = 0; j < d; j++) {
        expectedVariance += v * v * query[i] * covariance[i][j] * query[j];
      }
    }
    int n = 200_000;
    double sum = 0;
    double squares = 0;
    double[] theta = new double[d];
    double[] thetaSum = new double[d];
    double[][] thetaSquares = new double[d][d];
    for (int s = 0; s < n; s++) {
      double value = policy.sampleValue(0, query);
      sum += value;
      squares += value * value;
      policy.sampleParameter(0, theta);
      for (int i = 0; i < d; i++) {
        thetaSum[i] += theta[i];
        for (int j = 0; j < d; j++) {
          thetaSquares[i][j] += (theta[i] - mu[i]) * (theta[j] - mu[j]);
        }
      }
    }
    double sigma = Math.sqrt(expectedVariance);
    double mean = sum / n;
    assertThat(mean).isCloseTo(expectedMean, within(5 * sigma / Math.sqrt(n)));
    assertThat(squares / n - mean * mean).isCloseTo(expectedVariance, within(5 * expectedVariance * Math.sqrt(2.0 / n)));
    for (int i = 0; i < d; i++) {
      double sd = v * Math.sqrt(covariance[i][i]);
      assertThat(thetaSum[i] / n).isCloseTo(mu[i], within(5 * sd / Math.sqrt(n)));
      for (int j = 0; j < d; j++) {
        // Var of a product-moment estimate: (c_ii c_jj + c_ij^2) / n for Gaussian coordinates.
        double cij = v * v * covariance[i][j];
        double se = Math.sqrt((v * v * covariance[i][i] * v * v * covariance[j][j] + cij * cij) / n);
        assertThat(thetaSquares[i][j] / n).as("cov[%d][%d]", i, j).isCloseTo(cij, within(5 * se));
      }
    }
  }

  private static double[][] identity(int d, double scale) {
    double[][] a = new double[d][d];
    for (int i = 0; i < d; i++) {
      a[i][i] = scale;
    }
    return a;
  }

  private static double[] multiply(double[][] a, double[] b) {
    double[] out = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      for (int j = 0; j < b.length; j++) {
        out[i] += a[i][j] * b[j];
      }
    }
    return out;
  }

  /** Gauss–Jordan elimination with partial pivoting. */
  private static double[][] invert(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(matrix[i], 0, a[i], 0, n);
      a[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] swap = a[c];
      a[c] = a[pivot];
      a[pivot] = swap;
      double diagonal = a[c][c];
      for (int j = 0; j < 2 * n; j++) {
        a[c][j] /= diagonal;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double factor = a[r][c];
          for (int j = 0; j < 2 * n; j++) {
            a[r][j] -= factor * a[c][j];
          }
        }
      }
    }
    double[][] inverse = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], n, inverse[i], 0, n);
    }
    return inverse;
  }
}
