package org.agora.core.normalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.ExactValues;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.TestGames;
import org.agora.core.Turn;
import org.junit.jupiter.api.Test;

class NormalFormGameTest {

  private static final GameParameters PARAMETERS = GameParameters.none("test");
  private static final String[] TWO = {"a", "b"};
  private static final String[] THREE = {"x", "y", "z"};

  private static NormalFormGame bimatrix(double[][] row, double[][] column) {
    return NormalFormGame.bimatrix(PARAMETERS, TWO, TWO, row, column);
  }

  @Test
  void bimatrixProfilesAreRowMajor() {
    NormalFormGame game = NormalFormGame.bimatrix(PARAMETERS, TWO, THREE,
        new double[][] {{0, 1, 2}, {3, 4, 5}}, new double[][] {{10, 11, 12}, {13, 14, 15}});
    assertThat(game.profileCount()).isEqualTo(6);
    assertThat(game.profileIndex(new int[] {1, 2})).isEqualTo(1 * 3 + 2);
    assertThat(game.payoff(0, 5)).isEqualTo(5);
    assertThat(game.payoff(1, 5)).isEqualTo(15);
    assertThat(game.payoffTensor()).containsExactly(0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15);
    assertThat(game.strategyInProfile(4, 0)).isEqualTo(1);
    assertThat(game.strategyInProfile(4, 1)).isEqualTo(1);
    assertThat(game.strategyCounts()).containsExactly(2, 3);
    assertThat(game.actionCount()).isEqualTo(3);
    assertThat(game.strategyName(1, 2)).isEqualTo("z");
    assertThat(game.playerName(0)).isEqualTo("row");
  }

