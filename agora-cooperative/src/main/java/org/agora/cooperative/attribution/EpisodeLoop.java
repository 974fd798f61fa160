package org.agora.cooperative.attribution;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.agora.core.Agent;
import org.agora.core.Game;
import org.agora.core.PlayerView;
import org.agora.core.State;
import org.agora.core.StateAgent;
import org.agora.core.Turn;
import org.agora.core.ViewAgent;

/**
 * Plays one episode of a game between seated agents and leaves every player's return in a buffer.
 * Each agent sees what its type declares (a {@link ViewAgent} a {@link PlayerView} of its seat, a
 * {@link StateAgent} the state, which then records its history); every action is checked against
 * the legal actions and an episode longer than the game's declared maximum length is refused, so a
 * faulty agent fails with a message instead of corrupting a coalition's value. Reuses its buffers;
 * one loop per thread.
 */
final class EpisodeLoop {

  private final Game game;
  private final long maxLength;
  private final int[] legal;
  private final int[] joint;
  private final double[] returns;

  EpisodeLoop(Game game) {
    this.game = game;
    this.maxLength = game.maxGameLength();
    this.legal = new int[Math.max(1, game.actionCount())];
    this.joint = new int[game.playerCount()];
    this.returns = new double[game.playerCount()];
  }

  /**
   * Plays one episode from a new initial state, sampling chance with {@code chance}, and returns the
   * players' returns (a buffer the next episode overwrites). Calls {@link Agent#restart()} before and
   * {@link Agent#episodeEnded(double[])} after.
   *
   * @throws IllegalStateException if an agent chose an illegal action or the episode ran too long
   */
  double[] play(Agent[] agents, SplittableRandom chance) {
    for (Agent agent : agents) {
      agent.restart();
    }
    boolean stateSeen = false;
    for (Agent agent : agents) {
      stateSeen |= agent instanceof StateAgent;
    }
    State state = game.newInitialState(stateSeen);
    long moves = 0;
    while (true) {
      Turn turn = state.turn();
      if (turn == Turn.TERMINAL) {
        break;
      }
      if (turn == Turn.CHANCE) {
        state.apply(state.sampleChanceOutcome(chance));
      } else if (turn == Turn.SIMULTANEOUS) {
        for (int p = 0; p < joint.length; p++) {
          joint[p] = checkedStep(agents[p], state, p);
        }
        state.apply(joint);
      } else {
        int player = ((Turn.Decision) turn).player();
        state.apply(checkedStep(agents[player], state, player));
      }
      if (++moves > maxLength) {
        throw new IllegalStateException(game.name() + " did not end within its declared maximum length of "
            + maxLength + " moves");
      }
    }
    for (int p = 0; p < returns.length; p++) {
      returns[p] = state.returns(p);
    }
    for (Agent agent : agents) {
      agent.episodeEnded(returns);
    }
    return returns;
  }

  private int checkedStep(Agent agent, State state, int player) {
    int action = Agent.act(agent, state);
    int count = state.legalActions(player, legal);
    for (int i = 0; i < count; i++) {
      if (legal[i] == action) {
        return action;
      }
    }
    throw new IllegalStateException("the agent of " + game.playerName(player) + " chose illegal action " + action
        + " in " + game.name() + "; legal: " + Arrays.toString(Arrays.copyOf(legal, count)));
  }
}
