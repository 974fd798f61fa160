package org.agora.evaluation.sweep;

import java.io.Serializable;
import java.util.Objects;

/**
 * One solve of a solver sweep: the game string and the full solver string (grid parameters applied,
 * the seed substituted where the game or solver declares a {@code seed} parameter), the seed it
 * stands for, and its index in the sweep's expansion ({@link SolverSweepSpec#tasks()}).
 *
 * @param index place in the expansion, from 0
 * @param game the game string to create
 * @param solver the solver string to configure
 * @param seed the sweep seed of this solve
 */
public record SolveTask(int index, String game, String solver, long seed) implements Serializable {

  private static final long serialVersionUID = 1L;

  public SolveTask {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(solver, "solver");
    if (index < 0) {
      throw new IllegalArgumentException("task index must be >= 0, got " + index);
    }
  }
}
