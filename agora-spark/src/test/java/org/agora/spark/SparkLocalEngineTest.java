package org.agora.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.sweep.EvaluationSweepResult;
import org.agora.evaluation.sweep.EvaluationSweepSpec;
import org.agora.evaluation.sweep.LocalSweepEngine;
import org.agora.evaluation.sweep.SolveRow;
import org.agora.evaluation.sweep.SolverSweepResult;
import org.agora.evaluation.sweep.SolverSweepSpec;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on local[2] gives the local engine's rows for a tournament, an evaluation sweep and a
 * solver sweep, and a resubmission replays only missing blocks.
 */
class SparkLocalEngineTest {

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
    ParquetBlocks store = new ParquetBlocks(first.directory());
    assertThat(store.completed()).hasSize(first.blocks());
    List<ParquetBlocks.Run> runs = store.runs();
    assertThat(runs).hasSizeGreaterThan(1).hasSizeLessThan(first.blocks()); // blocks share files
    ParquetBlocks.Run lost = runs.get(1);
    Files.delete(Path.of(lost.file().toUri()));
    Files.writeString(Path.of(first.directory()).resolve(".tmp-blocks-7-7-dead.parquet"), "a task that died mid-write");
    SparkTournament.Outcome again = SparkTournament.run(spark, RRPS, output.toString(), ProgressListener.NONE);
    assertThat(again.alreadyStored()).isEqualTo(first.blocks() - (lost.last() - lost.first() + 1));
    assertThat(again.records()).hasSameSizeAs(first.records());
    for (int i = 0; i < first.records().size(); i++) {
      assertThat(again.records().get(i).sameOutcome(first.records().get(i))).as("match %d", i).isTrue();
    }
    assertThat(store.completed()).hasSize(first.blocks());
    SparkTournament.Outcome complete = SparkTournament.run(spark, RRPS, output.toString(), ProgressListener.NONE);
    assertThat(complete.tasks()).as("nothing left to play").isZero();
  }

  @Test
  void overlappingFilesNeverDoubleARowAndAGapIsAnError() {
    ParquetBlocks store = new ParquetBlocks(output.resolve("overlap").toString());
    TournamentWork work = new TournamentWork(RRPS, 0);
    List<org.apache.parquet.example.data.Group> zeroToTwo = new ArrayList<>();
    for (int block = 0; block <= 2; block++) {
      zeroToTwo.addAll(work.play(block));
    }
    store.write(0, 2, work.schema(), zeroToTwo);
    List<org.apache.parquet.example.data.Group> oneToThree = new ArrayList<>();
    for (int block = 1; block <= 3; block++) {
      oneToThree.addAll(work.play(block));
    }
    store.write(1, 3, work.schema(), oneToThree); // as two racing attempts of a resubmitted job could
    List<MatchRecord> read = store.readAll(4).stream().map(MatchRows::record).toList();
    assertThat(read).hasSize(4 * TournamentRunner.BLOCK);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).index()).isEqualTo(i);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.readAll(5))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("block 4");
  }

  @Test
  void anEvaluationSweepEqualsTheLocalEnginesRowForRowAndFigureForFigure() {
    EvaluationSweepSpec spec = new EvaluationSweepSpec("repeated_rock_paper_scissors(rounds=300)",
        List.of("iocainebot", "copybot", "randbot"), List.of("rockbot", "rotatebot", "greenberg"), 30, List.of(0L, 1L, 7L));
    EvaluationSweepResult local = new LocalSweepEngine().run(spec, JobContext.sequential());
    EvaluationSweepResult onSpark = new SparkSweepEngine(spark, output.toString()).run(spec, JobContext.sequential());
    assertThat(onSpark.rows()).hasSameSizeAs(local.rows());
    for (int i = 0; i < local.rows().size(); i++) {
      assertThat(onSpark.rows().get(i).seedIndex()).isEqualTo(local.rows().get(i).seedIndex());
      assertThat(onSpark.rows().get(i).match().sameOutcome(local.rows().get(i).match())).as("row %d", i).isTrue();
    }
    assertThat(onSpark.pairings()).isEqualTo(local.pairings()); // the same doubles, aggregated in the same order
    assertThat(onSpark.ranking()).isEqualTo(local.ranking());
  }

  @Test
  void aSolverSweepEqualsTheLocalEnginesRowForRow() {
    SolverSweepSpec spec = new SolverSweepSpec(List.of("matching_pennies", "kuhn_poker",
        "random_normal_form(strategies=4,payoffs=zero_sum)"), List.of("lp", "cfr+", "rm"),
        Map.of("iterations", List.of("50", "200")), List.of(0L, 1L, 2L), null);
    SolverSweepResult local = new LocalSweepEngine().run(spec, JobContext.sequential());
    SolverSweepResult onSpark = new SparkSweepEngine(spark, output.toString()).run(spec, JobContext.sequential());
    assertThat(onSpark.rows()).hasSameSizeAs(local.rows());
    for (int i = 0; i < local.rows().size(); i++) {
      assertThat(onSpark.rows().get(i).sameOutcome(local.rows().get(i))).as("%s", local.rows().get(i)).isTrue();
    }
  }

  @Test
  void solveRowsSurviveParquetWithNullsAndNonFiniteNumbers() {
    List<SolveRow> rows = List.of(
        new SolveRow(0, "kuhn_poker", "lp", 3, SolveRow.FAILED, "lp needs a two-player zero-sum game", null,
            Double.NaN, Double.NaN, Double.NaN, 0, 0.25),
        new SolveRow(1, "matching_pennies", "rm(iterations=50)", 4, SolveRow.OK, null, "Nash equilibrium",
            0.0125, Double.POSITIVE_INFINITY, -0.0, 1, 0.5));
    ParquetBlocks store = new ParquetBlocks(output.resolve("solves").toString());
    assertThat(store.write(0, 0, SolveRows.SCHEMA, SolveRows.of(0, rows))).isTrue();
    assertThat(store.write(0, 0, SolveRows.SCHEMA, SolveRows.of(0, rows))).as("a stored block is not written again").isFalse();
    List<SolveRow> back = store.readAll(1).stream().map(SolveRows::row).toList();
    assertThat(back).hasSize(2);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(back.get(i).sameOutcome(rows.get(i))).as("%s", rows.get(i)).isTrue();
      assertThat(back.get(i).seconds()).isEqualTo(rows.get(i).seconds());
    }
  }
}
