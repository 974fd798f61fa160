package org.agora.learning.bandits.federated;

/**
 * One run of a federated linear bandit: the group pseudo-regret sampled on a log grid and what the
 * communication cost the server and the clients.
 *
 * @param rounds increasing rounds, the last the horizon
 * @param groupRegret sum over clients of {@code max_k theta . x_k - theta . x_chosen} after each of {@code rounds}
 * @param communicationRounds how many times communication was triggered
 * @param uploads how many client uploads the server received
 * @param totalPayment what the server paid in all
 * @param totalParticipationCost the true costs of the uploads
 * @param clientUtility each client's payments minus its true costs over the run
 */
public record FederatedRun(String environment, String protocol, long seed, long[] rounds, double[] groupRegret,
    long communicationRounds, long uploads, double totalPayment, double totalParticipationCost,
    double[] clientUtility) {

  /** The group regret at the horizon. */
  public double finalGroupRegret() {
    return groupRegret[groupRegret.length - 1];
  }

  /** The group regret at the last grid round not after {@code round}. */
  public double groupRegretAt(long round) {
    int index = 0;
    while (index + 1 < rounds.length && rounds[index + 1] <= round) {
      index++;
    }
    return groupRegret[index];
  }
}
