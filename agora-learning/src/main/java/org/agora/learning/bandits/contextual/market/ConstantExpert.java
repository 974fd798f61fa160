package org.agora.learning.bandits.contextual.market;

/**
 * A fixed-belief expert that reports the same probability for every action in every context (an
 * uninformed forecaster, e.g. {@code constant(p=0.5)}). Learns nothing.
 */
public final class ConstantExpert implements Expert {

  private final double probability;

  /** @param probability the reported probability of outcome 1, in (0, 1) */
  public ConstantExpert(double probability) {
    if (!(probability > 0 && probability < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), got " + probability);
    }
    this.probability = probability;
  }

  @Override
  public void reset() {}

  @Override
  public void report(double[] context, double[] probabilities) {
    java.util.Arrays.fill(probabilities, probability);
  }

  @Override
  public void observe(int action, double[] context, int outcome) {}

  @Override
  public String describe() {
    return "constant(p=" + probability + ")";
  }
}
