package org.agora.evaluation.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.core.solve.SolveLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SolverSweepTest {

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  private static final SolverSweepSpec RANDOM = new SolverSweepSpec(
      List.of("random_normal_form(strategies=3,payoffs=zero_sum)", "matching_pennies"), List.of("rm", "lp"),
      Map.of("iterations", List.of("50", "200")), List.of(1L, 2L, 3L), null);

  @Test
  void tasksExpandGameThenSolverThenGridPointInSortedKeyOrderThenSeed() {
    Map<String, List<String>> grid = new LinkedHashMap<>();
    grid.put("sample_every", List.of("0", "5"));
    grid.put("iterations", List.of("20", "10"));
    SolverSweepSpec spec = new SolverSweepSpec(List.of("matching_pennies"), List.of("rm", "lp"), grid,
        List.of(1L, 2L), null);
    assertThat(spec.grid().keySet()).containsExactly("iterations", "sample_every");
    List<String> solvers = spec.tasks().stream().map(task -> task.index() + " " + task.solver() + " " + task.seed())
        .toList();
    assertThat(solvers).containsExactly(
        "0 rm(iterations=20,sample_every=0,seed=1) 1", "1 rm(iterations=20,sample_every=0,seed=2) 2",
        "2 rm(iterations=20,sample_every=5,seed=1) 1", "3 rm(iterations=20,sample_every=5,seed=2) 2",
        "4 rm(iterations=10,sample_every=0,seed=1) 1", "5 rm(iterations=10,sample_every=0,seed=2) 2",
        "6 rm(iterations=10,sample_every=5,seed=1) 1", "7 rm(iterations=10,sample_every=5,seed=2) 2",
        "8 lp 1");
    assertThat(spec.tasks()).allSatisfy(task -> assertThat(task.game()).isEqualTo("matching_pennies"));
  }

  @Test
  void theSeedGoesIntoAGameThatDeclaresOneAndASweepWithoutOneRunsOnce() {
    SolverSweepSpec spec = new SolverSweepSpec(List.of("random_normal_form(strategies=2)", "matching_pennies",
        "random_normal_form(strategies=2,seed=9)"), List.of("lp(floating=true)"), null, List.of(4L, 7L), null);
    assertThat(spec.tasks()).extracting(task -> task.game() + " " + task.solver() + " " + task.seed()).containsExactly(
        "random_normal_form(strategies=2,seed=4) lp(floating=true) 4",
        "random_normal_form(strategies=2,seed=7) lp(floating=true) 7",
        "matching_pennies lp(floating=true) 4",
        "random_normal_form(strategies=2,seed=9) lp(floating=true) 4");
  }

  @Test
  void badSweepsAreRefusedWithOneLineMessagesNamingTheProblem() {
    assertThatThrownBy(() -> SolverSweepSpec.of(List.of(), List.of("lp"), List.of(0L)))
        .hasMessageStartingWith("no games were given");
    assertThatThrownBy(() -> new SolverSweepSpec(List.of("matching_pennies"), List.of("lp"),
        Map.of("seed", List.of("1")), List.of(0L), null))
        .hasMessage("the grid cannot sweep 'seed'; give the seeds in the seeds list");
    assertThatThrownBy(() -> new SolverSweepSpec(List.of("matching_pennies"), List.of("lp"),
        Map.of("iterations", List.of()), List.of(0L), null))
        .hasMessage("grid key 'iterations' has no values; give at least one");
    assertThatThrownBy(() -> new SolverSweepSpec(List.of("matching_pennies"), List.of("lp", "support"),
        Map.of("iterations", List.of("5")), List.of(0L), null).tasks())
        .hasMessage("grid key 'iterations' is a parameter of none of the solvers lp, support");
    assertThatThrownBy(() -> new SolverSweepSpec(List.of("matching_pennies"), List.of("rm(iterations=5)"),
        Map.of("iterations", List.of("5")), List.of(0L), null).tasks())
        .hasMessage("solver rm(iterations=5) sets iterations, which the grid sweeps; remove one of them");
    assertThatThrownBy(() -> new SolverSweepSpec(List.of("matching_pennies"), List.of("rm"),
        Map.of("iterations", List.of("-5")), List.of(0L), null).tasks())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
    assertThatThrownBy(() -> SolverSweepSpec.of(List.of("no_such_game"), List.of("lp"), List.of(0L)).tasks())
        .hasMessageStartingWith("unknown game 'no_such_game'");
    assertThatThrownBy(() -> SolverSweepSpec.of(List.of("matching_pennies"), List.of("nope"), List.of(0L)).tasks())
        .hasMessageStartingWith("unknown solver 'nope'");
  }

  @Test
  void exactMethodsOnMatchingPenniesAndRockPaperScissorsGiveNashConvZeroAndValueZero() {
    SolverSweepSpec spec = SolverSweepSpec.of(List.of("matching_pennies", "rock_paper_scissors"),
        List.of("lp", "enummixed", "support"), List.of(0L));
    SolverSweepResult result = SolverSweep.run(spec, JobContext.sequential());
    assertThat(result.rows()).hasSize(6).allSatisfy(row -> {
      assertThat(row.status()).as(row.error()).isEqualTo("ok");
      assertThat(row.nashConv()).isEqualTo(0.0);
      assertThat(row.exploitability()).isEqualTo(0.0);
      assertThat(row.equilibria()).isEqualTo(1);
    });
    assertThat(result.rows().get(0).value()).isEqualTo(0.0);
    assertThat(result.rows().get(3).value()).isEqualTo(0.0);
    assertThat(result.summaries()).extracting(SolverSweepResult.Summary::solver)
        .containsExactly("lp", "enummixed", "support", "lp", "enummixed", "support");
    assertThat(result.summaries()).allSatisfy(summary -> {
      assertThat(summary.solves()).isEqualTo(1);
      assertThat(summary.failures()).isZero();
      assertThat(summary.maxNashConv()).isEqualTo(0.0);
    });
  }

  @Test
  void aFailingGameOrSolverIsARowNotAnException() {
    SolveRow unknown = SolverSweep.solve(new SolveTask(3, "no_such_game", "lp", 5), SolveLimits.defaults());
    assertThat(unknown.status()).isEqualTo("failed");
    assertThat(unknown.error()).startsWith("unknown game 'no_such_game'").doesNotContain("\n");
    assertThat(unknown.index()).isEqualTo(3);
    assertThat(unknown.nashConv()).isNaN();
    SolveRow limited = SolverSweep.solve(new SolveTask(0, "random_normal_form(strategies=12)", "support", 0),
        SolveLimits.of(Map.of("max_supports", 10L)));
    assertThat(limited.status()).isEqualTo("failed");
    assertThat(limited.error()).contains("--max-supports");
    SolveRow generalSum = SolverSweep.solve(new SolveTask(0, "random_normal_form(strategies=3)", "lp", 0),
        SolveLimits.defaults());
    assertThat(generalSum.status()).isEqualTo("failed");
    assertThat(generalSum.error()).isNotBlank();
  }

  @Test
  void failuresAreCountedPerGameAndSolver() {
    SolverSweepSpec spec = SolverSweepSpec.of(List.of("random_normal_form(strategies=3)"), List.of("lp", "enumpure"),
        List.of(1L, 2L));
    SolverSweepResult result = SolverSweep.run(spec, JobContext.sequential());
    assertThat(result.summaries()).extracting(SolverSweepResult.Summary::game, SolverSweepResult.Summary::solver,
        SolverSweepResult.Summary::solves, SolverSweepResult.Summary::failures).containsExactly(
            org.assertj.core.groups.Tuple.tuple("random_normal_form(strategies=3)", "lp", 2, 2),
            org.assertj.core.groups.Tuple.tuple("random_normal_form(strategies=3)", "enumpure", 2, 0));
    assertThat(result.failures()).isEqualTo(2);
  }

  @Test
  void rowsAreTheSameOnOneAndThreeThreadsAndProgressCountsTasks() {
    SolverSweepResult one = SolverSweep.run(RANDOM, JobContext.sequential());
    AtomicLong last = new AtomicLong();
    SolverSweepResult three = SolverSweep.run(RANDOM,
        new JobContext((done, total) -> last.accumulateAndGet(done, Math::max), Cancellation.never(), pool, 3));
    assertThat(one.rows()).hasSize(2 * 3 + 3 + 2 * 3 + 1); // rm: 2 points x 3 seeds; lp on the seeded game: 3; on matching_pennies: 1
    assertThat(last.get()).isEqualTo(one.rows().size());
    for (int i = 0; i < one.rows().size(); i++) {
      assertThat(three.rows().get(i).sameOutcome(one.rows().get(i))).as("row %d", i).isTrue();
    }
    assertThat(withoutSeconds(three.summaries())).isEqualTo(withoutSeconds(one.summaries()));
  }

  @Test
  void theSummaryDoesNotDependOnTheOrderOfTheRowsAndRefusesAForeignRow() {
    SolverSweepResult result = SolverSweep.run(RANDOM, JobContext.sequential());
    for (long seed = 0; seed < 5; seed++) {
      List<SolveRow> shuffled = new ArrayList<>(result.rows());
      Collections.shuffle(shuffled, new Random(seed));
      SolverSweepResult again = SolverSweep.summarise(RANDOM, shuffled);
      assertThat(again.summaries()).isEqualTo(result.summaries());
      assertThat(again.rows()).isEqualTo(result.rows());
    }
    assertThat(result.summaries().get(0).solver()).isEqualTo("rm(iterations=50)");
    assertThat(result.summaries().get(0).solves()).isEqualTo(3);
    List<SolveRow> doubled = new ArrayList<>(result.rows());
    doubled.set(1, doubled.get(0));
    assertThatThrownBy(() -> SolverSweep.summarise(RANDOM, doubled)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not task 1");
  }

  @Test
  void aCancelledSweepStops() {
    Cancellation cancellation = Cancellation.create();
    cancellation.cancel();
    assertThatThrownBy(() -> SolverSweep.run(RANDOM, new JobContext(ProgressListener.NONE, cancellation, pool, 2)))
        .isInstanceOf(JobCancelledException.class);
  }

  private static List<SolverSweepResult.Summary> withoutSeconds(List<SolverSweepResult.Summary> summaries) {
    return summaries.stream().map(s -> new SolverSweepResult.Summary(s.game(), s.solver(), s.solves(), s.failures(),
        s.concept(), s.meanNashConv(), s.minNashConv(), s.maxNashConv(), s.meanExploitability(), s.minExploitability(),
        s.maxExploitability(), s.meanValue(), 0)).toList();
  }
}
