package org.agora.core.solve;

import java.util.List;

/**
 * What a solver found, with every measure people are shown already computed, so that front ends only
 * render: {@link NormalFormSolveResult} (equilibria, a game value, a correlated distribution, a
 * trajectory) or {@link TreeSolveResult} (a behaviour policy with its evaluation and convergence
 * curve).
 */
public sealed interface SolveResult permits NormalFormSolveResult, TreeSolveResult {

  /** Name of the game solved (of the reduced normal form when an extensive game was reduced). */
  String gameName();

  /** Name of the solver that ran, e.g. {@code cfr+}. */
  String solver();

  /** What the profiles are, e.g. {@code Nash equilibrium}, {@code average policy}. */
  String concept();

  /** Free-form lines about the run (objective values, path lengths, pivots). */
  List<String> notes();

  /** Seconds the solver itself ran (input preparation excluded). */
  double seconds();
}
