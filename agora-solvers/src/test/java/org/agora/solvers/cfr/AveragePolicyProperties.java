package org.agora.solvers.cfr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.agora.core.TabularPolicy;
import org.agora.solvers.fictitiousplay.ExtensiveFormFictitiousPlay;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class AveragePolicyProperties {

  private static final String[] GAMES = {"kuhn_poker", "kuhn_poker(players=3)", "leduc_poker", "goofspiel(num_cards=3)"};

  private static IterativeSolver create(int kind, GameTree tree, long seed, double epsilon) {
    return switch (kind) {
      case 0 -> new ExternalSamplingMccfr(tree, seed);
      case 1 -> new OutcomeSamplingMccfr(tree, new java.util.SplittableRandom(seed), epsilon);
      case 2 -> tree.playerCount() == 2 ? new CfrBestResponseSolver(tree) : new ExtensiveFormFictitiousPlay(tree);
      default -> new ExtensiveFormFictitiousPlay(tree);
    };
  }

  @TestFactory
  Stream<DynamicTest> averagePoliciesAreDistributions() {
    return SeededCases.tests(20261124, 60, one -> averagePoliciesAreDistributions(one.intBetween(0, 3),
        one.intBetween(0, 3), one.nextLong(), one.intBetween(1, 100), one.intBetween(1, 100)));
  }

  private void averagePoliciesAreDistributions(int game, int kind, long seed, int iterations, int epsilonPercent) {
    GameTree tree = SolverTrees.tree(GAMES[game]);
    IterativeSolver solver = create(kind, tree, seed, epsilonPercent / 100.0);
    int count = kind >= 2 ? Math.min(iterations, 10) : iterations;
    solver.iterate(count);
    assertThat(solver.iterations()).isEqualTo(count);
    double[] average = solver.averageBehaviour();
    assertThat(average).hasSize(tree.infosetCount() * tree.maxActions());
    assertThat(SolverTrees.distributionError(tree, average)).as("%s on %s", solver.getClass().getSimpleName(),
        GAMES[game]).isLessThan(1e-9);
    TabularPolicy policy = solver.averagePolicy();
    assertThat(tree.behaviour(policy)).containsExactly(average, org.assertj.core.data.Offset.offset(0.0));
  }
}
