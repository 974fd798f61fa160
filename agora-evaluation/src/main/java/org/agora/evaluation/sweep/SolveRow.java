package org.agora.evaluation.sweep;

import java.io.Serializable;
import java.util.Objects;

/**
 * What one solve of a solver sweep gave ({@link SolverSweep#solve}); NaN where a figure is undefined.
 *
 * @param index the task's index
 * @param game the task's game string
 * @param solver the task's solver string
 * @param seed the task's seed
 * @param status {@code ok} or {@code failed}
 * @param error a one-line reason when failed, else null
 * @param concept what the solver computed, e.g. {@code Nash equilibrium} (null when failed)
 * @param nashConv the NashConv of the profile or policy found (the largest over the profiles found)
 * @param exploitability NashConv per player for zero-sum and constant-sum games
 * @param value the game's value for the first player (normal form, when the solver gives it) or the
 *     first player's expected return under the policy (trees)
 * @param equilibria profiles found (1 for a tree policy, 0 when failed)
 * @param seconds the solver's time, or the time until the failure
 */
public record SolveRow(int index, String game, String solver, long seed, String status, String error,
    String concept, double nashConv, double exploitability, double value, int equilibria, double seconds)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** {@link #status()} of a solve that finished. */
  public static final String OK = "ok";
  /** {@link #status()} of a solve whose game or solver failed. */
  public static final String FAILED = "failed";

  public SolveRow {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(solver, "solver");
    if (!OK.equals(status) && !FAILED.equals(status)) {
      throw new IllegalArgumentException("status must be ok or failed, got " + status);
    }
  }

  /** True when the solve finished. */
  public boolean ok() {
    return OK.equals(status);
  }

  /** Equal in every field but the time taken (which differs from run to run). */
  public boolean sameOutcome(SolveRow other) {
    return index == other.index && seed == other.seed && equilibria == other.equilibria && game.equals(other.game)
        && solver.equals(other.solver) && status.equals(other.status) && Objects.equals(error, other.error)
        && Objects.equals(concept, other.concept) && Double.compare(nashConv, other.nashConv) == 0
        && Double.compare(exploitability, other.exploitability) == 0 && Double.compare(value, other.value) == 0;
  }
}
