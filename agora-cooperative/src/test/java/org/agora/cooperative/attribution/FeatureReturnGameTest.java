package org.agora.cooperative.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.cooperative.shapley.ExactShapley;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class FeatureReturnGameTest {

  private static final SeatAgentFactory RANDOM = AgentRegistry.factory("random")::create;

  /** Names the bit it sees in feature 0 (a threshold at 1/2); features 1 and 2 are ignored. */
  private static final ObservationPolicy READS_FEATURE_ZERO = (observation, legal, count, probabilities) -> {
    probabilities[0] = observation[0] > 0.5f ? 0.0 : 1.0;
    probabilities[1] = 1.0 - probabilities[0];
  };

  private static double[] shapley(FeatureReturnGame game) {
    return new ExactShapley().estimate(game, 1L << game.playerCount(), 0).values();
  }

  private static FeatureReturnGame guessGame(FeatureReturnGame.Options options, int episodes, long seed) {
    Game game = new GuessTheBitGame();
    List<float[]> reference = OnPolicyObservations.collect(game, 0, READS_FEATURE_ZERO, RANDOM, 400, seed);
    return new FeatureReturnGame(game, 0, READS_FEATURE_ZERO, RANDOM, reference, options, episodes, seed);
  }

  @Test
  void theOnlyFeatureThePolicyReadsGetsAllTheCredit() {
    FeatureReturnGame features = guessGame(FeatureReturnGame.Options.DEFAULT, 4000, 17);
    assertThat(features.playerCount()).isEqualTo(3);
    // Seeing b the policy always names it: v = 1 with no noise.
    assertThat(features.value(0b001)).isEqualTo(1.0);
    assertThat(features.standardError(0b111)).isZero();
    // Without b it names 1 with probability q (the share of reference draws with b = 1) whatever the
    // true b, which is right with probability q/2 + (1 - q)/2 = 1/2: v(empty) = 1/2 in expectation.
    double noise = 4 * features.standardError(0);
    assertThat(features.value(0)).isCloseTo(0.5, within(noise));
    double[] phi = shapley(features);
    assertThat(phi[0]).isCloseTo(0.5, within(noise));
    // Features 1 and 2 change no draw and no action (common random numbers), so they get 0 up to rounding.
    assertThat(features.value(0b110)).isEqualTo(features.value(0));
    assertThat(phi[1]).isCloseTo(0.0, within(1e-12));
    assertThat(phi[2]).isCloseTo(0.0, within(1e-12));
    assertThat(phi[0] + phi[1] + phi[2]).isCloseTo(features.value(7) - features.value(0), within(1e-12));
  }

  @Test
  void referenceMeanAndFeatureGroupsGiveTheSameSplit() {
    // Group 0 is b, group 1 is c and the constant. With b replaced by its reference mean the policy names
    // one fixed bit, right half the time: v(empty) = 1/2 in expectation, v({0}) = 1.
    FeatureReturnGame features = guessGame(new FeatureReturnGame.Options(Marginalisation.REFERENCE_MEAN, 1,
        new int[] {0, 1, 1}), 4000, 23);
    assertThat(features.playerCount()).isEqualTo(2);
    double[] phi = shapley(features);
    assertThat(phi[0]).isCloseTo(0.5, within(4 * features.standardError(0)));
    assertThat(phi[1]).isCloseTo(0.0, within(1e-12));
    assertThat(features.referenceMean()[2]).isEqualTo(1.0f);
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    FeatureReturnGame first = guessGame(FeatureReturnGame.Options.DEFAULT, 500, 4);
    FeatureReturnGame second = guessGame(FeatureReturnGame.Options.DEFAULT, 500, 4);
    double[] forward = new double[8];
    for (int coalition = 0; coalition < 8; coalition++) {
      forward[coalition] = first.value(coalition);
    }
    // Asked in the opposite order: a value must not depend on which coalitions were played before.
    for (int coalition = 7; coalition >= 0; coalition--) {
      assertThat(second.value(coalition)).isEqualTo(forward[coalition]);
    }
    assertThat(first.coalitionsPlayed()).isEqualTo(8);
  }

  @Test
  void aPolicyWhoseProbabilitiesDoNotSumToOneIsRefused() {
    Game game = new GuessTheBitGame();
    ObservationPolicy broken = (observation, legal, count, probabilities) -> {
      probabilities[0] = 0.7;
      probabilities[1] = 0.7;
    };
    FeatureReturnGame features = new FeatureReturnGame(game, 0, broken, RANDOM, List.of(new float[3]),
        FeatureReturnGame.Options.DEFAULT, 1, 0);
    assertThatThrownBy(() -> features.value(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sum to 1.4");
  }

  @Test
  void aGameLongerThanItDeclaresIsRefused() {
    TeamReturnGame team = new TeamReturnGame(new GuessTheBitGame(1), new int[] {0}, List.of(RANDOM), RANDOM, 1, 0);
    assertThatThrownBy(() -> team.value(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not end within its declared maximum length of 1 moves");
  }

  @Test
  void badInputsAreRefusedWithTheReason() {
    Game game = new GuessTheBitGame();
    FeatureReturnGame.Options options = FeatureReturnGame.Options.DEFAULT;
    assertThatThrownBy(() -> new FeatureReturnGame(game, 0, READS_FEATURE_ZERO, RANDOM, List.of(new float[2]),
        options, 1, 0)).hasMessageContaining("reference observation 0 has 2 entries").hasMessageContaining("has 3");
    assertThatThrownBy(() -> new FeatureReturnGame(game, 0, READS_FEATURE_ZERO, RANDOM, List.of(), options, 1, 0))
        .hasMessageContaining("no reference observations");
    assertThatThrownBy(() -> new FeatureReturnGame(game, 0, READS_FEATURE_ZERO, RANDOM, List.of(new float[3]),
        new FeatureReturnGame.Options(Marginalisation.REFERENCE_MEAN, 1, new int[] {0, 2, 2}), 1, 0))
        .hasMessageContaining("feature group 1 has no entry");
    Game matrix = NormalFormGame.of(GameParameters.none("one"), "", new String[] {"a"}, new String[][] {{"x"}},
        new double[] {1});
    assertThatThrownBy(() -> OnPolicyObservations.collect(matrix, 0, READS_FEATURE_ZERO, RANDOM, 1, 0))
        .hasMessageContaining("offers no observation tensor");
  }
}
