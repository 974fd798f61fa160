package org.agora.evaluation.psro;

/**
 * Chooses a meta-strategy (one distribution over its policies per player) for a PSRO
 * {@link MetaGame}. Implementations are deterministic and keep no state between calls.
 */
public interface MetaSolver {

  /** A short name for tables and specifications, e.g. {@code nash} or {@code prd(gamma=1e-10)}. */
  String name();

  /**
   * The meta-strategy of {@code game}: {@code result[player]} has {@link MetaGame#size()} non-negative
   * entries summing to 1.
   */
  double[][] solve(MetaGame game);
}
