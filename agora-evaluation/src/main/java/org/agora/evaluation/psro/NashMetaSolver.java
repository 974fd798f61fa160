package org.agora.evaluation.psro;

import org.agora.solvers.MixedProfile;
import org.agora.solvers.nash.LemkeHowsonSolver;
import org.agora.solvers.nash.ZeroSumLpSolver;

/**
 * A Nash equilibrium of the meta-game, which makes PSRO the double oracle algorithm of McMahan,
 * Gordon and Blum ("Planning in the presence of cost functions controlled by an adversary", ICML
 * 2003) when the game is zero-sum. Zero-sum (and constant-sum) meta-games are solved by linear
 * programming ({@link ZeroSumLpSolver}); general-sum ones by Lemke-Howson from label 1
 * ({@link LemkeHowsonSolver}, floating point). Both are deterministic.
 */
public final class NashMetaSolver implements MetaSolver {

  @Override
  public String name() {
    return "nash";
  }

  @Override
  public double[][] solve(MetaGame game) {
    MixedProfile profile = game.zeroSum()
        ? new ZeroSumLpSolver().solve(game.toNormalFormGame()).strategies()
        : new LemkeHowsonSolver().solveDouble(game.toNormalFormGame(), 1);
    return new double[][] {MetaStrategies.normalise(profile.strategy(0)), MetaStrategies.normalise(profile.strategy(1))};
  }
}
