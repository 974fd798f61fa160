package org.agora.learning.bandits.collaborative;

/**
 * One run of a collaborative bandit: the group pseudo-regret (sum over agents of the gaps of the arms
 * they pulled) and the messages sent, both sampled at the rounds of a log grid, and each agent's own
 * regret at the horizon.
 *
 * @param rounds increasing rounds, the last one the horizon
 * @param groupRegret group pseudo-regret after each of {@code rounds}
 * @param messages messages sent by the end of each of {@code rounds}
 * @param agentRegret each agent's pseudo-regret at the horizon
 */
public record CollaborativeRun(String network, String policy, long seed, long[] rounds, double[] groupRegret,
    long[] messages, double[] agentRegret) {

  /** The group regret at the last grid round not after {@code round}. */
  public double groupRegretAt(long round) {
    int index = 0;
    while (index + 1 < rounds.length && rounds[index + 1] <= round) {
      index++;
    }
    return groupRegret[index];
  }

  /** The group regret at the horizon. */
  public double finalGroupRegret() {
    return groupRegret[groupRegret.length - 1];
  }

  /** The messages sent by the horizon. */
  public long finalMessages() {
    return messages[messages.length - 1];
  }
}
