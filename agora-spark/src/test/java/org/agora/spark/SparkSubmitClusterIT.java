package org.agora.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.store.StoredTournament;
import org.agora.store.TournamentStatus;
import org.agora.store.TournamentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application jar on a real Spark standalone cluster on loopback (a master and two one-core
 * workers, each its own JVM), submitted as {@code spark-submit} submits it (Spark's own
 * {@code SparkSubmit} main class, client mode): once the first blocks are stored, one worker and its
 * executor are killed with SIGKILL; the job completes on the other worker, and the database holds
 * every match once, equal to the local runner's.
 */
class SparkSubmitClusterIT {

  // long enough that the kill lands mid-job: 1,440 matches of 1000 throws, 23 blocks
  private static final TournamentSpec SPEC = TournamentSpec.roundRobin("repeated_rock_paper_scissors(rounds=1000)",
      List.of("randbot", "rockbot", "greenberg", "iocainebot"), 240, 5);
  private static final String SPEC_JSON = """
      {"kind": "tournament", "game": "repeated_rock_paper_scissors(rounds=1000)",
       "agents": ["randbot", "rockbot", "greenberg", "iocainebot"], "matchesPerPairing": 240, "seed": 5}""";

  @TempDir
  Path directory;

  @Test
  void theApplicationJarSurvivesALostWorkerAndStoresEveryMatchOnce() throws Exception {
    Path appJar = Path.of(System.getProperty("agora.spark.appJar", "target/agora-spark-0.1.0-SNAPSHOT-app.jar"));
    assertThat(appJar).as("the application jar (mvn package builds it)").isRegularFile();
    Path spec = directory.resolve("spec.json");
    Files.writeString(spec, SPEC_JSON);
    Path output = directory.resolve("out");
    Path data = directory.resolve("data");
    try (LoopbackSparkCluster cluster = new LoopbackSparkCluster(directory.resolve("cluster"), 2)) {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-cp", cluster.sparkHome().resolve("jars") + File.separator + "*"));
      command.addAll(SparkJvmFlags.LIST);
      command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", cluster.masterUrl(),
          "--deploy-mode", "client", "--class", SparkJobMain.class.getName(), "--executor-memory", "512m",
          "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
          "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.extraJavaOptions=" + SparkJvmFlags.joined(),
          appJar.toAbsolutePath().toString(), spec.toString(), "--out", output.toString(), "--data", data.toString()));
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(directory.resolve("submit.out").toFile())
          .redirectError(directory.resolve("submit.err").toFile());
      builder.environment().put("SPARK_HOME", cluster.sparkHome().toString());
      builder.environment().put("SPARK_SCALA_VERSION", "2.13");
      builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      Process submit = builder.start();
      try {
        Optional<Long> storedWhenKilled = awaitFirstBlock(output, submit);
        assertThat(storedWhenKilled).as("a block was stored while the job ran\n" + tail(directory.resolve("submit.err")))
            .isPresent();
        cluster.killWorker(0);
        assertThat(submit.waitFor(5, TimeUnit.MINUTES)).as("the job ended").isTrue();
        assertThat(submit.exitValue()).as(tail(directory.resolve("submit.err"))).isZero();
        assertThat(submit.isAlive() || storedWhenKilled.get() > 0).isTrue();
      } finally {
        submit.descendants().forEach(ProcessHandle::destroyForcibly);
        submit.destroyForcibly();
      }
    }
    JsonNode printed = new ObjectMapper().readTree(Files.readString(directory.resolve("submit.out")));
    List<MatchRecord> local = new TournamentRunner(SPEC).run(JobContext.sequential(), MatchSink.NONE);
    assertThat(printed.get("matches").asLong()).isEqualTo(local.size());
    try (TournamentStore store = TournamentStore.openDataDirectory(data)) {
      StoredTournament stored = store.tournament(printed.get("tournament").asLong());
      assertThat(stored.status()).isEqualTo(TournamentStatus.COMPLETED);
      assertThat(stored.storedMatches()).isEqualTo(local.size());
      List<MatchRecord> matches = store.matches(stored.id());
      for (int i = 0; i < local.size(); i++) {
        assertThat(matches.get(i).sameOutcome(local.get(i))).as("match %d", i).isTrue();
      }
    }
    assertThat(new ParquetBlocks(SparkTournament.directory(output.toString(), SPEC)).completed())
        .as("every block stored").hasSize(new TournamentRunner(SPEC).blockCount());
  }

  /** Waits until the job's first file of blocks appears; returns how many files are there then (empty: the job ended first). */
  private static Optional<Long> awaitFirstBlock(Path output, Process submit) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline && submit.isAlive()) {
      Path jobs = output.resolve("tournament");
      if (Files.isDirectory(jobs)) {
        try (Stream<Path> walk = Files.walk(jobs)) {
          long blocks = walk.filter(f -> f.getFileName().toString().startsWith("blocks-")).count();
          if (blocks > 0) {
            return Optional.of(blocks);
          }
        }
      }
      Thread.sleep(50);
    }
    return Optional.empty();
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log);
      return text.length() <= 3000 ? text : text.substring(text.length() - 3000);
    } catch (java.io.IOException e) {
      return "(no log)";
    }
  }
}
