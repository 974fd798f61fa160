package org.agora.core.agent;

import java.util.SplittableRandom;
import org.agora.core.Agent;
import org.agora.core.Game;
import org.agora.core.State;

/** Plays a uniformly random legal action. Allocation-free after construction. */
public final class RandomAgent implements Agent {

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
  public int step(State state) {
    int count = state.legalActions(player, legal);
    if (count == 0) {
      throw new IllegalStateException("player " + player + " has no legal action at a " + state.turn() + " node");
    }
    return legal[random.nextInt(count)];
  }
}
