package org.agora.solvers.constrained;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.agora.core.normalform.NormalFormGame;

/**
 * One cost constraint of a constrained game: player {@code player}'s expected cost under the
 * correlated distribution must be at most {@code budget}. The cost is either player-local (one
 * value per strategy of the player, as in the paper's special case where a player's constraints do
 * not depend on the others' strategies) or joint (one value per pure profile, indexed like the
 * game's payoff tensor).
 *
 * @param player the player the constraint binds
 * @param costs the costs: {@code strategyCount(player)} values when {@code local}, else one per profile
 * @param local whether the cost depends only on the player's own strategy
 * @param budget the bound on the expected cost
 */
public record CostConstraint(int player, double[] costs, boolean local, double budget) {

  /** Validates and copies. */
  public CostConstraint {
    if (player < 0) {
      throw new IllegalArgumentException("player must be >= 0, got " + player);
    }
    costs = costs.clone();
    for (double cost : costs) {
      if (!Double.isFinite(cost)) {
        throw new IllegalArgumentException("cost " + cost + " is not finite");
      }
    }
    if (!Double.isFinite(budget)) {
      throw new IllegalArgumentException("budget " + budget + " is not finite");
    }
  }

  @Override
  public double[] costs() {
    return costs.clone();
  }

  /** The cost of {@code profile} of {@code game} (the checked game of {@link #check}). */
  public double cost(NormalFormGame game, int profile) {
    return local ? costs[game.strategyInProfile(profile, player)] : costs[profile];
  }

  /**
   * Checks the constraint fits {@code game}.
   *
   * @throws IllegalArgumentException naming the player and the expected number of costs
   */
  public void check(NormalFormGame game) {
    if (player >= game.playerCount()) {
      throw new IllegalArgumentException("cost constraint for player " + player + ", but the game has "
          + game.playerCount() + " players (0 to " + (game.playerCount() - 1) + ")");
    }
    int expected = local ? game.strategyCount(player) : game.profileCount();
    if (costs.length != expected) {
      throw new IllegalArgumentException("cost constraint for player " + player + " has " + costs.length
          + " costs; expected " + game.strategyCount(player) + " (one per own strategy) or " + game.profileCount()
          + " (one per pure profile)");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CostConstraint other && player == other.player && local == other.local
        && Double.compare(budget, other.budget) == 0 && Arrays.equals(costs, other.costs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(player, local, budget, Arrays.hashCode(costs));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(player).append(':');
    for (int k = 0; k < costs.length; k++) {
      text.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%s", costs[k]));
    }
    return text.append("<=").append(budget).toString();
  }
}
