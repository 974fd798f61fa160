package org.agora.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tournament on Spark local[2] gives the local runner's records, and a resubmission replays only missing blocks. */
class SparkTournamentTest {

  private static final TournamentSpec RRPS = TournamentSpec.roundRobin("repeated_rock_paper_scissors(rounds=200)",
      List.of("randbot", "rockbot", "greenberg", "iocainebot"), 100, 11);

  static JavaSparkContext spark;

  @TempDir
  Path output;

  @BeforeAll
  static void start() {
    spark = SparkContexts.start("local[2]", "agora-spark-test");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  @Test
  void recordsEqualTheLocalRunnersRowForRow() {
    List<MatchRecord> local = new TournamentRunner(RRPS).run(JobContext.sequential(), MatchSink.NONE);
    List<long[]> progress = new ArrayList<>();
    SparkTournament.Outcome onSpark = SparkTournament.run(spark, RRPS, output.toString(),
        (done, total) -> progress.add(new long[] {done, total}));
    assertThat(onSpark.records()).hasSameSizeAs(local);
    for (int i = 0; i < local.size(); i++) {
      assertThat(onSpark.records().get(i).sameOutcome(local.get(i))).as("match %d", i).isTrue();
    }
    assertThat(onSpark.blocks()).isEqualTo(new TournamentRunner(RRPS).blockCount());
    assertThat(onSpark.alreadyStored()).isZero();
    assertThat(onSpark.tasks()).isPositive();
    assertThat(progress.get(0)).containsExactly(0, local.size());
  }

  @Test
  void aResubmittedJobPlaysOnlyTheBlocksItLacks() throws Exception {
    SparkTournament.Outcome first = SparkTournament.run(spark, RRPS, output.toString(), ProgressListener.NONE);
    Path directory = Path.of(first.directory());
    Files.delete(directory.resolve("block-000002.parquet"));
    Files.delete(directory.resolve("block-000005.parquet"));
    Files.writeString(directory.resolve(".tmp-block-7-dead.parquet"), "a task that died mid-write");
    SparkTournament.Outcome again = SparkTournament.run(spark, RRPS, output.toString(), ProgressListener.NONE);
    assertThat(again.alreadyStored()).isEqualTo(first.blocks() - 2);
    assertThat(again.records()).hasSameSizeAs(first.records());
    for (int i = 0; i < first.records().size(); i++) {
      assertThat(again.records().get(i).sameOutcome(first.records().get(i))).as("match %d", i).isTrue();
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("block-")).count()).isEqualTo(first.blocks());
    }
    SparkTournament.Outcome complete = SparkTournament.run(spark, RRPS, output.toString(), ProgressListener.NONE);
    assertThat(complete.tasks()).as("nothing left to play").isZero();
  }
}
