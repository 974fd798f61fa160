package org.agora.cooperative.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.agora.cooperative.shapley.ExactShapley;
import org.agora.cooperative.shapley.ShapleyEstimate;
import org.agora.cooperative.shapley.ShapleyEstimators;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class TeamReturnGameTest {

  private static final int[] TEAM = {0, 1, 2};
  private static final SeatAgentFactory RANDOM = AgentRegistry.factory("random")::create;

  /** A three-player common-payoff game over actions {0, 1}: every player gets {@code payoff(profile)}. */
  private static Game commonPayoff(String name, IntToDoubleFunction payoff) {
    double[] payoffs = new double[3 * 8];
    for (int profile = 0; profile < 8; profile++) {
      for (int p = 0; p < 3; p++) {
        payoffs[p * 8 + profile] = payoff.applyAsDouble(profile);
      }
    }
    String[] actions = {"0", "1"};
    return NormalFormGame.of(GameParameters.none(name), name, new String[] {"a", "b", "c"},
        new String[][] {actions, actions, actions}, payoffs);
  }

  /** Every player gets k^2, k the number of players choosing 1: symmetric and superadditive. */
  private static Game countSquared() {
    return commonPayoff("count_squared", profile -> Integer.bitCount(profile) * Integer.bitCount(profile));
  }

  private static double[] shapley(TeamReturnGame game) {
    return new ExactShapley().estimate(game, 1L << game.playerCount(), 0).values();
  }

  private static List<SeatAgentFactory> members(SeatAgentFactory agent) {
    return Collections.nCopies(3, agent);
  }

  @Test
  void interchangeableAgentsShareTheGainEquallyAndEfficiently() {
    TeamReturnGame team = new TeamReturnGame(countSquared(), TEAM, members(FixedAgent.always(1)), RANDOM, 4000, 7);
    // Closed form: m members play 1, the others a fair coin, so k = m + Binomial(3 - m, 1/2) and
    // E[k^2] = m^2 + m(3 - m) + (3 - m)/4 + (3 - m)^2/4; each player's team return is that, times 3 seats.
    double worstMarginalError = 0.0;
    for (long coalition = 0; coalition < 8; coalition++) {
      int m = Long.bitCount(coalition);
      double expected = 3 * (m * m + m * (3 - m) + (3 - m) / 4.0 + (3 - m) * (3 - m) / 4.0);
      assertThat(team.value(coalition)).isCloseTo(expected, within(4 * team.standardError(coalition)));
    }
    for (long coalition = 0; coalition < 8; coalition++) {
      for (int i = 0; i < 3; i++) {
        long with = coalition | 1L << i;
        if (with != coalition) {
          worstMarginalError = Math.max(worstMarginalError,
              4 * (team.standardError(with) + team.standardError(coalition)));
        }
      }
    }
    double[] phi = shapley(team);
    // Efficiency is an identity of the Shapley value: the sum is v(N) - v(empty) up to rounding.
    assertThat(phi[0] + phi[1] + phi[2]).isCloseTo(team.value(7) - team.value(0), within(1e-9));
    // Symmetry: each gets (27 - 9) / 3 = 6; a Shapley value is a weighted mean of marginal
    // contributions, each within the sum of its two coalitions' 4-standard-error bounds checked above.
    assertThat(phi).containsExactly(new double[] {6.0, 6.0, 6.0}, within(worstMarginalError));
    assertThat(team.coalitionsPlayed()).isEqualTo(8);
  }

  @Test
  void aDeterministicDefaultGivesExactlyEqualShares() {
    TeamReturnGame team = new TeamReturnGame(countSquared(), TEAM, members(FixedAgent.always(1)),
        FixedAgent.always(0), 3, 1);
    // v(S) = 3 |S|^2 exactly, so the shares are (27 - 0) / 3 = 9 each.
    assertThat(shapley(team)).containsExactly(new double[] {9, 9, 9}, within(1e-12));
    assertThat(team.standardError(7)).isZero();
  }

  @Test
  void aPlayerWhoseActionNeverMattersGetsExactlyZero() {
    // Payoff a0 + a1: seat 2's action is ignored. With common random numbers seats 0 and 1 draw the same
    // coin flips whether seat 2 plays its agent or the default, so v(S + {2}) = v(S) episode by episode.
    Game game = commonPayoff("null_seat", profile -> (profile >> 2 & 1) + (profile >> 1 & 1));
    TeamReturnGame team = new TeamReturnGame(game, TEAM, members(FixedAgent.always(1)), RANDOM, 2000, 3);
    double[] phi = shapley(team);
    // The values are equal exactly (below); the estimator's summation leaves rounding near 1e-15.
    assertThat(phi[2]).isCloseTo(0.0, within(1e-12));
    for (long coalition = 0; coalition < 4; coalition++) {
      assertThat(team.value(coalition | 4)).isEqualTo(team.value(coalition));
    }
    // Seats 0 and 1 each raise their bit's mean from 1/2 to 1, for all 3 seats: 3/2 each.
    double tolerance = 4 * (team.standardError(3) + team.standardError(0));
    assertThat(phi[0]).isCloseTo(1.5, within(tolerance));
    assertThat(phi[1]).isCloseTo(1.5, within(tolerance));
  }

  @Test
  void agentsThatPlayLikeTheDefaultEarnNothing() {
    // Registered strings: members and default are the same random agent with the same seat seeds, so
    // every coalition plays the very same episodes.
    TeamReturnGame team = TeamReturnGame.fromStrings(countSquared(), TEAM, List.of("random", "random", "random"),
        "random", 500, 11);
    for (long coalition = 1; coalition < 8; coalition++) {
      assertThat(team.value(coalition)).isEqualTo(team.value(0));
    }
    assertThat(shapley(team)).containsExactly(new double[] {0, 0, 0}, within(1e-12));
    assertThat(team.describe()).contains("random").contains("count_squared");
  }

  @Test
  void theSameSeedGivesTheSameValuesAndAnotherSeedOthers() {
    TeamReturnGame first = new TeamReturnGame(countSquared(), TEAM, members(FixedAgent.always(1)), RANDOM, 300, 5);
    TeamReturnGame second = new TeamReturnGame(countSquared(), TEAM, members(FixedAgent.always(1)), RANDOM, 300, 5);
    TeamReturnGame other = new TeamReturnGame(countSquared(), TEAM, members(FixedAgent.always(1)), RANDOM, 300, 6);
    // Evaluate in different orders: the cache must not make a value depend on what was asked before.
    double[] forward = new double[8];
    for (int coalition = 0; coalition < 8; coalition++) {
      forward[coalition] = first.value(coalition);
    }
    for (int coalition = 7; coalition >= 0; coalition--) {
      assertThat(second.value(coalition)).isEqualTo(forward[coalition]);
      assertThat(second.standardError(coalition)).isEqualTo(first.standardError(coalition));
    }
    // With 300 episodes, v(empty) has standard deviation 3 * sqrt(7.5 / 300) = 0.47; two seeds agreeing
    // exactly is all but impossible.
    assertThat(other.value(0)).isNotEqualTo(forward[0]);
    assertThat(first.value(0)).isEqualTo(forward[0]);
    assertThat(first.coalitionsPlayed()).isEqualTo(8);
  }

  @Test
  void samplingEstimatorsPlayEachCoalitionOnceWithinTheirBudget() {
    // Six seats, payoff k^2 for all, members play 1 and the default 0: v(S) = 6 |S|^2, 64 coalitions.
    double[] payoffs = new double[6 * 64];
    for (int profile = 0; profile < 64; profile++) {
      for (int p = 0; p < 6; p++) {
        payoffs[p * 64 + profile] = Integer.bitCount(profile) * Integer.bitCount(profile);
      }
    }
    String[] actions = {"0", "1"};
    String[][] strategies = {actions, actions, actions, actions, actions, actions};
    Game game = NormalFormGame.of(GameParameters.none("six"), "", new String[] {"a", "b", "c", "d", "e", "f"},
        strategies, payoffs);
    for (String name : ShapleyEstimators.samplingNames()) {
      TeamReturnGame team = new TeamReturnGame(game, new int[] {0, 1, 2, 3, 4, 5},
          Collections.nCopies(6, FixedAgent.always(1)), FixedAgent.always(0), 2, 1);
      ShapleyEstimate estimate = ShapleyEstimators.create(name).estimate(team, 300, 3);
      // Some estimators count repeated coalitions against their budget; the cache plays each once.
      assertThat(team.coalitionsPlayed()).as(name).isPositive()
          .isLessThanOrEqualTo(Math.min(64, estimate.evaluationsUsed()));
      assertThat(team.value(63)).isEqualTo(216.0);
    }
  }

  @Test
  void badTeamsAreRefusedWithTheReason() {
    Game game = countSquared();
    assertThatThrownBy(() -> new TeamReturnGame(game, new int[] {0, 0}, members(RANDOM).subList(0, 2), RANDOM, 1, 0))
        .hasMessageContaining("seat 0 is in the team twice");
    assertThatThrownBy(() -> new TeamReturnGame(game, new int[] {3}, members(RANDOM).subList(0, 1), RANDOM, 1, 0))
        .hasMessageContaining("seat 3 is not a player");
    assertThatThrownBy(() -> new TeamReturnGame(game, TEAM, members(RANDOM).subList(0, 2), RANDOM, 1, 0))
        .hasMessageContaining("3 seats but 2 agents");
    assertThatThrownBy(() -> new TeamReturnGame(game, TEAM, members(RANDOM), RANDOM, 0, 0))
        .hasMessageContaining("episodes must be at least 1");
    TeamReturnGame team = new TeamReturnGame(game, TEAM, members(RANDOM), RANDOM, 1, 0);
    assertThatThrownBy(() -> team.value(8)).hasMessageContaining("coalition 8 is not a mask over 3 players");
  }

  @Test
  void anAgentThatPlaysAnIllegalActionFailsWithAMessage() {
    TeamReturnGame team = new TeamReturnGame(countSquared(), TEAM, members(FixedAgent.always(5)), RANDOM, 1, 0);
    assertThatThrownBy(() -> team.value(1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("illegal action 5");
  }
}