  @Test
  void threePlayerProfilesVaryTheLastPlayerFastest() {
    double[] payoffs = new double[3 * 12];
    NormalFormGame game = NormalFormGame.of(PARAMETERS, "three", new String[] {"p", "q", "r"},
        new String[][] {TWO, THREE, TWO}, payoffs);
    assertThat(game.profileIndex(new int[] {1, 2, 1})).isEqualTo((1 * 3 + 2) * 2 + 1);
    for (int profile = 0; profile < game.profileCount(); profile++) {
      int[] strategies = {game.strategyInProfile(profile, 0), game.strategyInProfile(profile, 1),
          game.strategyInProfile(profile, 2)};
      assertThat(game.profileIndex(strategies)).isEqualTo(profile);
    }
    assertThat(game.title()).isEqualTo("three");
    assertThatThrownBy(() -> game.profileIndex(new int[] {0, 3, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("player 1 strategy 3 out of [0, 3)");
  }

  @Test
  void classifiesUtilities() {
    NormalFormGame pennies = TestGames.matchingPennies();
    assertThat(pennies.type()).isEqualTo(new GameType(GameType.Dynamics.SIMULTANEOUS, GameType.Chance.NONE,
        GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM));
    assertThat(pennies.utilitySum()).hasValue(0.0);

    NormalFormGame constant = bimatrix(new double[][] {{0.25, 1}, {2, 0}}, new double[][] {{1.75, 1}, {0, 2}});
    assertThat(constant.type().utility()).isEqualTo(GameType.Utility.CONSTANT_SUM);
    assertThat(constant.utilitySum()).hasValue(2.0);

    NormalFormGame identical = bimatrix(new double[][] {{2, 0}, {0, 1}}, new double[][] {{2, 0}, {0, 1}});
    assertThat(identical.type().utility()).isEqualTo(GameType.Utility.IDENTICAL);
    assertThat(identical.utilitySum()).isEmpty();

    // identical and constant-sum at once (every player gets the same constant): zero- or constant-sum
    NormalFormGame zeros = bimatrix(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, 0}, {0, 0}});
    assertThat(zeros.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    NormalFormGame ones = bimatrix(new double[][] {{1, 1}, {1, 1}}, new double[][] {{1, 1}, {1, 1}});
    assertThat(ones.type().utility()).isEqualTo(GameType.Utility.CONSTANT_SUM);
    assertThat(ones.utilitySum()).hasValue(2.0);

    NormalFormGame general = TestGames.prisonersDilemma();
    assertThat(general.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(general.utilitySum()).isEmpty();

    NormalFormGame solitaire = NormalFormGame.of(PARAMETERS, "", new String[] {"alone"}, new String[][] {TWO},
        new double[] {1, 1});
    assertThat(solitaire.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(solitaire.type().information()).isEqualTo(GameType.Information.PERFECT);
  }

  @Test
  void classificationIsExactNotRounded() {
    // 0.1 + 0.2 != 0.3 in binary: as doubles these payoffs do not sum to a constant
    NormalFormGame doubles = bimatrix(new double[][] {{0.1, 0}, {0, 0}}, new double[][] {{0.2, 0.3}, {0.3, 0.3}});
    assertThat(doubles.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    Rational tenth = Rational.parse("0.1");
    Rational[] exact = {tenth, Rational.ZERO, Rational.ZERO, Rational.ZERO,
        Rational.parse("0.2"), Rational.parse("0.3"), Rational.parse("0.3"), Rational.parse("0.3")};
    NormalFormGame rational = NormalFormGame.exact(PARAMETERS, "", new String[] {"r", "c"}, new String[][] {TWO, TWO}, exact);
    assertThat(rational.type().utility()).isEqualTo(GameType.Utility.CONSTANT_SUM);
    assertThat(rational.utilitySum()).hasValue(0.3);
  }

  @Test
  void keepsExactPayoffs() {
    Rational third = Rational.of(1, 3);
    Rational[] exact = {third, Rational.ONE, Rational.ZERO, Rational.of(-2, 7),
        third.negate(), Rational.ONE.negate(), Rational.ZERO, Rational.of(2, 7)};
    NormalFormGame game = NormalFormGame.exact(PARAMETERS, "", new String[] {"r", "c"}, new String[][] {TWO, TWO}, exact);
    assertThat(game.exactPayoff(0, 0)).isEqualTo(third);
    assertThat(game.payoff(0, 0)).isEqualTo(1.0 / 3.0);
    assertThat(game.exactPayoff(1, 3)).isEqualTo(Rational.of(2, 7));
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    assertThat(game.minUtility()).isEqualTo(-1.0);
    assertThat(game.maxUtility()).isEqualTo(1.0);
    NormalFormGame fromDoubles = bimatrix(new double[][] {{0.1, 0}, {0, 0}}, new double[][] {{0, 0}, {0, 0}});
    assertThat(fromDoubles.exactPayoff(0, 0)).isEqualTo(Rational.of(0.1)).isNotEqualTo(Rational.parse("0.1"));
  }

  @Test
  void rejectsBadTensors() {
    assertThatThrownBy(() -> NormalFormGame.of(PARAMETERS, "", new String[] {"r", "c"}, new String[][] {TWO, THREE},
        new double[11]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payoff tensor has 11 entries, expected 12 (2 players x 6 profiles)");
    assertThatThrownBy(() -> NormalFormGame.of(PARAMETERS, "", new String[] {"r"}, new String[][] {TWO, TWO}, new double[8]))
        .hasMessage("1 player names for 2 players");
    assertThatThrownBy(() -> NormalFormGame.of(PARAMETERS, "", new String[] {"r", "c"}, new String[][] {TWO, {}},
        new double[0])).hasMessage("player 1 has no strategy");
    assertThatThrownBy(() -> NormalFormGame.of(PARAMETERS, "", new String[0], new String[0][], new double[0]))
        .hasMessage("a normal-form game needs at least one player");
    assertThatThrownBy(() -> bimatrix(new double[][] {{0, Double.NaN}, {0, 0}}, new double[][] {{0, 0}, {0, 0}}))
        .hasMessage("payoff is not finite: NaN");
    assertThatThrownBy(() -> bimatrix(new double[][] {{0, 0}, {0}}, new double[][] {{0, 0}, {0, 0}}))
        .hasMessage("row 1 of the payoff matrices does not have 2 entries");
    assertThatThrownBy(() -> bimatrix(new double[][] {{0, 0}}, new double[][] {{0, 0}}))
        .hasMessage("the payoff matrices have 1 and 1 rows, expected 2 (one per row strategy)");
    assertThatThrownBy(() -> NormalFormGame.exact(PARAMETERS, "", new String[] {"r"}, new String[][] {TWO},
        new Rational[] {Rational.ONE})).hasMessage("payoff tensor has 1 entries, expected 2 (1 players x 2 profiles)");
  }

  @Test
  void playsAsOneSimultaneousNode() {
    NormalFormGame game = TestGames.rockPaperScissors();
    assertThat(game.maxGameLength()).isEqualTo(1);
    assertThat(game.maxChanceOutcomes()).isZero();
    State state = game.newInitialState();
    assertThat(state.turn()).isEqualTo(Turn.SIMULTANEOUS);
    int[] legal = new int[3];
    assertThat(state.legalActions(1, legal)).isEqualTo(3);
    assertThat(legal).containsExactly(0, 1, 2);
    assertThat(state.legalActions(legal)).isZero();
    assertThat(state.informationStateKey(0)).isEqualTo(state.informationStateKey(1));
    assertThat(state.actionToString(1, 2)).isEqualTo("scissors");
    assertThatThrownBy(() -> state.apply(0)).isInstanceOf(IllegalStateException.class)
        .hasMessage("apply(int) at a simultaneous node");
    assertThatThrownBy(() -> state.apply(new int[] {0})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("joint action has 1 entries, the game has 2 players");
    state.apply(new int[] {1, 0});
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(1.0, -1.0);
    assertThat(game.ability(ExactValues.class).orElseThrow().exactReturn(state, 1)).isEqualTo(Rational.of(-1));
    assertThat(state.history()).containsExactly(1, 0);
    assertThat(state.informationStateKey(0)).isEqualTo("profile paper,rock");
    assertThat(state.legalActions(0, legal)).isZero();
    assertThatThrownBy(() -> state.apply(new int[] {0, 0})).isInstanceOf(IllegalStateException.class)
        .hasMessage("apply(int[]) at a terminal node");
  }
}
