package org.agora.agents.policy;

import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.PlayerView;
import org.agora.core.TabularPolicy;
import org.agora.core.ViewAgent;

/**
 * Plays a {@link TabularPolicy} (computed by a solver or read from a file): at each decision it
 * looks up its player's information-state key in the table and samples one legal action with the
 * row's probabilities, drawing from an explicit seeded generator. Actions with probability 0 are
 * never played. It sees only its player's view. Cost per move: one table lookup by key plus
 * O(legal actions). Not thread-safe.
 */
public final class PolicyAgent implements ViewAgent {

  private final int player;
  private final TabularPolicy policy;
  private final RandomGenerator random;
  private final int[] legal;

  public PolicyAgent(Game game, int player, TabularPolicy policy, RandomGenerator random) {
    this.player = player;
    this.policy = policy;
    this.random = random;
    this.legal = new int[Math.max(1, game.actionCount())];
  }

  @Override
  public int player() {
    return player;
  }

  @Override
  public int step(PlayerView view) {
    int count = view.legalActions(legal);
    if (count == 0) {
      throw new IllegalStateException("player " + player + " has no legal action at a " + view.turn() + " node");
    }
    String key = view.informationStateKey();
    int row = policy.row(player, key);
    if (row < 0) {
      throw new IllegalArgumentException("information state of player " + player + " not in the table: '" + key + "'");
    }
    double total = 0.0;
    for (int i = 0; i < count; i++) {
      total += policy.probability(row, legal[i]);
    }
    if (!(total > 0.0)) {
      throw new IllegalStateException("the policy gives no probability to any legal action of player " + player
          + " at '" + key + "'");
    }
    double target = random.nextDouble() * total;
    double cumulative = 0.0;
    int last = -1;
    for (int i = 0; i < count; i++) {
      double probability = policy.probability(row, legal[i]);
      if (probability > 0.0) {
        cumulative += probability;
        last = legal[i];
        if (target < cumulative) {
          return legal[i];
        }
      }
    }
    return last;
  }
}
