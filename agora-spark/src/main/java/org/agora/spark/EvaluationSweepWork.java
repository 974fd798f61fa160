package org.agora.spark;

import java.util.ArrayList;
import java.util.List;
import org.agora.evaluation.sweep.EvaluationSweep;
import org.agora.evaluation.sweep.EvaluationSweepSpec;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;

/**
 * An evaluation sweep's blocks: the blocks of its per-seed tournaments one after the other (seed 0's
 * blocks first), each row carrying its seed index.
 */
final class EvaluationSweepWork implements BlockWork {

  private static final long serialVersionUID = 1L;

  private final List<TournamentSpec> tournaments;
  private final int[] firstBlock; // per seed index, its first block number; one extra entry: the total
  private final long[] matches;
  private transient TournamentRunner[] runners;

  EvaluationSweepWork(EvaluationSweepSpec spec) {
    this.tournaments = new ArrayList<>(spec.tournaments());
    this.firstBlock = new int[tournaments.size() + 1];
    this.matches = new long[tournaments.size()];
    for (int s = 0; s < tournaments.size(); s++) {
      TournamentRunner runner = EvaluationSweep.runner(tournaments.get(s)); // checks on the driver
      firstBlock[s + 1] = firstBlock[s] + runner.blockCount();
      matches[s] = runner.matchCount();
    }
  }

  @Override
  public int blocks() {
    return firstBlock[tournaments.size()];
  }

  @Override
  public MessageType schema() {
    return MatchRows.SCHEMA;
  }

  private int seedIndex(int block) {
    int s = 0;
    while (firstBlock[s + 1] <= block) {
      s++;
    }
    return s;
  }

  @Override
  public List<Group> play(int block) {
    int s = seedIndex(block);
    if (runners == null) {
      runners = new TournamentRunner[tournaments.size()];
    }
    if (runners[s] == null) {
      runners[s] = new TournamentRunner(tournaments.get(s));
    }
    return MatchRows.of(block, s, runners[s].playBlock(block - firstBlock[s]));
  }

  @Override
  public long units(int block) {
    int s = seedIndex(block);
    long first = (long) (block - firstBlock[s]) * TournamentRunner.BLOCK;
    return Math.min(TournamentRunner.BLOCK, matches[s] - first);
  }
}
