package org.agora.markets.mechanism.information;

/**
 * A mechanism for an {@link InformationAcquisitionProblem}: a distribution over recommended effort
 * profiles, the principal's decision rule given the recommendation and the reported signals, and each
 * agent's payment given the recommendation, the reports and the realised state (a scoring rule).
 * Decision and payment entries of a profile recommended with probability 0 are 0.
 *
 * @param value the principal's expected utility from its decisions minus expected payments
 * @param expectedPayment the expected total payment to the agents
 * @param recommendation {@code [effortProfile]}
 * @param decision flat {@code [(effortProfile * signalProfiles + signalProfile) * actions + action]}
 * @param payments flat {@code [((agent * effortProfiles + effortProfile) * signalProfiles + signalProfile) * states + state]}
 */
public record AcquisitionMechanism(InformationAcquisitionProblem problem, double value, double expectedPayment,
    double[] recommendation, double[] decision, double[] payments) {

  public AcquisitionMechanism {
    recommendation = recommendation.clone();
    decision = decision.clone();
    payments = payments.clone();
  }

  /** The probability that effort profile {@code profile} is recommended. */
  public double recommendationProbability(int profile) {
    return recommendation[profile];
  }

  /** The probability of action {@code action} after recommending {@code profile} and receiving {@code signals}. */
  public double decisionProbability(int profile, int signals, int action) {
    return decision[(profile * problem.signalProfiles() + signals) * problem.actions() + action];
  }

  /** Agent {@code agent}'s payment after recommending {@code profile}, reports {@code signals} and state {@code state}. */
  public double payment(int agent, int profile, int signals, int state) {
    int index = ((agent * problem.effortProfiles() + profile) * problem.signalProfiles() + signals) * problem.states()
        + state;
    return payments[index];
  }

  @Override
  public double[] recommendation() {
    return recommendation.clone();
  }

  @Override
  public double[] decision() {
    return decision.clone();
  }

  @Override
  public double[] payments() {
    return payments.clone();
  }
}
