package org.agora.solvers.sequenceform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.Rational;
import org.agora.io.GambitFormats;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.agora.testkit.SeededCases;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random small two-player extensive games with perfect recall (a chance move, player 1, player 2
 * who may or may not see player 1's move, and sometimes a second move of player 1), written as
 * .efg text: Lemke's equilibrium has exact NashConv 0, and in zero-sum games the LP's value equals
 * the Lemke equilibrium payoff and the LP's profile has exact NashConv 0.
 */
class SequenceFormProperties {

  @TestFactory
  Stream<DynamicTest> lemkeFindsExactEquilibriaAndMatchesTheLpOnZeroSumGames() {
    return SeededCases.tests(20261124, 200,
        one -> lemkeFindsExactEquilibriaAndMatchesTheLpOnZeroSumGames(one.nextLong(), one.nextBoolean()));
  }

  private void lemkeFindsExactEquilibriaAndMatchesTheLpOnZeroSumGames(long seed, boolean zeroSum) {
    GameTree tree = GameTreeCompiler.compile(GambitFormats.parse(randomEfg(seed, zeroSum), "random.efg"), 10_000, true);
    SequenceForm form = SequenceForm.of(tree);
    SequenceFormLcpSolver.ExactEquilibrium equilibrium = new SequenceFormLcpSolver().solve(form);
    assertThat(ExactBestResponse.nashConv(tree, equilibrium.behaviour())).isEqualTo(Rational.ZERO);
    assertThat(ExactBestResponse.expectedReturns(tree, equilibrium.behaviour())).containsExactly(equilibrium.payoffs());
    if (zeroSum) {
      SequenceFormLpSolver.ExactSolution solution = new SequenceFormLpSolver().solveExact(form);
      assertThat(solution.value()).isEqualTo(equilibrium.payoffs()[0]);
      assertThat(ExactBestResponse.nashConv(tree, solution.behaviour())).isEqualTo(Rational.ZERO);
      // Reconstruction may fail (then it says so) but never returns a wrong value.
      new SequenceFormLpSolver().solveExactByReconstruction(form)
          .ifPresent(reconstructed -> assertThat(reconstructed.value()).isEqualTo(solution.value()));
      SequenceFormLpSolver.Solution approximate = new SequenceFormLpSolver().solve(form);
      assertThat(approximate.value()).isCloseTo(solution.value().doubleValue(), Offset.offset(1e-9));
      assertThat(Exploitability.nashConv(tree, approximate.behaviour())).isLessThan(1e-9);
    }
  }

  /** A random game as .efg text; small payoff ranges make degenerate games common. */
  static String randomEfg(long seed, boolean zeroSum) {
    SplittableRandom random = new SplittableRandom(seed);
    int chanceOutcomes = 1 + random.nextInt(3);
    int[] firstActions = new int[chanceOutcomes];
    for (int c = 0; c < chanceOutcomes; c++) {
      firstActions[c] = 1 + random.nextInt(3);
    }
    int secondActions = 2 + random.nextInt(2);
    boolean secondSeesFirst = random.nextBoolean();
    boolean firstMovesAgain = random.nextBoolean();
    boolean firstSeesSecond = random.nextBoolean();
    int bound = 1 + random.nextInt(4);
    StringBuilder text = new StringBuilder("EFG 2 R \"random\" { \"P1\" \"P2\" }\n\"\"\n\n");
    int[] outcome = {0};
    if (chanceOutcomes > 1) {
      int[] weights = new int[chanceOutcomes];
      int total = 0;
      for (int c = 0; c < chanceOutcomes; c++) {
        weights[c] = 1 + random.nextInt(4);
        total += weights[c];
      }
      text.append("c \"\" 1 \"\" {");
      for (int c = 0; c < chanceOutcomes; c++) {
        text.append(" \"c").append(c).append("\" ").append(weights[c]).append('/').append(total);
      }
      text.append(" } 0\n");
    }
    for (int c = 0; c < chanceOutcomes; c++) {
      decision(text, 1, 1 + c, firstActions[c]);
      for (int first = 0; first < firstActions[c]; first++) {
        decision(text, 2, secondSeesFirst ? 1 + first : 1, secondActions);
        for (int second = 0; second < secondActions; second++) {
          if (firstMovesAgain && (first + second) % 2 == 0) {
            int infoset = 4 + c * 9 + first * 3 + (firstSeesSecond ? second : 0);
            decision(text, 1, infoset, 2);
            terminal(text, random, outcome, bound, zeroSum);
            terminal(text, random, outcome, bound, zeroSum);
          } else {
            terminal(text, random, outcome, bound, zeroSum);
          }
        }
      }
    }
    return text.toString();
  }

  private static void decision(StringBuilder text, int player, int infoset, int actions) {
    text.append("p \"\" ").append(player).append(' ').append(infoset).append(" \"\" {");
    for (int a = 0; a < actions; a++) {
      text.append(" \"a").append(a).append('"');
    }
    text.append(" } 0\n");
  }

  private static void terminal(StringBuilder text, SplittableRandom random, int[] outcome, int bound, boolean zeroSum) {
    int first = random.nextInt(-bound, bound + 1);
    int second = zeroSum ? -first : random.nextInt(-bound, bound + 1);
    text.append("t \"\" ").append(++outcome[0]).append(" \"\" { ").append(first).append(' ').append(second).append(" }\n");
  }
}
