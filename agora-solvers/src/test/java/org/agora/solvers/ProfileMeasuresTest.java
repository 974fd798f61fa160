package org.agora.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.GameRegistry;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

class ProfileMeasuresTest {

  private static NormalFormGame game(String name) {
    return (NormalFormGame) GameRegistry.create(name);
  }

  @Test
  void uniformIsTheNashEquilibriumOfRockPaperScissors() {
    NormalFormGame rps = game("rock_paper_scissors");
    assertThat(ProfileMeasures.nashConv(rps, MixedProfile.uniform(rps))).isCloseTo(0.0, within(1e-12));
    Rational third = Rational.of(1, 3);
    ExactMixedProfile exact = ExactMixedProfile.of(new Rational[] {third, third, third}, new Rational[] {third, third, third});
    assertThat(ProfileMeasures.isNashEquilibrium(rps, exact)).isTrue();
  }

  @Test
  void pureRockLosesOneToPaper() {
    NormalFormGame rps = game("rock_paper_scissors");
    MixedProfile rockRock = MixedProfile.pure(rps, 0, 0);
    // Each player gains 1 by switching to paper: NashConv 2.
    assertThat(ProfileMeasures.regrets(rps, rockRock)).containsExactly(1.0, 1.0);
    assertThat(ProfileMeasures.nashConv(rps, rockRock)).isEqualTo(2.0);
    assertThat(ProfileMeasures.deviationPayoffs(rps, rockRock, 0)).containsExactly(0.0, 1.0, -1.0);
  }

  @Test
  void mutualDefectionIsTheEquilibriumOfThePrisonersDilemma() {
    NormalFormGame dilemma = game("prisoners_dilemma");
    int cooperate = strategy(dilemma, "cooperate");
    int defect = 1 - cooperate;
    assertThat(ProfileMeasures.nashConv(dilemma, MixedProfile.pure(dilemma, defect, defect))).isZero();
    // Temptation 5 against reward 3: each gains 2 by defecting.
    assertThat(ProfileMeasures.nashConv(dilemma, MixedProfile.pure(dilemma, cooperate, cooperate))).isEqualTo(4.0);
    assertThat(ProfileMeasures.socialWelfare(dilemma, MixedProfile.pure(dilemma, cooperate, cooperate))).isEqualTo(6.0);
  }

  private static int strategy(NormalFormGame game, String prefix) {
    for (int s = 0; s < game.strategyCount(0); s++) {
      if (game.strategyName(0, s).toLowerCase().startsWith(prefix)) {
        return s;
      }
    }
    throw new AssertionError("no strategy " + prefix);
  }
}
