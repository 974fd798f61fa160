package org.agora.solvers.bestresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.GameRegistry;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A best response is worth at least what the profile it answers gives the responder, and playing it
 * earns exactly its value.
 */
class BestResponseProperties {

  private static final GameTree[] TREES = {
      GameTreeCompiler.compile(GameRegistry.create("kuhn_poker")),
      GameTreeCompiler.compile(GameRegistry.create("kuhn_poker(players=3)")),
      GameTreeCompiler.compile(GameRegistry.create("leduc_poker")),
      GameTreeCompiler.compile(GameRegistry.create("goofspiel(num_cards=3)")),
      GameTreeCompiler.compile(GameRegistry.create("rock_paper_scissors"))};

  @TestFactory
  Stream<DynamicTest> aBestResponseIsNeverWorseThanTheProfile() {
    return SeededCases.tests(20261124, 60, one -> aBestResponseIsNeverWorseThanTheProfile(one.intBetween(0, 4),
        one.nextLong(), one.nextBoolean()));
  }

  private void aBestResponseIsNeverWorseThanTheProfile(int game, long seed, boolean sparse) {
    GameTree tree = TREES[game];
    double[] behaviour = randomBehaviour(tree, new SplittableRandom(seed), sparse);
    double[] returns = PolicyEvaluation.expectedReturns(tree, behaviour);
    for (int player = 0; player < tree.playerCount(); player++) {
      BestResponse.Result response = BestResponse.compute(tree, behaviour, player);
      assertThat(response.value()).isGreaterThanOrEqualTo(returns[player] - 1e-12);
      double[] deviated = response.apply(tree, behaviour);
      assertThat(PolicyEvaluation.expectedReturns(tree, deviated)[player]).isCloseTo(response.value(), offset(1e-9));
    }
  }

  /** A random profile; with {@code sparse}, about a third of the actions get probability 0. */
  static double[] randomBehaviour(GameTree tree, SplittableRandom random, boolean sparse) {
    double[] behaviour = tree.newSlotArray();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      int row = infoset * tree.maxActions();
      double sum = 0.0;
      for (int k = 0; k < tree.actionCount(infoset); k++) {
        double weight = sparse && random.nextInt(3) == 0 ? 0.0 : random.nextDouble();
        behaviour[row + k] = weight;
        sum += weight;
      }
      if (sum == 0.0) {
        behaviour[row] = 1.0;
        sum = 1.0;
      }
      for (int k = 0; k < tree.actionCount(infoset); k++) {
        behaviour[row + k] /= sum;
      }
    }
    return behaviour;
  }
}
