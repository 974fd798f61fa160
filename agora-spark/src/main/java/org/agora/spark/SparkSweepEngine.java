package org.agora.spark;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.evaluation.sweep.EvaluationSweep;
import org.agora.evaluation.sweep.EvaluationSweepResult;
import org.agora.evaluation.sweep.EvaluationSweepSpec;
import org.agora.evaluation.sweep.SolveRow;
import org.agora.evaluation.sweep.SolverSweep;
import org.agora.evaluation.sweep.SolverSweepResult;
import org.agora.evaluation.sweep.SolverSweepSpec;
import org.agora.evaluation.sweep.SweepEngine;
import org.agora.evaluation.sweep.SweepMatch;
import org.agora.evaluation.sweep.SweepSpecJson;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.store.DataDirectory;
import org.apache.parquet.example.data.Group;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@code spark} engine: tournaments and sweeps as Spark jobs ({@link SparkBlocks}), their rows as
 * Parquet files under {@code OUTPUT/KIND/job=KEY} (OUTPUT: the {@code output} option, else
 * {@code spark} in the data directory), read back in block order and summarised by the same pure
 * functions as the local engine. Each call starts a Spark context on {@code master} (default
 * {@code local[*]}) and stops it after; with a context given (spark-submit's), it uses that one.
 * Cancelling the job's context cancels the Spark jobs; stored blocks stay, so running it again resumes.
 */
public final class SparkSweepEngine implements SweepEngine {

  /** The engine's name. */
  public static final String NAME = "spark";

  /** Most rows of an evaluation sweep the result lists. */
  public static final long ROWS_KEPT = 1_000_000;

  private final String master;
  private final String output;
  private final JavaSparkContext given;

  /** An engine that starts its own context on {@code master} (null: local[*]), rows under {@code output} (null: the default). */
  public SparkSweepEngine(String master, String output) {
    this(master, output, null);
  }

  /** An engine over a running context (spark-submit's), rows under {@code output}. */
  public SparkSweepEngine(JavaSparkContext context, String output) {
    this(null, output, context);
  }

  private SparkSweepEngine(String master, String output, JavaSparkContext given) {
    this.master = master;
    this.output = output == null || output.isBlank() ? DataDirectory.resolve(null).resolve("spark").toString() : output;
    this.given = given;
  }

  /** Where the rows go. */
  public String output() {
    return output;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<MatchRecord> play(TournamentSpec spec, JobContext context) {
    return withContext(context, spark -> SparkTournament.run(spark, spec, output, context.progress()).records());
  }

  /**
   * {@inheritDoc} The stored rows stream, in order, through the local engine's fold
   * ({@link EvaluationSweep.Summariser}): the driver holds the per-pairing statistics, and the rows
   * themselves only up to {@link #ROWS_KEPT} (beyond, the result's row list is empty; the rows are in
   * the Parquet files).
   */
  @Override
  public EvaluationSweepResult run(EvaluationSweepSpec spec, JobContext context) {
    EvaluationSweepWork work = new EvaluationSweepWork(spec);
    ParquetBlocks store = new ParquetBlocks(directory(EvaluationSweepSpec.KIND, spec));
    withContext(context, spark -> SparkBlocks.run(spark, work, store, context.progress()));
    EvaluationSweep.Summariser summariser = new EvaluationSweep.Summariser(spec, spec.matchCount() <= ROWS_KEPT);
    store.forEach(work.blocks(), row -> summariser.add(new SweepMatch(MatchRows.seedIndex(row), MatchRows.record(row))));
    return summariser.result();
  }

  @Override
  public SolverSweepResult run(SolverSweepSpec spec, JobContext context) {
    List<SolveRow> rows = rows(new SolverSweepWork(spec), directory(SolverSweepSpec.KIND, spec), context,
        SolveRows::row);
    return SolverSweep.summarise(spec, rows);
  }

  /** Plays the blocks {@code directory} lacks, then reads every row back in block order. */
  private <T> List<T> rows(BlockWork work, String directory, JobContext context, Function<Group, T> read) {
    ParquetBlocks store = new ParquetBlocks(directory);
    withContext(context, spark -> SparkBlocks.run(spark, work, store, context.progress()));
    return store.readAll(work.blocks(), read);
  }

  private String directory(String kind, org.agora.core.job.JobSpec spec) {
    return output + "/" + kind + "/job=" + JobKeys.of(SweepSpecJson.writeSpec(spec));
  }

  private <T> T withContext(JobContext context, Function<JavaSparkContext, T> job) {
    if (given != null) {
      return watched(given, context, job);
    }
    try (JavaSparkContext spark = SparkContexts.start(master, "agora")) {
      return watched(spark, context, job);
    }
  }

  /** Runs {@code job}, cancelling the context's Spark jobs as soon as the job's flag is set. */
  private static <T> T watched(JavaSparkContext spark, JobContext context, Function<JavaSparkContext, T> job) {
    Thread watcher = new Thread(() -> {
      try {
        while (!context.cancellation().isCancelled()) {
          Thread.sleep(100);
        }
        spark.cancelAllJobs();
      } catch (InterruptedException finished) {
        // the job ended first
      }
    }, "agora-spark-cancel");
    watcher.setDaemon(true);
    watcher.start();
    try {
      return job.apply(spark);
    } catch (RuntimeException failure) {
      if (context.cancellation().isCancelled()) {
        throw new JobCancelledException();
      }
      throw failure;
    } finally {
      watcher.interrupt();
    }
  }

  /** Options the engine takes: {@code master} and {@code output}. */
  static SparkSweepEngine of(Map<String, String> options) {
    for (String key : options.keySet()) {
      if (!key.equals("master") && !key.equals("output")) {
        throw new IllegalArgumentException("the spark engine takes the options master and output, not " + key);
      }
    }
    return new SparkSweepEngine(options.get("master"), options.get("output"));
  }
}
