package org.agora.core.agent;

import java.util.SplittableRandom;
import org.agora.core.Game;
import org.agora.core.PlayerView;
import org.agora.core.ViewAgent;

/**
 * Plays a uniformly random legal action. It sees only its player's view. Allocation-free after
 * construction.
 */
public final class RandomAgent implements ViewAgent {

  private final int player;
  private final SplittableRandom random;
  private final int[] legal;

  public RandomAgent(Game game, int player, long seed) {
    this.player = player;
    this.random = new SplittableRandom(seed);
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
    return legal[random.nextInt(count)];
  }
}
