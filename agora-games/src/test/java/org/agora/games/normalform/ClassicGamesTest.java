package org.agora.games.normalform;

import static org.agora.games.normalform.Equilibria.mix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class ClassicGamesTest {

  private static double[] rowPayoffs(NormalFormGame game) {
    double[] out = new double[game.profileCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = game.payoff(0, i);
    }
    return out;
  }

  private static double[] columnPayoffs(NormalFormGame game) {
    double[] out = new double[game.profileCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = game.payoff(1, i);
    }
    return out;
  }

  private static Rational r(long numerator, long denominator) {
    return Rational.of(numerator, denominator);
  }

  @Test
  void rockPaperScissorsTableAndUniqueUniformEquilibrium() {
    NormalFormGame game = RockPaperScissorsProvider.create();
    assertThat(game.name()).isEqualTo("rock_paper_scissors");
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    assertThat(rowPayoffs(game)).containsExactly(0, -1, 1, 1, 0, -1, -1, 1, 0);
    assertThat(game.strategyName(0, 0)).isEqualTo("rock");
    assertThat(game.strategyName(1, 2)).isEqualTo("scissors");
    List<Rational[][]> equilibria = Equilibria.twoPlayerEquilibria(game);
    assertThat(equilibria).hasSize(1);
    assertThat(equilibria.get(0)[0]).containsExactly(r(1, 3), r(1, 3), r(1, 3));
  }

  @Test
  void biasedRockPaperScissorsEquilibriumVerifiedByHand() {
    NormalFormGame game = BiasedRockPaperScissorsProvider.create();
    assertThat(rowPayoffs(game)).containsExactly(0, -25, 50, 25, 0, -5, -50, 5, 0);
    assertThat(columnPayoffs(game)).containsExactly(0, 25, -50, -25, 0, 5, 50, -5, 0);
    // against (1/16, 10/16, 5/16): rock -25*10 + 50*5 = 0, paper 25*1 - 5*5 = 0, scissors -50*1 + 5*10 = 0
    assertThat(-25 * 10 + 50 * 5).isZero();
    assertThat(25 * 1 - 5 * 5).isZero();
    assertThat(-50 * 1 + 5 * 10).isZero();
    Rational[] equilibrium = mix(1, 10, 5);
    Rational[][] profile = {equilibrium, equilibrium};
    for (int player = 0; player < 2; player++) {
      for (int s = 0; s < 3; s++) {
        assertThat(Equilibria.purePayoff(game, player, s, profile)).isEqualTo(Rational.ZERO);
      }
    }
    List<Rational[][]> equilibria = Equilibria.twoPlayerEquilibria(game);
    assertThat(equilibria).hasSize(1);
    assertThat(equilibria.get(0)[0]).containsExactly(equilibrium);
    assertThat(equilibria.get(0)[1]).containsExactly(equilibrium);
  }

  @Test
  void matchingPenniesHasOnlyTheUniformEquilibrium() {
    NormalFormGame game = MatchingPenniesProvider.create();
    assertThat(rowPayoffs(game)).containsExactly(1, -1, -1, 1);
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    List<Rational[][]> equilibria = Equilibria.twoPlayerEquilibria(game);
    assertThat(equilibria).hasSize(1);
    assertThat(equilibria.get(0)[1]).containsExactly(mix(1, 1));
  }

  @Test
  void prisonersDilemmaDefectionDominates() {
    NormalFormGame game = (NormalFormGame) GameRegistry.create("prisoners_dilemma");
    assertThat(game.name()).isEqualTo("prisoners_dilemma(temptation=5.0,reward=3.0,punishment=1.0,sucker=0.0)");
    assertThat(rowPayoffs(game)).containsExactly(3, 0, 5, 1);
    assertThat(columnPayoffs(game)).containsExactly(3, 5, 0, 1);
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    for (int column = 0; column < 2; column++) {
      assertThat(game.payoff(0, 2 + column)).isGreaterThan(game.payoff(0, column));
    }
    List<Rational[][]> equilibria = Equilibria.twoPlayerEquilibria(game);
    assertThat(equilibria).hasSize(1);
    assertThat(equilibria.get(0)[0]).containsExactly(Rational.ZERO, Rational.ONE);
  }

  @Test
  void prisonersDilemmaKeepsDecimalParametersExact() {
    NormalFormGame game = (NormalFormGame) GameRegistry.create(
        "prisoners_dilemma(temptation=0.5,reward=0.3,punishment=0.1,sucker=-0.1)");
    assertThat(game.exactPayoff(0, 0)).isEqualTo(r(3, 10));
    assertThat(game.exactPayoff(0, 1)).isEqualTo(r(-1, 10));
    assertThat(game.exactPayoff(1, 1)).isEqualTo(r(1, 2));
  }

  @Test
  void prisonersDilemmaRejectsPayoffsOutOfOrder() {
    assertThatThrownBy(() -> GameRegistry.create("prisoners_dilemma(temptation=3)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'temptation' value 3.0")
        .hasMessageContaining("temptation > reward > punishment > sucker");
    assertThatThrownBy(() -> GameRegistry.create("prisoners_dilemma(sucker=2)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'punishment' value 1.0 must be greater than 'sucker' value 2.0");
    assertThatThrownBy(() -> GameRegistry.create("prisoners_dilemma(reward=abc)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'reward' value 'abc' is not a number");
  }

  @Test
  void stagHuntEquilibria() {
    NormalFormGame game = StagHuntProvider.create();
    assertThat(rowPayoffs(game)).containsExactly(4, 0, 3, 3);
    assertThat(columnPayoffs(game)).containsExactly(4, 3, 0, 3);
    List<Rational[][]> equilibria = Equilibria.twoPlayerEquilibria(game);
    assertThat(equilibria).extracting(e -> e[0][0])
        .containsExactlyInAnyOrder(Rational.ONE, Rational.ZERO, r(3, 4));
  }

  @Test
  void chickenEquilibria() {
    NormalFormGame game = ChickenProvider.create();
    assertThat(rowPayoffs(game)).containsExactly(0, -1, 1, -10);
    assertThat(Equilibria.isPureEquilibrium(game, new int[] {0, 1})).isTrue();
    assertThat(Equilibria.isPureEquilibrium(game, new int[] {1, 0})).isTrue();
    assertThat(Equilibria.isPureEquilibrium(game, new int[] {0, 0})).isFalse();
    assertThat(Equilibria.isPureEquilibrium(game, new int[] {1, 1})).isFalse();
    List<Rational[][]> equilibria = Equilibria.twoPlayerEquilibria(game);
    assertThat(equilibria).hasSize(3);
    assertThat(equilibria).anySatisfy(e -> assertThat(e[0]).containsExactly(r(9, 10), r(1, 10)));
  }

  @Test
  void battleOfTheSexesEquilibria() {
    NormalFormGame game = BattleOfTheSexesProvider.create();
    assertThat(rowPayoffs(game)).containsExactly(3, 0, 0, 2);
    assertThat(columnPayoffs(game)).containsExactly(2, 0, 0, 3);
    List<Rational[][]> equilibria = Equilibria.twoPlayerEquilibria(game);
    assertThat(equilibria).hasSize(3);
    assertThat(equilibria).anySatisfy(e -> {
      assertThat(e[0]).containsExactly(r(3, 5), r(2, 5));
      assertThat(e[1]).containsExactly(r(2, 5), r(3, 5));
    });
  }

  @Test
  void shapleysGameHasOnlyTheUniformEquilibrium() {
    NormalFormGame game = ShapleysGameProvider.create();
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(rowPayoffs(game)).containsExactly(0, 0, 1, 1, 0, 0, 0, 1, 0);
    assertThat(columnPayoffs(game)).containsExactly(0, 1, 0, 0, 0, 1, 1, 0, 0);
    List<Rational[][]> equilibria = Equilibria.twoPlayerEquilibria(game);
    assertThat(equilibria).hasSize(1);
    assertThat(equilibria.get(0)[0]).containsExactly(mix(1, 1, 1));
    assertThat(equilibria.get(0)[1]).containsExactly(mix(1, 1, 1));
  }

  @Test
  void fixedGamesRejectParameters() {
    assertThatThrownBy(() -> GameRegistry.create("rock_paper_scissors(players=3)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("unknown parameter 'players'")
        .hasMessageContaining("it takes no parameters");
  }
}
