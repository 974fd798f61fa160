package org.agora.core.solve;

/** What a solver works on; the game is turned into it before the solver runs. */
public enum SolverInput {
  /** The normal form (an extensive game is first reduced to its reduced normal form). */
  NORMAL_FORM,
  /** The compiled game tree (CFR family, Monte Carlo CFR, fictitious play, sequence form). */
  GAME_TREE
}
