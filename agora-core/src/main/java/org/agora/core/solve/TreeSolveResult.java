package org.agora.core.solve;

import java.util.List;
import org.agora.core.Rational;
import org.agora.core.TabularPolicy;

/**
 * What a tree solver found: a behaviour policy, each player's expected return and best-response gain
 * (exact where the solver is exact), NashConv and, for constant-sum games, exploitability, the
 * convergence curve of iterative solvers, and the policy row by row.
 *
 * @param gameName name of the game solved
 * @param solver name of the solver
 * @param concept what the policy is, e.g. {@code average policy}
 * @param tree size of the compiled tree
 * @param players each player's evaluation
 * @param nashConv the sum of the best-response gains
 * @param exactNashConv the exact sum, or null when the solver is not exact
 * @param exploitability NashConv per player for zero-sum and constant-sum games, or null when undefined
 * @param curve the convergence curve, or null for non-iterative solvers
 * @param notes free-form lines
 * @param policy the policy's rows, one per information state in tree order
 * @param tabularPolicy the same policy as a {@link TabularPolicy}, for saving
 * @param seconds solver time (evaluation excluded)
 */
public record TreeSolveResult(String gameName, String solver, String concept, TreeSummary tree,
    List<PlayerEvaluation> players, double nashConv, Rational exactNashConv, Double exploitability,
    ConvergenceCurve curve, List<String> notes, List<InformationStatePolicy> policy, TabularPolicy tabularPolicy,
    double seconds) implements SolveResult {

  public TreeSolveResult {
    players = List.copyOf(players);
    notes = List.copyOf(notes);
    policy = List.copyOf(policy);
  }
}
