package org.agora.markets.mechanism.contract;

/**
 * A contract and what it implements.
 *
 * @param payments the payment per outcome, each {@code >= 0}
 * @param action the action the agent takes under it
 * @param expectedPayment the principal's expected payment under that action
 * @param principalUtility the principal's expected reward minus expected payment
 */
public record Contract(double[] payments, int action, double expectedPayment, double principalUtility) {

  public Contract {
    payments = payments.clone();
  }

  @Override
  public double[] payments() {
    return payments.clone();
  }
}
