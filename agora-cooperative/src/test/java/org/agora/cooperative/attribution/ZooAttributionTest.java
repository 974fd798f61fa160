package org.agora.cooperative.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.cooperative.shapley.ExactShapley;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.junit.jupiter.api.Test;

/** Attribution on games of the zoo, created from strings as a user would. */
class ZooAttributionTest {

  private static final SeatAgentFactory RANDOM = AgentRegistry.factory("random")::create;

  @Test
  void aKuhnPokerPolicyThatReadsOnlyItsCardCreditsOnlyTheCard() {
    Game kuhn = GameRegistry.create("kuhn_poker");
    // Two-player observation: player one-hot (2), own card one-hot J Q K (3), chips in the pot (2).
    int[] groups = {0, 0, 1, 1, 1, 2, 2};
    ObservationPolicy betWithKing = (observation, legal, count, probabilities) -> {
      probabilities[1] = observation[4] > 0.5f ? 1.0 : 0.0;
      probabilities[0] = 1.0 - probabilities[1];
    };
    List<float[]> reference = OnPolicyObservations.collect(kuhn, 0, betWithKing, RANDOM, 300, 9);
    assertThat(reference).hasSizeGreaterThanOrEqualTo(300).allSatisfy(row -> assertThat(row).hasSize(7));
    FeatureReturnGame features = new FeatureReturnGame(kuhn, 0, betWithKing, RANDOM, reference,
        new FeatureReturnGame.Options(Marginalisation.REFERENCE_SAMPLES, 8, groups), 2000, 9);
    double[] phi = new ExactShapley().estimate(features, 8, 0).values();
    // The seat and the chips change no action and no draw: exactly the same episodes, so 0.
    assertThat(phi[0]).isCloseTo(0.0, within(1e-12));
    assertThat(phi[2]).isCloseTo(0.0, within(1e-12));
    assertThat(phi[1]).isCloseTo(features.value(7) - features.value(0), within(1e-12));
  }

  @Test
  void aTensorWithTooManyFeaturesAsksForGroups() {
    // Tic-tac-toe's observation has 27 entries (3 planes of 9 cells), more than 20 players.
    Game game = GameRegistry.create("tic_tac_toe");
    int size = FeatureReturnGame.tensorSize(game);
    ObservationPolicy first = (observation, legal, count, probabilities) -> {
      java.util.Arrays.fill(probabilities, 0, count, 0.0);
      probabilities[0] = 1.0;
    };
    assertThatThrownBy(() -> new FeatureReturnGame(game, 0, first, RANDOM, List.of(new float[size]),
        FeatureReturnGame.Options.DEFAULT, 1, 0))
        .hasMessageContaining("has " + size + " features; at most 20").hasMessageContaining("featureGroups");
    int[] groups = new int[size];
    for (int i = 0; i < size; i++) {
      groups[i] = i / 9;
    }
    FeatureReturnGame planes = new FeatureReturnGame(game, 0, first, RANDOM, List.of(new float[size]),
        new FeatureReturnGame.Options(Marginalisation.REFERENCE_MEAN, 1, groups), 50, 0);
    // A policy that always takes the first legal cell reads nothing: every plane gets 0.
    assertThat(new ExactShapley().estimate(planes, 8, 0).values()).containsExactly(new double[] {0, 0, 0},
        within(1e-12));
  }

  @Test
  void aTeamOfEverySeatInAZeroSumGameHasNothingToShare() {
    // Kuhn poker is zero-sum: the team's return, the sum over all three seats, is 0 in every episode.
    Game game = GameRegistry.create("kuhn_poker(players=3)");
    TeamReturnGame team = new TeamReturnGame(game, new int[] {0, 1, 2}, List.of(FixedAgent.always(1),
        RANDOM, FixedAgent.always(0)), RANDOM, 200, 2);
    for (long coalition = 0; coalition < 8; coalition++) {
      assertThat(team.value(coalition)).isCloseTo(0.0, within(1e-12));
    }
    assertThat(new ExactShapley().estimate(team, 8, 0).values()).containsExactly(new double[] {0, 0, 0},
        within(1e-12));
  }

  @Test
  void aSingleSeatTeamsShareIsItsAgentsGainOverTheDefault() {
    // One player: its Shapley value is v({0}) - v(empty), here always betting against random play.
    Game game = GameRegistry.create("kuhn_poker");
    TeamReturnGame team = new TeamReturnGame(game, new int[] {0}, List.of(FixedAgent.always(1)), RANDOM, 500, 8);
    assertThat(new ExactShapley().estimate(team, 2, 0).values()[0])
        .isCloseTo(team.value(1) - team.value(0), within(1e-12));
    assertThat(team.describe()).isEqualTo("team[0] in kuhn_poker(players=2)");
  }
}
