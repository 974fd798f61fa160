package org.agora.agents.policy;

import java.util.random.RandomGenerator;
import org.agora.core.Agent;
import org.agora.core.Game;
import org.agora.core.Policy;
import org.agora.core.State;

/**
 * Plays a {@link Policy} (typically a {@link org.agora.core.TabularPolicy} computed by a solver or
 * read from a file): at each decision it asks the policy for its action probabilities and samples
 * one legal action with them, drawing from an explicit seeded generator. Actions with probability 0
 * are never played. Cost per move: one policy lookup plus O(legal actions). Not thread-safe.
 */
public final class PolicyAgent implements Agent {

  private final int player;
  private final Policy policy;
  private final RandomGenerator random;
  private final int[] legal;
  private final double[] probabilities;

  public PolicyAgent(Game game, int player, Policy policy, RandomGenerator random) {
    this.player = player;
    this.policy = policy;
    this.random = random;
    this.legal = new int[Math.max(1, game.actionCount())];
    this.probabilities = new double[Math.max(1, game.actionCount())];
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
    policy.actionProbabilities(state, player, probabilities);
    double total = 0.0;
    for (int i = 0; i < count; i++) {
      total += probabilities[legal[i]];
    }
    if (!(total > 0.0)) {
      throw new IllegalStateException("the policy gives no probability to any legal action of player " + player
          + " at '" + state.informationStateKey(player) + "'");
    }
    double target = random.nextDouble() * total;
    double cumulative = 0.0;
    int last = -1;
    for (int i = 0; i < count; i++) {
      double probability = probabilities[legal[i]];
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
