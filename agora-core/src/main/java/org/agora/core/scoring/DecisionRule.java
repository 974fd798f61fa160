package org.agora.core.scoring;

/**
 * How a decision maker turns action-conditional forecasts into a distribution over actions. The
 * forecasts are {@code forecasts[a][o]}, the reported probability of outcome {@code o} if action
 * {@code a} is taken; the decision maker values outcome {@code o} at {@code outcomeValues[o]}.
 *
 * <p>Two rules are provided: {@link #bestAction(double[])}, which deterministically takes the action
 * of highest reported expected value (ties to the lowest index), and {@link #mixed(double[], double)},
 * which takes it with probability {@code 1 - epsilon} and a uniformly random action otherwise, so
 * every action has probability at least {@code epsilon / actions} (full support).
 */
public interface DecisionRule {

  /** Writes the probability of each action, given the reported forecasts, into {@code out}. */
  void distribution(double[][] forecasts, double[] out);

  /** The deterministic rule that takes the action of highest reported expected value. */
  static DecisionRule bestAction(double[] outcomeValues) {
    double[] values = outcomeValues.clone();
    return (forecasts, out) -> {
      java.util.Arrays.fill(out, 0.0);
      out[argmax(forecasts, values)] = 1.0;
    };
  }

  /**
   * The full-support rule: the best action with probability {@code 1 - epsilon}, a uniformly random
   * one with probability {@code epsilon}.
   *
   * @param epsilon exploration probability in (0, 1]
   */
  static DecisionRule mixed(double[] outcomeValues, double epsilon) {
    if (!(epsilon > 0 && epsilon <= 1)) {
      throw new IllegalArgumentException("epsilon must be in (0, 1], got " + epsilon);
    }
    double[] values = outcomeValues.clone();
    return (forecasts, out) -> {
      java.util.Arrays.fill(out, epsilon / forecasts.length);
      out[argmax(forecasts, values)] += 1 - epsilon;
    };
  }

  /** The action of highest reported expected value (lowest index among ties). */
  private static int argmax(double[][] forecasts, double[] values) {
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < forecasts.length; a++) {
      double value = 0;
      for (int o = 0; o < values.length; o++) {
        value += forecasts[a][o] * values[o];
      }
      if (value > bestValue) {
        bestValue = value;
        best = a;
      }
    }
    return best;
  }
}
