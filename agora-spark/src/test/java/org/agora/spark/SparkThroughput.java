package org.agora.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agora.agents.rrps.RoshamboPopulation;
import org.agora.core.AgentProvider;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The speed figures, printed (not a unit test: {@code scripts/spark-throughput} runs it): the
 * RRPS cross-table workload (the 43 RoShamBo bots in a round robin of 1000-throw matches, MATCHES per
 * pairing) on the local runner with 2 threads, on Spark local[2], and on a standalone cluster on
 * loopback (two one-core workers); matches/s of each (the Spark figures without and with the context's
 * start), and Spark's per-task overhead (a job of 2,000 empty tasks).
 */
public final class SparkThroughput {

  private SparkThroughput() {}

  public static void main(String[] args) throws Exception {
    int matches = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<String> bots = new RoshamboPopulation().providers().stream().map(AgentProvider::name).toList();
    TournamentSpec spec = TournamentSpec.roundRobin("repeated_rock_paper_scissors(rounds=1000)", bots, matches, 1);
    long total = new TournamentRunner(spec).matchCount();
    System.out.printf(Locale.ROOT, "RRPS cross-table workload: %d bots, %d matches per pairing, %,d matches of 1000 throws%n",
        bots.size(), matches, total);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    long start = System.nanoTime();
    new TournamentRunner(spec).run(new JobContext(ProgressListener.NONE, Cancellation.never(), pool, 2), MatchSink.NONE);
    double localSeconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    report("local runner, 2 threads", total, localSeconds, Double.NaN, localSeconds);

    Path work = Files.createTempDirectory("agora-spark-throughput");
    start = System.nanoTime();
    try (JavaSparkContext spark = SparkContexts.start("local[2]", "throughput")) {
      double up = (System.nanoTime() - start) / 1e9;
      long jobStart = System.nanoTime();
      SparkTournament.run(spark, spec, work.resolve("local").toString(), ProgressListener.NONE);
      double job = (System.nanoTime() - jobStart) / 1e9;
      report("Spark local[2]", total, job, up + job, localSeconds);
      taskOverhead(spark, "local[2]");
      readBack(new ParquetBlocks(SparkTournament.directory(work.resolve("local").toString(), spec)),
          new TournamentRunner(spec).blockCount());
    }

    try (LoopbackSparkCluster cluster = new LoopbackSparkCluster(work.resolve("cluster"), 2)) {
      SparkConf conf = new SparkConf().setMaster(cluster.masterUrl()).setAppName("throughput")
          .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
          .set("spark.ui.enabled", "false").set("spark.executor.memory", "1g")
          .set("spark.executor.extraClassPath", System.getProperty("java.class.path"))
          .set("spark.executor.extraJavaOptions", SparkJvmFlags.joined());
      start = System.nanoTime();
      try (JavaSparkContext spark = new JavaSparkContext(conf)) {
        spark.setLogLevel("ERROR");
        double up = (System.nanoTime() - start) / 1e9;
        long jobStart = System.nanoTime();
        SparkTournament.run(spark, spec, work.resolve("cluster-out").toString(), ProgressListener.NONE);
        double job = (System.nanoTime() - jobStart) / 1e9;
        report("standalone cluster, 2 x 1 core", total, job, up + job, localSeconds);
        taskOverhead(spark, "standalone");
      }
    }
  }

  private static void report(String engine, long matches, double jobSeconds, double withStartSeconds, double localSeconds) {
    System.out.printf(Locale.ROOT, "%-32s %8.2f s %,10.0f matches/s%s%s%n", engine, jobSeconds, matches / jobSeconds,
        Double.isNaN(withStartSeconds) ? "" : String.format(Locale.ROOT, "  (%.2f s, %,.0f matches/s with the context's start)",
            withStartSeconds, matches / withStartSeconds),
        engine.startsWith("local runner") ? "" : String.format(Locale.ROOT, "  overhead vs local: %+.1f%%",
            100 * (jobSeconds / localSeconds - 1)));
  }

  /** The driver's read-back: every stored row through the record conversion, holding none. */
  private static void readBack(ParquetBlocks store, int blocks) {
    long[] rows = new long[1];
    long start = System.nanoTime();
    store.forEach(blocks, row -> {
      MatchRows.record(row);
      rows[0]++;
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "driver read-back: %,d rows in %d files, %.2f s, %,.0f rows/s%n", rows[0],
        store.runs().size(), seconds, rows[0] / seconds);
  }

  private static void taskOverhead(JavaSparkContext spark, String engine) {
    List<Integer> tasks = java.util.stream.IntStream.range(0, 2000).boxed().toList();
    spark.parallelize(tasks, 200).count(); // warm up
    long start = System.nanoTime();
    spark.parallelize(tasks, tasks.size()).foreach(task -> { });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "per-task overhead on %s: %.2f ms (2,000 empty tasks in %.2f s on %d cores)%n",
        engine, 1000 * seconds / tasks.size(), seconds, spark.defaultParallelism());
  }
}
