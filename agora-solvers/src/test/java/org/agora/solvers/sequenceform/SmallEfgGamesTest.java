package org.agora.solvers.sequenceform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.Rational;
import org.agora.io.GambitFormats;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

/** Tiny .efg games (src/test/resources/sequenceform) whose equilibria are computed by hand below. */
class SmallEfgGamesTest {

  static GameTree compile(String resource) throws IOException, URISyntaxException {
    Path path = Path.of(SmallEfgGamesTest.class.getResource("/sequenceform/" + resource).toURI());
    return GameTreeCompiler.compile(GambitFormats.read(path), 10_000, true);
  }

  /** The probability of slot {@code slot} at the information state with key {@code key}. */
  static Rational probability(GameTree tree, Rational[] behaviour, String key, int slot) {
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      if (tree.infosetKey(infoset).equals(key)) {
        return behaviour[infoset * tree.maxActions() + slot];
      }
    }
    throw new AssertionError("no information state " + key);
  }

  /*
   * One-card poker. Player 2, facing a bet, holds High with weight 1 and Low with weight b (the
   * probability of bluffing with Low); calling is worth (2 - 2b) / (1 + b) to player 1 and folding
   * 1, so indifference gives b = 1/3. Player 1 with Low is indifferent between betting,
   * 2(-c) + (1 - c) = 1 - 3c, and checking, -1, so player 2 calls with c = 2/3. With High, betting
   * gives 1 + c > 1, so player 1 always bets. Value: (1/2)(1 + c) + (1/2)(-1) = c / 2 = 1/3.
   */
  @Test
  void oneCardPokerHasValueOneThirdAndTheHandComputedStrategies() throws Exception {
    GameTree tree = compile("one_card_poker.efg");
    SequenceForm form = SequenceForm.of(tree);
    SequenceFormLpSolver.ExactSolution solution = new SequenceFormLpSolver().solveExact(form);
    assertThat(solution.value()).isEqualTo(Rational.of(1, 3));
    Rational[] behaviour = solution.behaviour();
    assertThat(probability(tree, behaviour, "P1 I1 High", 0)).isEqualTo(Rational.ONE);
    assertThat(probability(tree, behaviour, "P1 I2 Low", 0)).isEqualTo(Rational.of(1, 3));
    assertThat(probability(tree, behaviour, "P2 I1 Facing bet", 0)).isEqualTo(Rational.of(2, 3));
    assertThat(ExactBestResponse.nashConv(tree, behaviour)).isEqualTo(Rational.ZERO);

    SequenceFormLcpSolver.ExactEquilibrium equilibrium = new SequenceFormLcpSolver().solve(form);
    assertThat(equilibrium.payoffs()).containsExactly(Rational.of(1, 3), Rational.of(-1, 3));
    assertThat(equilibrium.behaviour()).containsExactly(behaviour);

    double value = new SequenceFormLpSolver().solve(SequenceForm.of(tree)).value();
    assertThat(value).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  /*
   * Entry game. Equilibria: (In, Accommodate) with payoffs (1, 1), the subgame-perfect one, and
   * (Out, Fight with probability at least 1/2) with payoffs (0, 2): after Out the incumbent is
   * indifferent, and Out is a best response iff -f + (1 - f) <= 0.
   */
  @Test
  void entryGameLcpFindsOneOfTheHandComputedEquilibria() throws Exception {
    GameTree tree = compile("entry_game.efg");
    SequenceForm form = SequenceForm.of(tree);
    SequenceFormLcpSolver.ExactEquilibrium equilibrium = new SequenceFormLcpSolver().solve(form);
    assertThat(ExactBestResponse.nashConv(tree, equilibrium.behaviour())).isEqualTo(Rational.ZERO);
    List<Rational> payoffs = List.of(equilibrium.payoffs());
    assertThat(payoffs).isIn(List.of(Rational.ONE, Rational.ONE), List.of(Rational.ZERO, Rational.of(2)));
    if (payoffs.get(0).equals(Rational.ZERO)) {
      assertThat(probability(tree, equilibrium.behaviour(), "P2 I1 Incumbent", 0)).isGreaterThanOrEqualTo(Rational.of(1, 2));
    }
    assertThatThrownBy(() -> new SequenceFormLpSolver().solveExact(form))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero-sum");
  }

  /*
   * Hidden move. Player 2 is indifferent when 3(1 - p) = p, so player 1 plays L with p = 3/4;
   * player 1 is indifferent when 2q = 1 - q, so player 2 plays l with q = 1/3. Payoffs: player 1
   * 2q = 2/3, player 2 p = 3/4. There is no pure equilibrium, so this one is unique.
   */
  @Test
  void hiddenMoveGameHasTheUniqueMixedEquilibrium() throws Exception {
    GameTree tree = compile("hidden_move_cycle.efg");
    SequenceFormLcpSolver.ExactEquilibrium equilibrium = new SequenceFormLcpSolver().solve(SequenceForm.of(tree));
    assertThat(equilibrium.payoffs()).containsExactly(Rational.of(2, 3), Rational.of(3, 4));
    assertThat(probability(tree, equilibrium.behaviour(), "P1 I1 Row", 0)).isEqualTo(Rational.of(3, 4));
    assertThat(probability(tree, equilibrium.behaviour(), "P2 I1 Column", 0)).isEqualTo(Rational.of(1, 3));
    assertThat(equilibrium.doubleBehaviour()).contains(0.75, 0.25);
  }

  @Test
  void imperfectRecallIsRejectedNamingTheInformationState() throws Exception {
    GameTree tree = compile("forgetful.efg");
    assertThatThrownBy(() -> SequenceForm.of(tree)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P1 I2 Forgot'").hasMessageContaining("imperfect recall");
  }
}
