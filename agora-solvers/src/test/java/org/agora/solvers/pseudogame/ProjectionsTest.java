package org.agora.solvers.pseudogame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Projections are checked by the variational inequality that characterises a Euclidean projection onto a
 * convex set C: (y - P(y)) . (c - P(y)) &lt;= 0 for every c in C (seeded random points y and c).
 */
class ProjectionsTest {

  @Test
  void simplexProjectionSatisfiesTheVariationalInequality() {
    SplittableRandom random = new SplittableRandom(1);
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(5);
      double floor = trial % 3 == 0 ? 0.01 : 0;
      double[] y = new double[n];
      for (int k = 0; k < n; k++) {
        y[k] = random.nextDouble(-3, 3);
      }
      double[] projected = y.clone();
      Projections.ontoSimplex(projected, 0, n, floor, 1);
      double sum = 0;
      for (double v : projected) {
        assertThat(v).isGreaterThanOrEqualTo(floor - 1e-15);
        sum += v;
      }
      assertThat(sum).isCloseTo(1, offset(1e-12));
      for (int other = 0; other < 20; other++) {
        double[] c = randomSimplexPoint(random, n, floor);
        assertThat(inner(y, projected, c)).isLessThanOrEqualTo(1e-12);
      }
    }
  }

  @Test
  void budgetProjectionSatisfiesTheVariationalInequality() {
    SplittableRandom random = new SplittableRandom(2);
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(4);
      double[] weights = new double[n];
      double[] y = new double[n];
      for (int k = 0; k < n; k++) {
        weights[k] = random.nextDouble(0.1, 2);
        y[k] = random.nextDouble(-2, 4);
      }
      double bound = random.nextDouble(0.1, 3);
      double[] projected = y.clone();
      Projections.ontoBudget(projected, 0, n, weights, 0, bound);
      double spend = 0;
      for (int k = 0; k < n; k++) {
        assertThat(projected[k]).isGreaterThanOrEqualTo(0);
        spend += weights[k] * projected[k];
      }
      assertThat(spend).isLessThanOrEqualTo(bound + 1e-12);
      for (int other = 0; other < 20; other++) {
        double[] c = new double[n];
        double scale = random.nextDouble();
        double[] share = randomSimplexPoint(random, n, 0);
        for (int k = 0; k < n; k++) {
          c[k] = scale * bound * share[k] / weights[k];
        }
        assertThat(inner(y, projected, c)).isLessThanOrEqualTo(1e-10);
      }
    }
  }

  /** The budget-line projection lands on the line and beats every sampled point of it in distance. */
  @Test
  void budgetLineProjectionIsTheNearestPointOfTheLine() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(4);
      double[] weights = new double[n];
      double[] y = new double[n];
      for (int k = 0; k < n; k++) {
        weights[k] = random.nextDouble(0.1, 2);
        y[k] = random.nextDouble(-1, 1);
      }
      double bound = random.nextDouble(0.5, 3);
      double[] projected = y.clone();
      Projections.ontoBudgetLine(projected, 0, n, weights, 0, bound);
      double spend = 0;
      for (int k = 0; k < n; k++) {
        spend += weights[k] * projected[k];
      }
      assertThat(spend).isCloseTo(bound, offset(1e-12));
      for (int other = 0; other < 20; other++) {
        double[] share = randomSimplexPoint(random, n, 0);
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
          c[k] = bound * share[k] / weights[k];
        }
        assertThat(distance(y, projected)).isLessThanOrEqualTo(distance(y, c) + 1e-12);
      }
    }
  }

  private static double[] randomSimplexPoint(SplittableRandom random, int n, double floor) {
    double[] c = new double[n];
    double total = 0;
    for (int k = 0; k < n; k++) {
      c[k] = -Math.log(1 - random.nextDouble());
      total += c[k];
    }
    for (int k = 0; k < n; k++) {
      c[k] = floor + (1 - n * floor) * c[k] / total;
    }
    return c;
  }

  private static double inner(double[] y, double[] projected, double[] c) {
    double value = 0;
    for (int k = 0; k < y.length; k++) {
      value += (y[k] - projected[k]) * (c[k] - projected[k]);
    }
    return value;
  }

  private static double distance(double[] a, double[] b) {
    double value = 0;
    for (int k = 0; k < a.length; k++) {
      value += (a[k] - b[k]) * (a[k] - b[k]);
    }
    return value;
  }
}
