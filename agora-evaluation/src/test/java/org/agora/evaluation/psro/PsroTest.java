package org.agora.evaluation.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameRegistry;
import org.agora.core.Rational;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobRegistry;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentResult;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

class PsroTest {

  private static final GameTree KUHN = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
  private static final GameTree RPS = GameTreeCompiler.compile(GameRegistry.create("rock_paper_scissors"));

  private static PsroResult run(GameTree tree, MetaSolver solver, int iterations) {
    return new Psro(tree, solver).run(iterations, 0.0, JobContext.sequential(), MatchSink.NONE, row -> { });
  }

  @Test
  void nashPsroOnRockPaperScissorsConvergesToUniform() {
    PsroResult result = run(RPS, new NashMetaSolver(), 5);
    double[] mixture = result.mixtureBehaviour();
    for (int infoset = 0; infoset < RPS.infosetCount(); infoset++) {
      for (int k = 0; k < 3; k++) {
        assertThat(mixture[infoset * RPS.maxActions() + k]).isCloseTo(1.0 / 3, within(1e-6));
      }
    }
    assertThat(result.last().exploitability()).isCloseTo(0.0, within(1e-9));
    assertThat(result.iterations().get(0).exploitability()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void nashPsroOnRockPaperScissorsFromAPurePolicyFindsAllThreeActions() {
    PsroResult result = new Psro(RPS, new NashMetaSolver(), Psro.firstActionBehaviour(RPS))
        .run(6, 0.0, JobContext.sequential(), MatchSink.NONE, row -> { });
    assertThat(result.iterations().get(0).exploitability()).isCloseTo(1.0, within(1e-12));
    assertThat(result.last().exploitability()).isCloseTo(0.0, within(1e-9));
    double[] mixture = result.mixtureBehaviour();
    for (int k = 0; k < 3; k++) {
      assertThat(mixture[k]).isCloseTo(1.0 / 3, within(1e-6));
    }
  }

  @Test
  void eachRowsNashConvIsALivePoint() {
    List<double[]> points = new ArrayList<>();
    org.agora.core.job.ProgressListener live = new org.agora.core.job.ProgressListener() {
      @Override
      public void progress(long done, long total) {}

      @Override
      public void point(String series, double x, double y) {
        assertThat(series).isEqualTo(Psro.NASH_CONV_SERIES);
        points.add(new double[] {x, y});
      }
    };
    PsroResult result = new Psro(KUHN, new NashMetaSolver()).run(4, 0.0,
        org.agora.core.job.JobContext.sequential(live, org.agora.core.job.Cancellation.create()), MatchSink.NONE, row -> { });
    assertThat(points).hasSameSizeAs(result.iterations());
    for (int i = 0; i < points.size(); i++) {
      assertThat(points.get(i)[0]).isEqualTo(result.iterations().get(i).iteration());
      assertThat(points.get(i)[1]).isEqualTo(result.iterations().get(i).nashConv());
    }
  }

  @Test
  void nashPsroOnKuhnPokerFallsBelowOneThousandth() {
    List<PsroIteration> rows = new ArrayList<>();
    PsroResult result = new Psro(KUHN, new NashMetaSolver())
        .run(40, 1e-3, JobContext.sequential(), MatchSink.NONE, rows::add);
    assertThat(result.last().exploitability()).isLessThan(1e-3);
    assertThat(result.iterations()).isEqualTo(rows);
    assertThat(result.iterations().size()).isLessThanOrEqualTo(10);
    // the reported figure is the mixture's exploitability, checked independently
    assertThat(Exploitability.exploitability(KUHN, result.mixtureBehaviour()))
        .isCloseTo(result.last().exploitability(), within(1e-12));
    // and in exact arithmetic (the mixture's doubles taken at their binary values)
    GameTree exactKuhn = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"), 1_000, true);
    double[] mixture = result.mixtureBehaviour();
    Rational[] exact = new Rational[mixture.length];
    for (int i = 0; i < mixture.length; i++) {
      exact[i] = Rational.of(mixture[i]);
    }
    assertThat(ExactBestResponse.nashConv(exactKuhn, exact).doubleValue() / 2).isLessThan(1e-3)
        .isCloseTo(result.last().exploitability(), within(1e-12));
  }

  @Test
  void uniformMetaSolverDecreasesExploitabilityOnKuhn() {
    PsroResult result = run(KUHN, new UniformMetaSolver(), 20);
    double first = result.iterations().get(0).exploitability();
    assertThat(first).isCloseTo(0.4583333333333333, within(1e-12));
    assertThat(result.last().exploitability()).isLessThan(first / 5);
    double[][] strategy = result.metaStrategy();
    assertThat(strategy[0]).containsOnly(1.0 / 21);
  }

  @Test
  void alphaRankAndPrdMetaSolversRunAndReduceExploitability() {
    for (MetaSolver solver : List.of(new AlphaRankMetaSolver(), new ProjectedReplicatorMetaSolver(2000, 0.01, 1e-6))) {
      PsroResult kuhn = run(KUHN, solver, 8);
      assertThat(kuhn.last().exploitability()).as(solver.name())
          .isLessThan(kuhn.iterations().get(0).exploitability() / 4);
      for (double[] strategy : kuhn.metaStrategy()) {
        assertThat(strategy).hasSize(9);
        assertThat(java.util.Arrays.stream(strategy).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(java.util.Arrays.stream(strategy).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
      }
      PsroResult rps = new Psro(RPS, solver, Psro.firstActionBehaviour(RPS))
          .run(4, 0.0, JobContext.sequential(), MatchSink.NONE, row -> { });
      assertThat(rps.iterations().get(0).exploitability()).isEqualTo(1.0);
      assertThat(rps.last().exploitability()).as(solver.name()).isLessThan(0.25);
    }
  }

  @Test
  void alphaRankOnTheRockPaperScissorsCycleIsUniform() {
    // from rock: paper, then scissors are added; with the three, alpha-rank's stationary
    // distribution of the 3-cycle is uniform, and so is the mixture
    PsroResult rps = new Psro(RPS, new AlphaRankMetaSolver(), Psro.firstActionBehaviour(RPS))
        .run(2, 0.0, JobContext.sequential(), MatchSink.NONE, row -> { });
    assertThat(rps.metaStrategy()[0]).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-9));
    assertThat(rps.last().exploitability()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void prdKeepsEveryPolicyAboveTheExplorationFloor() {
    MetaGame game = run(KUHN, new NashMetaSolver(), 3).metaGame();
    double[][] strategy = new ProjectedReplicatorMetaSolver(500, 0.01, 0.2).solve(game);
    for (double[] player : strategy) {
      assertThat(java.util.Arrays.stream(player).min().orElseThrow()).isGreaterThanOrEqualTo(0.2 / 4 - 1e-12);
    }
  }

  @Test
  void theMixtureIsRealizationWeightedNotANaiveAverage() {
    PsroResult result = run(KUHN, new UniformMetaSolver(), 4);
    Psro psro = new Psro(KUHN, new UniformMetaSolver());
    psro.run(4, 0.0, JobContext.sequential(), MatchSink.NONE, row -> { });
    MetaGame game = psro.metaGame();
    double[][] weights = {{0.1, 0.2, 0.3, 0.15, 0.25}, {0.3, 0.1, 0.2, 0.25, 0.15}};
    double[] mixture = psro.mixture(weights);
    double[] returns = PolicyEvaluation.expectedReturns(KUHN, mixture);
    // drawing a policy per player, then playing it, has the meta-game's expected payoff
    assertThat(returns[0]).isCloseTo(game.expectedPayoff(0, weights), within(1e-12));
    assertThat(returns[1]).isCloseTo(game.expectedPayoff(1, weights), within(1e-12));
    // averaging action probabilities instead does not
    double[] naive = KUHN.newSlotArray();
    for (int slot = 0; slot < naive.length; slot++) {
      int player = KUHN.infosetPlayer(slot / KUHN.maxActions());
      for (int k = 0; k < 5; k++) {
        naive[slot] += weights[player][k] * psro.policy(player, k)[slot];
      }
    }
    assertThat(Math.abs(PolicyEvaluation.expectedReturns(KUHN, naive)[0] - game.expectedPayoff(0, weights)))
        .isGreaterThan(1e-3);
    assertThat(result.metaGame().size()).isEqualTo(5);
  }

  @Test
  void metaGameRecordsAgreeWithTheCrossTableAndTheTournamentSummary() {
    List<MatchRecord> emitted = new ArrayList<>();
    PsroResult result = new Psro(KUHN, new NashMetaSolver())
        .run(4, 0.0, JobContext.sequential(), block -> emitted.addAll(block), row -> { });
    int n = result.metaGame().size();
    assertThat(n).isEqualTo(5);
    assertThat(emitted).hasSize(n * n).isEqualTo(result.records());
    for (int i = 0; i < emitted.size(); i++) {
      MatchRecord record = emitted.get(i);
      assertThat(record.index()).isEqualTo(i);
      assertThat(MetaGame.pairingIndex(record.agentAt(0), record.agentAt(1))).isEqualTo(i);
      assertThat(record.returnAt(0)).isEqualTo(result.metaGame().payoff(0, record.agentAt(0), record.agentAt(1)));
      assertThat(record.returnAt(1)).isEqualTo(result.metaGame().payoff(1, record.agentAt(0), record.agentAt(1)));
    }
    TournamentSpec spec = result.tournamentSpec("kuhn_poker");
    assertThat(spec.agents()).containsExactly("psro:0", "psro:1", "psro:2", "psro:3", "psro:4");
    List<int[]> seatings = spec.schedule().pairings(n, 2);
    for (int i = 0; i < seatings.size(); i++) {
      assertThat(seatings.get(i)).containsExactly(emitted.get(i).seats());
    }
    CrossTable table = result.crossTable();
    TournamentResult summary = TournamentResult.of(spec.agents(), 2, emitted);
    CrossTable fromRecords = summary.crossTable();
    for (int k = 0; k < n; k++) {
      for (int l = 0; l < n; l++) {
        assertThat(table.meanReturn(k, l)).isCloseTo(fromRecords.meanReturn(k, l), within(1e-15));
      }
    }
    // zero-sum: the table is antisymmetric
    assertThat(table.antisymmetryDeviation()).isLessThan(1e-12);
  }

  @Test
  void pairingIndexesAreStableAsTheMetaGameGrows() {
    for (int n = 1; n <= 30; n++) {
      java.util.Set<Long> seen = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          long index = MetaGame.pairingIndex(i, j);
          assertThat(index).isLessThan((long) n * n);
          assertThat(MetaGame.pairing(index)).containsExactly(i, j);
          seen.add(index);
        }
      }
      assertThat(seen).hasSize(n * n);
    }
    List<MatchRecord> shorter = run(KUHN, new NashMetaSolver(), 2).records();
    List<MatchRecord> longer = run(KUHN, new NashMetaSolver(), 4).records();
    for (int i = 0; i < shorter.size(); i++) {
      assertThat(longer.get(i).sameOutcome(shorter.get(i))).isTrue();
    }
  }

  @Test
  void runsAreDeterministic() {
    for (MetaSolver solver : List.of(new NashMetaSolver(), new AlphaRankMetaSolver(), new UniformMetaSolver())) {
      PsroResult a = run(KUHN, solver, 6);
      PsroResult b = run(KUHN, solver, 6);
      assertThat(a.mixtureBehaviour()).containsExactly(b.mixtureBehaviour());
      for (int t = 0; t < a.iterations().size(); t++) {
        assertThat(a.iterations().get(t).nashConv()).isEqualTo(b.iterations().get(t).nashConv());
      }
    }
  }

  @Test
  void thePsroJobIsRegisteredReportsProgressAndCancels() {
    List<long[]> progress = new ArrayList<>();
    Object result = JobRegistry.run(new PsroSpec("kuhn_poker", 3, "nash", "uniform", 0.0),
        JobContext.sequential((done, total) -> progress.add(new long[] {done, total}), Cancellation.never()));
    assertThat(result).isInstanceOf(PsroResult.class);
    assertThat(((PsroResult) result).iterations()).hasSize(4);
    assertThat(progress).hasSize(4);
    assertThat(progress.get(3)).containsExactly(4, 4);
    Cancellation cancellation = Cancellation.create();
    List<PsroIteration> rows = new ArrayList<>();
    Psro psro = new Psro(KUHN, new NashMetaSolver());
    assertThatThrownBy(() -> psro.run(10, 0.0, JobContext.sequential(org.agora.core.job.ProgressListener.NONE,
        cancellation), MatchSink.NONE, row -> {
          rows.add(row);
          if (row.iteration() == 2) {
            cancellation.cancel();
          }
        })).isInstanceOf(JobCancelledException.class);
    assertThat(rows).hasSize(3);
  }

  @Test
  void thePsroJobRunsOnABuiltGameWithoutLookingUpTheSpecsGameString() {
    PsroSpec labelled = new PsroSpec("upload-9", 3, "nash", "uniform", 0.0);
    assertThatThrownBy(() -> new PsroJob().run(labelled, JobContext.sequential(), MatchSink.NONE))
        .hasMessageContaining("upload-9");
    PsroResult built = new PsroJob().run(labelled, GameRegistry.create("kuhn_poker"), JobContext.sequential(),
        MatchSink.NONE);
    PsroResult named = (PsroResult) JobRegistry.run(new PsroSpec("kuhn_poker", 3, "nash", "uniform", 0.0),
        JobContext.sequential());
    assertThat(built.iterations()).hasSize(4);
    for (int t = 0; t < 4; t++) {
      assertThat(built.iterations().get(t).nashConv()).isEqualTo(named.iterations().get(t).nashConv());
    }
    assertThatThrownBy(() -> new PsroJob().run(labelled, GameRegistry.create("kuhn_poker(players=3)"),
        JobContext.sequential(), MatchSink.NONE)).hasMessageContaining("two-player");
  }

  @Test
  void badInputIsRefusedWithOneLineMessages() {
    GameTree threePlayers = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker(players=3)"));
    assertThatThrownBy(() -> new Psro(threePlayers, new NashMetaSolver()))
        .hasMessage("PSRO needs a two-player game; kuhn_poker(players=3) has 3 players");
    assertThatThrownBy(() -> MetaSolvers.parse("best")).hasMessageContaining("unknown meta-solver 'best'");
    assertThatThrownBy(() -> MetaSolvers.parse("prd(steps=3)")).hasMessageContaining("no parameter 'steps'");
    assertThatThrownBy(() -> MetaSolvers.parse("alpharank(alpha=x)")).hasMessageContaining("must be a number");
    assertThatThrownBy(() -> MetaSolvers.parse("prd(gamma=2)")).hasMessageContaining("gamma must be in [0, 1]");
    assertThatThrownBy(() -> new PsroSpec("kuhn_poker", -1, "nash", "uniform", 0))
        .hasMessageContaining("iterations must be >= 0");
    assertThat(MetaSolvers.parse("PRD(iterations=5, step=0.1, gamma=0)").name())
        .isEqualTo("prd(iterations=5,step=0.1,gamma=0.0)");
    double[] bad = KUHN.uniformBehaviour();
    bad[0] = 0.9;
    assertThatThrownBy(() -> new Psro(KUHN, new NashMetaSolver(), bad)).hasMessageContaining("sum to");
  }
}
