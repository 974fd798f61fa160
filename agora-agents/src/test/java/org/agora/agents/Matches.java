package org.agora.agents;

import java.util.List;
import java.util.random.RandomGenerator;
import org.agora.core.Agent;
import org.agora.core.Game;
import org.agora.core.State;

/** Plays episodes between agents in tests, checking every action's legality. */
public final class Matches {

  private Matches() {}

  /** Plays one episode from a new initial state and returns the final returns. */
  public static double[] play(Game game, List<Agent> agents, RandomGenerator chance) {
    return finish(game.newInitialState(), agents, chance);
  }

  /** Plays {@code state} to the end in place and returns the final returns. */
  public static double[] finish(State state, List<Agent> agents, RandomGenerator chance) {
    int[] legal = new int[Math.max(1, state.game().actionCount())];
    while (!state.isTerminal()) {
      if (state.isChanceNode()) {
        state.apply(state.sampleChanceOutcome(chance));
        continue;
      }
      if (state.isSimultaneousNode()) {
        int[] joint = new int[agents.size()];
        for (int p = 0; p < joint.length; p++) {
          joint[p] = Agent.act(agents.get(p), state);
          int count = state.legalActions(p, legal);
          boolean isLegal = false;
          for (int i = 0; i < count; i++) {
            isLegal |= legal[i] == joint[p];
          }
          if (!isLegal) {
            throw new AssertionError("agent of player " + p + " played illegal action " + joint[p]);
          }
        }
        state.apply(joint);
        continue;
      }
      int player = state.currentPlayer();
      int action = Agent.act(agents.get(player), state);
      int count = state.legalActions(legal);
      boolean isLegal = false;
      for (int i = 0; i < count; i++) {
        isLegal |= legal[i] == action;
      }
      if (!isLegal) {
        throw new AssertionError("agent of player " + player + " played illegal action " + action);
      }
      state.apply(action);
    }
    return state.returns();
  }

  /** A state after applying {@code actions} to a new initial state of {@code game}. */
  public static State after(Game game, int... actions) {
    State state = game.newInitialState();
    for (int action : actions) {
      state.apply(action);
    }
    return state;
  }
}
