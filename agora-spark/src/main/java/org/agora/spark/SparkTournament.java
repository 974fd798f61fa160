package org.agora.spark;

import java.util.List;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentSpec;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A tournament on Spark: its blocks of matches as tasks ({@link SparkBlocks}), their match rows as
 * Parquet files under {@code OUTPUT/tournament/job=KEY} ({@link JobKeys}), then every row read back
 * in block order, so the records are those of the local {@link org.agora.evaluation.tournament.TournamentRunner}
 * for the same specification, index for index and bit for bit.
 */
public final class SparkTournament {

  /**
   * What a run gave.
   *
   * @param records every match, in index order
   * @param directory where the rows are
   * @param blocks blocks in all
   * @param alreadyStored blocks found stored (by an earlier, interrupted or identical run) and not replayed
   * @param tasks Spark tasks run
   */
  public record Outcome(List<MatchRecord> records, String directory, int blocks, int alreadyStored, int tasks) {}

  private SparkTournament() {}

  /** The directory of {@code spec}'s rows under {@code output}. */
  public static String directory(String output, TournamentSpec spec) {
    return output + "/tournament/job=" + JobKeys.of(spec);
  }

  /** Runs {@code spec} on {@code spark}, its rows under {@code output}; progress counts matches. */
  public static Outcome run(JavaSparkContext spark, TournamentSpec spec, String output, ProgressListener progress) {
    TournamentWork work = new TournamentWork(spec, 0);
    ParquetBlocks store = new ParquetBlocks(directory(output, spec));
    SparkBlocks.Run run = SparkBlocks.run(spark, work, store, progress);
    List<MatchRecord> records = store.readAll(work.blocks(), MatchRows::record);
    return new Outcome(records, store.directory(), run.blocks(), run.alreadyStored(), run.tasks());
  }
}
