package org.agora.core;

import java.util.random.RandomGenerator;

/**
 * Plays uniformly random legal moves (chance moves with their probabilities) to the end of a game.
 * Reuses its buffers, so a playout allocates only the initial state and whatever the game's own
 * {@code apply} allocates. Not thread-safe: one instance per thread.
 */
public final class RandomPlayout {

  private final Game game;
  private final int[] legal;
  private final int[] joint;

  public RandomPlayout(Game game) {
    this.game = game;
    this.legal = new int[Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()))];
    this.joint = new int[game.playerCount()];
  }

  /** Plays one game from a new initial state and returns its terminal state. */
  public State play(RandomGenerator random) {
    State state = game.newInitialState();
    finish(state, random);
    return state;
  }

  /** Plays {@code state} to the end in place; returns the number of moves made. */
  public int finish(State state, RandomGenerator random) {
    int moves = 0;
    while (true) {
      Turn turn = state.turn();
      if (turn == Turn.TERMINAL) {
        return moves;
      }
      if (turn == Turn.CHANCE) {
        state.apply(state.sampleChanceOutcome(random));
      } else if (turn == Turn.SIMULTANEOUS) {
        for (int p = 0; p < joint.length; p++) {
          int count = state.legalActions(p, legal);
          joint[p] = legal[random.nextInt(count)];
        }
        state.apply(joint);
      } else {
        int count = state.legalActions(legal);
        state.apply(legal[random.nextInt(count)]);
      }
      moves++;
    }
  }
}
