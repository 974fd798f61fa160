package org.agora.spark;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.solve.SolveLimits;
import org.agora.evaluation.sweep.SolveRow;
import org.agora.evaluation.sweep.SolveTask;
import org.agora.evaluation.sweep.SolverSweep;
import org.agora.evaluation.sweep.SolverSweepSpec;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;

/** A solver sweep's blocks: its solve tasks in their fixed order, {@link #SOLVES_PER_BLOCK} to a block. */
final class SolverSweepWork implements BlockWork {

  private static final long serialVersionUID = 1L;

  /** Solves per block: one file per solve would be many tiny files for sweeps of small games. */
  static final int SOLVES_PER_BLOCK = 8;

  private final List<SolveTask> tasks;
  private final SolveLimits limits;

  SolverSweepWork(SolverSweepSpec spec) {
    this.tasks = new ArrayList<>(spec.tasks());
    this.limits = spec.limits();
  }

  @Override
  public int blocks() {
    return (tasks.size() + SOLVES_PER_BLOCK - 1) / SOLVES_PER_BLOCK;
  }

  @Override
  public MessageType schema() {
    return SolveRows.SCHEMA;
  }

  @Override
  public List<Group> play(int block) {
    List<SolveRow> rows = new ArrayList<>(SOLVES_PER_BLOCK);
    for (int i = block * SOLVES_PER_BLOCK; i < Math.min(tasks.size(), (block + 1) * SOLVES_PER_BLOCK); i++) {
      rows.add(SolverSweep.solve(tasks.get(i), limits));
    }
    return SolveRows.of(block, rows);
  }

  @Override
  public long units(int block) {
    return Math.min(SOLVES_PER_BLOCK, tasks.size() - (long) block * SOLVES_PER_BLOCK);
  }
}
