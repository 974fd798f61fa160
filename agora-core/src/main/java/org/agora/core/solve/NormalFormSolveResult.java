package org.agora.core.solve;

import java.util.List;

/**
 * What a normal-form solver found: equilibria (exact and/or floating point) with their payoffs and
 * NashConv, the game's value for zero-sum solvers, a distribution over profiles for correlated
 * equilibria and learning dynamics, and the trajectory of iterative and path-following solvers.
 *
 * @param gameName name of the game solved
 * @param solver name of the solver
 * @param concept what the profiles are, e.g. {@code Nash equilibrium}
 * @param playerNames the players' names
 * @param strategyNames each player's strategy names
 * @param value the game's value for the first player, or null
 * @param profiles the profiles found, exact ones first
 * @param distribution a distribution over profiles, or null
 * @param trajectory the trajectory, or null
 * @param notes free-form lines
 * @param seconds solver time
 */
public record NormalFormSolveResult(String gameName, String solver, String concept, List<String> playerNames,
    List<List<String>> strategyNames, GameValue value, List<EquilibriumProfile> profiles,
    JointDistribution distribution, Trajectory trajectory, List<String> notes, double seconds)
    implements SolveResult {

  public NormalFormSolveResult {
    playerNames = List.copyOf(playerNames);
    strategyNames = strategyNames.stream().map(List::copyOf).toList();
    profiles = List.copyOf(profiles);
    notes = List.copyOf(notes);
  }
}
