package org.agora.evaluation.psro;

import java.util.Arrays;

/**
 * The uniform meta-strategy: every policy found so far with equal weight. PSRO with this
 * meta-solver is fictitious play over policies (Lanctot et al., NeurIPS 2017, section 3; the
 * "uniform" meta-solver of their experiments): each new policy is a best response to the average
 * of the opponent's earlier policies.
 */
public final class UniformMetaSolver implements MetaSolver {

  @Override
  public String name() {
    return "uniform";
  }

  @Override
  public double[][] solve(MetaGame game) {
    double[] uniform = new double[game.size()];
    Arrays.fill(uniform, 1.0 / game.size());
    return new double[][] {uniform, uniform.clone()};
  }
}
