package org.agora.agents.rrps;

import org.agora.core.Agent;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.PlayerView;
import org.agora.core.State;
import org.agora.core.ViewAgent;

/** Plays matches of repeated rock-paper-scissors between two agent strings, for the bots' tests. */
final class RoshamboMatch {

  static final Game GAME = GameRegistry.create("repeated_rock_paper_scissors");

  private RoshamboMatch() {}

  /** Row's return over {@code matches} matches of 1000 throws (each pair of agents created once, restarted per match). */
  static double rowReturn(String row, String column, long seed, int matches) {
    Agent[] agents = {AgentRegistry.create(row, GAME, 0, seed), AgentRegistry.create(column, GAME, 1, seed + 1)};
    double total = 0;
    int[] joint = new int[2];
    for (int m = 0; m < matches; m++) {
      for (Agent agent : agents) {
        agent.restart();
      }
      State state = GAME.newInitialState();
      while (!state.isTerminal()) {
        for (int p = 0; p < 2; p++) {
          joint[p] = ((ViewAgent) agents[p]).step(PlayerView.of(state, p));
          if (joint[p] < 0 || joint[p] > 2) {
            throw new AssertionError(row + " / " + column + ": illegal throw " + joint[p]);
          }
        }
        state.apply(joint);
      }
      total += state.returns(0);
    }
    return total / matches;
  }
}
