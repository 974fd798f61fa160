package org.agora.learning.bandits.contextual.market;

/**
 * An expert in a {@link DecisionMarket}: each round it sees the context, reports for every action the
 * probability that the outcome is 1 if that action is taken, and afterwards learns which action the
 * principal took and its outcome (only that one: the other actions' outcomes are never revealed).
 * Reports must lie strictly between 0 and 1 (the logarithmic rule pays minus infinity at 0). Neither
 * method may allocate.
 */
public interface Expert {

  /** Forgets what was learned. */
  void reset();

  /**
   * Writes the reported probability of outcome 1 under each action into {@code probabilities}.
   *
   * @param context the round's context (read only)
   */
  void report(double[] context, double[] probabilities);

  /** The principal took {@code action} in {@code context} and saw {@code outcome} (0 or 1). */
  void observe(int action, double[] context, int outcome);

  /** The expert string that creates this expert, e.g. {@code learner(lambda=1.0,floor=0.001)}. */
  String describe();
}
