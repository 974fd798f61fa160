package org.agora.solvers.cfr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.agora.core.GameRegistry;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Properties of the CFR family on random normal-form games and small zoo games. */
class CfrProperties {

  private static final List<String> ZOO = List.of("kuhn_poker", "kuhn_poker(players=3)", "leduc_poker",
      "goofspiel(num_cards=3,points_order=descending)", "liars_dice(dice_sides=3)");

  private static GameTree game(int index, int seed) {
    if (index < ZOO.size()) {
      return GameTreeCompiler.compile(GameRegistry.create(ZOO.get(index)));
    }
    int players = 2 + seed % 2;
    int strategies = 1 + seed % 5;
    String payoffs = seed % 3 == 0 ? "zero_sum" : "real";
    if (payoffs.equals("zero_sum")) {
      players = 2;
    }
    return GameTreeCompiler.compile(GameRegistry.create("random_normal_form(players=" + players + ",strategies="
        + strategies + ",payoffs=" + payoffs + ",seed=" + seed + ")"));
  }

  private static AbstractCfrSolver solver(int kind, GameTree tree, CfrOptions options) {
    return CfrReferenceTest.fastSolver(tree, ReferenceCfr.Kind.values()[kind], options);
  }

  @TestFactory
  Stream<DynamicTest> theAveragePolicyIsADistributionEverywhere() {
    return SeededCases.tests(20261124, 60, one -> theAveragePolicyIsADistributionEverywhere(one.intBetween(0, 7),
        one.intBetween(0, 1000), one.intBetween(0, 4), one.intBetween(0, 40), one.nextBoolean()));
  }

  private void theAveragePolicyIsADistributionEverywhere(int gameIndex, int seed, int kind, int iterations,
      boolean alternating) {
    GameTree tree = game(gameIndex, seed);
    AbstractCfrSolver solver = solver(kind, tree, CfrOptions.defaults().withAlternating(alternating));
    solver.iterate(iterations);
    for (double[] behaviour : List.of(solver.averageBehaviour(), solver.currentBehaviour())) {
      for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
        double total = 0.0;
        for (int k = 0; k < tree.actionCount(infoset); k++) {
          double probability = behaviour[infoset * tree.maxActions() + k];
          assertThat(probability).isBetween(0.0, 1.0);
          total += probability;
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> resultsAreIdenticalForAnyThreadCount() {
    return SeededCases.tests(20261124, 25, one -> resultsAreIdenticalForAnyThreadCount(one.intBetween(0, 7),
        one.intBetween(0, 1000), one.intBetween(0, 4), one.intBetween(1, 20), one.nextBoolean(), one.intBetween(1, 64),
        one.intBetween(2, 3)));
  }

  private void resultsAreIdenticalForAnyThreadCount(int gameIndex, int seed, int kind, int iterations,
      boolean alternating, int grain, int threads) {
    GameTree tree = game(gameIndex, seed);
    CfrOptions options = CfrOptions.defaults().withAlternating(alternating).withGrain(grain);
    AbstractCfrSolver single = solver(kind, tree, options);
    try (AbstractCfrSolver parallel = solver(kind, tree, options.withThreads(threads))) {
      single.iterate(iterations);
      parallel.iterate(iterations);
      assertThat(parallel.averageBehaviour()).containsExactly(single.averageBehaviour());
      assertThat(parallel.currentBehaviour()).containsExactly(single.currentBehaviour());
    }
  }
}
