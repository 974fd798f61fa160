package org.agora.learning.bandits.multiplayer;

/**
 * The outcome of one multi-player run. The regret is the centralized pseudo-regret of Besson and
 * Kaufmann (ALT 2018), {@code sum_t (B - sum_k mu_k r_k(t))}, where B is the problem's {@link
 * MultiPlayerProblem#optimalReward()} and {@code r_k(t)} is 1 when exactly one player pulled arm k in
 * the classic models, and 1 when at least one did in the shared model (the shares add up to the arm's
 * reward); it uses the means, not the draws, as part 1's {@link org.agora.learning.bandits.BanditRun}
 * does. In the shared model the benchmark is the equilibrium's total, the sum over players of the
 * equilibrium shares each player's regret is measured against in Xu et al. (ICML 2023); players spread
 * over more arms than the equilibrium (while exploring, or disagreeing) raise the total, so this regret
 * may be negative there, and {@link #playerRewards()} tells how fairly the total was shared.
 *
 * @param policy the policy's string
 * @param problem the problem's {@link MultiPlayerProblem#describe()}
 * @param seed reproduces the run with {@link MultiPlayerSimulation#run(String, MultiPlayerProblem, long, long)}
 * @param horizon number of rounds
 * @param rounds the grid rounds (increasing, last = horizon)
 * @param regret the cumulative regret after each grid round
 * @param collisions the cumulative number of colliding pulls (a player pulling an arm some other player
 *     pulled in the same round) after each grid round
 * @param playerRewards each player's total drawn reward
 * @param pulls how often each arm was pulled, summed over players
 */
public record MultiPlayerRun(String policy, String problem, long seed, long horizon, long[] rounds, double[] regret,
    long[] collisions, double[] playerRewards, long[] pulls) {

  /** The cumulative regret after the last round. */
  public double finalRegret() {
    return regret[regret.length - 1];
  }

  /** The colliding pulls over the whole run. */
  public long totalCollisions() {
    return collisions[collisions.length - 1];
  }

  /** The sum of the players' drawn rewards. */
  public double totalReward() {
    double total = 0;
    for (double reward : playerRewards) {
      total += reward;
    }
    return total;
  }
}
