package org.agora.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on loopback (a master and two one-core workers, each its own JVM):
 * a tournament runs on it, one worker and its executor are killed with SIGKILL once the first blocks
 * are stored, and the job still completes on the other worker with every match stored once and equal
 * to the local runner's.
 */
class StandaloneClusterTest {

  // long enough that the kill lands mid-job: ~1,400 matches of 1000 throws, 23 blocks
  private static final TournamentSpec SPEC = TournamentSpec.roundRobin("repeated_rock_paper_scissors(rounds=1000)",
      List.of("randbot", "rockbot", "greenberg", "iocainebot"), 240, 5);

  @TempDir
  Path directory;

  @Test
  void aJobLosingAWorkerMidwayCompletesWithEveryMatchOnce() throws Exception {
    List<MatchRecord> local = new TournamentRunner(SPEC).run(JobContext.sequential(), MatchSink.NONE);
    Path output = directory.resolve("out");
    SparkTournament.Outcome outcome;
    try (LoopbackSparkCluster cluster = new LoopbackSparkCluster(directory.resolve("cluster"), 2)) {
      SparkConf conf = new SparkConf().setMaster(cluster.masterUrl()).setAppName("agora-cluster-test")
          .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
          .set("spark.ui.enabled", "false").set("spark.executor.memory", "512m")
          .set("spark.executor.extraClassPath", System.getProperty("java.class.path"))
          .set("spark.executor.extraJavaOptions", SparkJvmFlags.joined());
      CountDownLatch firstBlocks = new CountDownLatch(1);
      AtomicBoolean killed = new AtomicBoolean();
      Thread killer = new Thread(() -> {
        try {
          if (firstBlocks.await(5, TimeUnit.MINUTES)) {
            cluster.killWorker(0);
            killed.set(true);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "worker-killer");
      killer.start();
      long[] doneWhenKilled = new long[1];
      java.util.concurrent.atomic.AtomicInteger executorsLost = new java.util.concurrent.atomic.AtomicInteger();
      try (JavaSparkContext spark = new JavaSparkContext(conf)) {
        spark.setLogLevel("ERROR");
        spark.sc().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
          @Override
          public void onExecutorRemoved(org.apache.spark.scheduler.SparkListenerExecutorRemoved removed) {
            executorsLost.incrementAndGet();
          }
        });
        outcome = SparkTournament.run(spark, SPEC, output.toString(), (done, total) -> {
          if (done > 0 && done < total && firstBlocks.getCount() == 1) {
            doneWhenKilled[0] = done;
            firstBlocks.countDown();
          }
        });
      } finally {
        firstBlocks.countDown();
        killer.join();
      }
      assertThat(killed.get()).as("a worker was killed").isTrue();
      assertThat(executorsLost.get()).as("the driver lost that worker's executor").isPositive();
      assertThat(doneWhenKilled[0]).as("mid-job").isPositive().isLessThan(local.size());
      assertThat(cluster.workers().get(0).isAlive()).isFalse();
    }
    assertThat(outcome.records()).hasSameSizeAs(local);
    for (int i = 0; i < local.size(); i++) {
      assertThat(outcome.records().get(i).index()).isEqualTo(i);
      assertThat(outcome.records().get(i).sameOutcome(local.get(i))).as("match %d", i).isTrue();
    }
    try (Stream<Path> files = Files.list(Path.of(outcome.directory()))) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("block-")).count())
          .as("one file per block").isEqualTo(outcome.blocks());
    }
  }
}
