package org.agora.learning.bandits;

/**
 * The outcome of one simulated run: the cumulative regret sampled at the rounds of a grid, and the
 * totals. For stochastic problems the regret is the pseudo-regret {@code sum_t (mu*_t - mu_{a_t, t})}
 * (using the means, not the drawn rewards); for adversarial problems it is the regret against the best
 * fixed arm in hindsight, {@code max_k sum_t x_{t,k} - sum_t x_{t,a_t}}, which may be negative.
 *
 * @param policy the policy's string
 * @param problem the problem's string
 * @param seed the seed that reproduces the run with {@link BanditSimulation#run(String, String, long, long)}
 * @param horizon number of rounds
 * @param rounds the grid rounds (increasing, last = horizon)
 * @param regret the cumulative regret after each grid round
 * @param totalReward sum of the drawn rewards
 * @param pulls how often each arm was pulled
 */
public record BanditRun(String policy, String problem, long seed, long horizon, long[] rounds, double[] regret,
    double totalReward, long[] pulls) {

  /** The cumulative regret after the last round. */
  public double finalRegret() {
    return regret[regret.length - 1];
  }

  /** The cumulative regret after the grid round nearest below or at {@code round}. */
  public double regretAt(long round) {
    int index = java.util.Arrays.binarySearch(rounds, round);
    if (index < 0) {
      index = -index - 2;
    }
    return index < 0 ? 0 : regret[index];
  }
}
