package org.agora.cooperative.attribution;

import java.util.List;
import org.agora.core.Game;

/**
 * The reference distribution of {@link FeatureReturnGame} that Beechey, Smith and Şimşek (ICML 2023)
 * marginalise over: the observations a policy meets at its own decisions when it plays with every
 * feature observed, i.e. samples of its on-policy (steady-state) distribution of observations.
 */
public final class OnPolicyObservations {

  private OnPolicyObservations() {}

  /**
   * Plays {@code episodes} episodes with {@code policy} in seat {@code player} and {@code others}
   * elsewhere, and returns a copy of the seat's observation tensor at each of its decisions, in order.
   *
   * @throws IllegalArgumentException when the game offers no observation tensor or {@code episodes < 1}
   */
  public static List<float[]> collect(Game game, int player, ObservationPolicy policy, SeatAgentFactory others,
      int episodes, long seed) {
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be at least 1, not " + episodes);
    }
    if (player < 0 || player >= game.playerCount()) {
      throw new IllegalArgumentException("seat " + player + " is not a player of " + game.name());
    }
    return FeatureReturnGame.collect(game, player, policy, others, episodes, seed);
  }
}
