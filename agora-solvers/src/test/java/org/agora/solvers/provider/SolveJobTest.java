package org.agora.solvers.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.GameRegistry;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobRegistry;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.EquilibriumProfile;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolveSpec;
import org.agora.core.solve.SolverRegistry;
import org.agora.core.solve.TreeSolveResult;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.CfrPlusSolver;
import org.agora.solvers.cfr.Convergence;
import org.agora.solvers.nash.LemkeHowsonSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

class SolveJobTest {

  @Test
  void theJobGivesTheNumbersOfTheDirectSolverCall() {
    TreeSolveResult result = (TreeSolveResult) JobRegistry.run(
        SolveSpec.of("kuhn_poker", "cfr+(iterations=200,sample_every=50)"), JobContext.sequential());
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
    double[] behaviour;
    Convergence.Curve curve;
    try (CfrPlusSolver solver = new CfrPlusSolver(tree, CfrOptions.defaults())) {
      curve = Convergence.run(solver, 200, 50);
      behaviour = solver.averageBehaviour();
    }
    assertThat(result.curve().iterations()).containsExactly(curve.iterations());
    assertThat(result.curve().values()).containsExactly(curve.values());
    assertThat(result.curve().measure()).isEqualTo("exploitability");
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      for (int k = 0; k < tree.actionCount(infoset); k++) {
        assertThat(result.policy().get(infoset).probabilities()[k])
            .isEqualTo(behaviour[infoset * tree.maxActions() + k]);
      }
    }
    assertThat(result.exploitability()).isEqualTo(result.nashConv() / 2).isEqualTo(curve.last());
    assertThat(result.tree().nodes()).isEqualTo(tree.nodeCount());
  }

  @Test
  void iterativeSolversReportEachMeasurementAsALivePointOfTheResultsCurve() {
    RecordingListener live = new RecordingListener();
    TreeSolveResult tree = (TreeSolveResult) JobRegistry.run(
        SolveSpec.of("kuhn_poker", "cfr+(iterations=120,sample_every=40)"), JobContext.sequential(live, Cancellation.create()));
    assertThat(live.series).containsOnly("exploitability");
    assertThat(live.x).containsExactly(40.0, 80.0, 120.0);
    for (int i = 0; i < 3; i++) {
      assertThat(live.y.get(i)).isEqualTo(tree.curve().values()[i]);
    }

    RecordingListener dynamics = new RecordingListener();
    NormalFormSolveResult replicator = (NormalFormSolveResult) JobRegistry.run(
        SolveSpec.of("rock_paper_scissors", "replicator(iterations=300,sample_every=100)"),
        JobContext.sequential(dynamics, Cancellation.create()));
    assertThat(dynamics.series).containsOnly(replicator.trajectory().series().get(0).name());
    assertThat(dynamics.x).containsExactly(replicator.trajectory().x()[0], replicator.trajectory().x()[1],
        replicator.trajectory().x()[2]);
    assertThat(dynamics.y.stream().mapToDouble(Double::doubleValue).toArray())
        .containsExactly(replicator.trajectory().series().get(0).y());

    RecordingListener exact = new RecordingListener();
    JobRegistry.run(SolveSpec.of("battle_of_the_sexes", "lcp"), JobContext.sequential(exact, Cancellation.create()));
    assertThat(exact.series).isEmpty();
  }

  /** Records the live points of one job. */
  private static final class RecordingListener implements org.agora.core.job.ProgressListener {
    final List<String> series = new java.util.ArrayList<>();
    final List<Double> x = new java.util.ArrayList<>();
    final List<Double> y = new java.util.ArrayList<>();

    @Override
    public void progress(long done, long total) {}

    @Override
    public void point(String name, double at, double value) {
      series.add(name);
      x.add(at);
      y.add(value);
    }
  }

  @Test
  void exactNormalFormSolversReturnExactProfilesWithTheirEvaluation() {
    NormalFormSolveResult result = (NormalFormSolveResult) JobRegistry.run(
        SolveSpec.of("battle_of_the_sexes", "lcp"), JobContext.sequential());
    List<ExactMixedProfile> direct = new LemkeHowsonSolver()
        .solveAllLabels((NormalFormGame) GameRegistry.create("battle_of_the_sexes"));
    assertThat(result.profiles()).hasSameSizeAs(direct);
    for (int i = 0; i < direct.size(); i++) {
      EquilibriumProfile profile = result.profiles().get(i);
      assertThat(profile.exact()).isTrue();
      assertThat(profile.exactNashConv().signum()).isZero();
      for (int p = 0; p < 2; p++) {
        assertThat(profile.exactStrategies()[p]).containsExactly(direct.get(i).strategy(p));
      }
    }
    assertThat(result.concept()).isEqualTo("Nash equilibrium");
    assertThat(result.strategyNames().get(0)).containsExactly("opera", "football");
  }

  @Test
  void anAlreadyBuiltGameIsSolvedThroughTheLibraryEntryPoint() {
    NormalFormSolveResult result = (NormalFormSolveResult) SolveJob.solve(GameRegistry.create("kuhn_poker"),
        SolverRegistry.configure("lp"), SolveLimits.defaults(), JobContext.sequential());
    assertThat(result.gameName()).isEqualTo("reduced_normal_form(game=kuhn_poker(players=2))");
    assertThat(result.value().exact().toString()).isEqualTo("-1/18");
  }

  @Test
  void progressCountsIterationsAndCancellationStopsAnIterativeJob() {
    Cancellation cancellation = Cancellation.create();
    AtomicLong reported = new AtomicLong();
    JobContext context = JobContext.sequential((done, total) -> {
      assertThat(total).isEqualTo(100_000);
      reported.set(done);
      if (done >= 300) {
        cancellation.cancel();
      }
    }, cancellation);
    assertThatThrownBy(() -> JobRegistry.run(
        SolveSpec.of("kuhn_poker", "cfr(iterations=100000,sample_every=100)"), context))
        .isInstanceOf(JobCancelledException.class);
    assertThat(reported.get()).isEqualTo(300);
  }

  @Test
  void cancellationStopsLearningDynamicsToo() {
    Cancellation cancellation = Cancellation.create();
    AtomicLong reported = new AtomicLong();
    JobContext context = JobContext.sequential((done, total) -> {
      reported.set(done);
      cancellation.cancel();
    }, cancellation);
    assertThatThrownBy(() -> JobRegistry.run(
        SolveSpec.of("rock_paper_scissors", "rm(iterations=100000,sample_every=10)"), context))
        .isInstanceOf(JobCancelledException.class);
    assertThat(reported.get()).isEqualTo(10);
  }

  @Test
  void aCancelledJobDoesNotStart() {
    Cancellation cancellation = Cancellation.create();
    cancellation.cancel();
    assertThatThrownBy(() -> JobRegistry.run(SolveSpec.of("chicken", "ce"),
        JobContext.sequential((done, total) -> {}, cancellation))).isInstanceOf(JobCancelledException.class);
  }

  @Test
  void tooLargeInputsNameTheLimit() {
    assertThatThrownBy(() -> JobRegistry.run(new SolveSpec("leduc_poker", "cfr", 100_000, 100), JobContext.sequential()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 100 nodes");
  }

  @Test
  void aSpecCarriesTheWorkLimitsToTheJob() throws Exception {
    SolveLimits tight = SolveLimits.of(java.util.Map.of("max_exact_tableau", 10L));
    SolveSpec spec = new SolveSpec("rock_paper_scissors", "lcp", tight);
    assertThatThrownBy(() -> JobRegistry.run(spec, JobContext.sequential()))
        .isInstanceOf(org.agora.core.solve.SolveLimitExceededException.class)
        .hasMessageContaining("raise it with --max-exact-tableau");
    assertThat(JobRegistry.run(SolveSpec.of("rock_paper_scissors", "lcp"), JobContext.sequential())).isNotNull();

    // a specification travels (to a server, a cluster) with its limits
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(spec);
    }
  }
}
