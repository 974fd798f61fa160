package org.agora.spark;

import java.util.List;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;

/**
 * A tournament's blocks ({@link TournamentRunner#playBlock}) as {@link BlockWork}; sweeps over seeds
 * stack one tournament per seed, {@code seedIndex} naming it in the rows.
 */
final class TournamentWork implements BlockWork {

  private static final long serialVersionUID = 1L;

  private final TournamentSpec spec;
  private final int seedIndex;
  private final int blocks;
  private final long matches;
  private transient TournamentRunner runner; // built once per executor JVM and task deserialisation

  TournamentWork(TournamentSpec spec, int seedIndex) {
    this.spec = spec;
    this.seedIndex = seedIndex;
    TournamentRunner check = new TournamentRunner(spec); // bad games or agents fail on the driver, before any task
    this.blocks = check.blockCount();
    this.matches = check.matchCount();
  }

  TournamentSpec spec() {
    return spec;
  }

  @Override
  public int blocks() {
    return blocks;
  }

  @Override
  public MessageType schema() {
    return MatchRows.SCHEMA;
  }

  @Override
  public List<Group> play(int block) {
    if (runner == null) {
      runner = new TournamentRunner(spec);
    }
    return MatchRows.of(block, seedIndex, runner.playBlock(block));
  }

  @Override
  public long units(int block) {
    return Math.min(TournamentRunner.BLOCK, matches - (long) block * TournamentRunner.BLOCK);
  }
}
