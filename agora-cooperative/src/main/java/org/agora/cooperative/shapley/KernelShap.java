package org.agora.cooperative.shapley;

import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;

/**
 * KernelSHAP (Lundberg and Lee, "A unified approach to interpreting model predictions", NeurIPS
 * 2017): the Shapley value is the solution of the weighted least-squares problem {@code min_phi
 * sum_S k(S) (v(S) - v(∅) - sum_{i in S} phi_i)^2} with the Shapley kernel {@code k(S) = (n-1) /
 * (C(n,|S|) |S| (n-|S|))}, subject to efficiency {@code sum_i phi_i = v(N) - v(∅)} (Charnes,
 * Golany, Keane and Rousseau, 1988). Coalitions are drawn from the kernel itself (size s in [1,
 * n-1] with probability proportional to 1/(s(n-s)), then uniformly among the size-s coalitions), so
 * the sampled problem is unweighted; each draw is paired with its complement (Covert and Lee,
 * "Improving KernelSHAP", AISTATS 2021). The constrained normal equations {@code A phi = b - lambda
 * 1}, {@code 1' phi = v(N) - v(∅)} are solved by Gaussian elimination with partial pivoting on the
 * n x n matrix (O(n^3) once, O(n^2) per sample to accumulate A), with a ridge of 1e-10 trace(A)/n
 * against singular A on tiny budgets.
 *
 * <p>Departures: draws are with replacement (the shap library samples without replacement and
 * reweights); no standard error is reported (NaN): the estimator is consistent but its variance
 * has no closed form here. Each pair costs 2 evaluations; v(∅) and v(N) cost 2. Needs a budget of
 * at least 2 + 2n.
 */
public final class KernelShap implements ShapleyEstimator {

  @Override
  public String name() {
    return "kernelshap";
  }

  @Override
  public ShapleyEstimate estimate(CoalitionGame game, long budget, long seed) {
    int n = game.playerCount();
    if (n == 1) {
      return Sampling.singlePlayer(game, budget, name());
    }
    Sampling.requireBudget(name(), n, budget, 2 + 2L * n);
    long grand = (1L << n) - 1;
    double empty = game.value(0);
    double total = game.value(grand) - empty;
    double[] cumulative = new double[n - 1];
    double sum = 0;
    for (int s = 1; s <= n - 1; s++) {
      sum += 1.0 / (s * (double) (n - s));
      cumulative[s - 1] = sum;
    }
    for (int k = 0; k < cumulative.length; k++) {
      cumulative[k] /= sum;
    }
    cumulative[cumulative.length - 1] = 1;
    SplittableRandom random = new SplittableRandom(seed);
    long pairs = (budget - 2) / 2;
    double[] matrix = new double[n * n];
    double[] vector = new double[n];
    int[] candidates = new int[n];
    for (long pair = 0; pair < pairs; pair++) {
      int size = Sampling.draw(cumulative, random) + 1;
      for (int j = 0; j < n; j++) {
        candidates[j] = j;
      }
      long coalition = Sampling.randomSubset(candidates, n, size, random);
      accumulate(matrix, vector, coalition, game.value(coalition) - empty, n);
      long complement = grand & ~coalition;
      accumulate(matrix, vector, complement, game.value(complement) - empty, n);
    }
    double[] values = solveConstrained(matrix, vector, total, n);
    double[] errors = new double[n];
    java.util.Arrays.fill(errors, Double.NaN);
    return new ShapleyEstimate(values, errors, 2 + 2 * pairs);
  }

  private static void accumulate(double[] matrix, double[] vector, long coalition, double target, int n) {
    long rest = coalition;
    while (rest != 0) {
      int i = Long.numberOfTrailingZeros(rest);
      rest &= rest - 1;
      vector[i] += target;
      long inner = coalition;
      while (inner != 0) {
        int j = Long.numberOfTrailingZeros(inner);
        inner &= inner - 1;
        matrix[i * n + j] += 1;
      }
    }
  }

  /** Solves {@code A x + lambda 1 = b, 1'x = total} as one (n+1) x (n+1) system. */
  static double[] solveConstrained(double[] matrix, double[] vector, double total, int n) {
    int m = n + 1;
    double trace = 0;
    for (int i = 0; i < n; i++) {
      trace += matrix[i * n + i];
    }
    double ridge = 1e-10 * Math.max(trace / n, 1e-300);
    double[] system = new double[m * m];
    double[] right = new double[m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        system[i * m + j] = matrix[i * n + j];
      }
      system[i * m + i] += ridge;
      system[i * m + n] = 1;
      system[n * m + i] = 1;
      right[i] = vector[i];
    }
    right[n] = total;
    double[] solution = LinearSolve.solve(system, right, m);
    return java.util.Arrays.copyOf(solution, n);
  }
}
