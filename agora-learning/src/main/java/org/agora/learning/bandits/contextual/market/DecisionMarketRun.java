package org.agora.learning.bandits.contextual.market;

import java.util.List;

/**
 * The outcome of a repeated {@link DecisionMarket}, sampled on a log grid of rounds.
 *
 * <p>An expert's regret is the expected payment it gave up against reporting the true probabilities,
 * {@code sum_t sum_a (E_{p_a}[S(p_a, o)] - E_{p_a}[S(q_a, o)])}; under a full-support decision rule this
 * is its expected-payment loss whatever the other experts report (for the logarithmic rule it is the
 * summed Kullback–Leibler divergence). The principal's regret is {@code sum_t (max_a p_a(x_t) - sum_a
 * d_t(a) p_a(x_t))}, its expected shortfall against the best action of each context (the exploration
 * the decision rule needs costs it about epsilon times the mean gap per round).
 *
 * @param problem the problem string
 * @param experts the expert strings, in market order
 * @param rule the scoring rule's name
 * @param epsilon the decision rule's exploration probability
 * @param payment how experts are paid
 * @param seed the seed that reproduces the run
 * @param rounds the grid rounds (increasing, last = horizon)
 * @param expertRegret {@code expertRegret[i][g]}: expert i's cumulative regret after grid round g
 * @param principalRegret the principal's cumulative regret after each grid round
 * @param payments each expert's total realised payment
 * @param actionCounts how often each action was taken
 * @param principalValue the sum of the realised outcomes (what the principal got)
 */
public record DecisionMarketRun(String problem, List<String> experts, String rule, double epsilon,
    DecisionMarket.Payment payment, long seed, long[] rounds, double[][] expertRegret, double[] principalRegret,
    double[] payments, long[] actionCounts, double principalValue) {

  /** The horizon. */
  public long horizon() {
    return rounds[rounds.length - 1];
  }

  /** Expert {@code expert}'s cumulative regret after the grid round nearest below or at {@code round}. */
  public double expertRegretAt(int expert, long round) {
    int index = gridIndex(round);
    return index < 0 ? 0 : expertRegret[expert][index];
  }

  /** The principal's cumulative regret after the grid round nearest below or at {@code round}. */
  public double principalRegretAt(long round) {
    int index = gridIndex(round);
    return index < 0 ? 0 : principalRegret[index];
  }

  private int gridIndex(long round) {
    int index = java.util.Arrays.binarySearch(rounds, round);
    return index < 0 ? -index - 2 : index;
  }
}
