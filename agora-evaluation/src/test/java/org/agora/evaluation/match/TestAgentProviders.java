package org.agora.evaluation.match;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.PlayerView;
import org.agora.core.State;
import org.agora.core.StateAgent;
import org.agora.core.ViewAgent;
import org.agora.core.agent.RandomAgent;

/** Test-only agents for the evaluation tests, registered in the test class path's services file. */
public final class TestAgentProviders {

  private TestAgentProviders() {}

  /** {@code evaluation_test_illegal}: always answers action 99, which no test game allows. */
  public static final class Illegal implements AgentProvider {
    @Override
    public String name() {
      return "evaluation_test_illegal";
    }

    @Override
    public String description() {
      return "always plays the illegal action 99 (test only)";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Agent create(Game game, int player, long seed, GameParameters options) {
      return new ViewAgent() {
        @Override
        public int player() {
          return player;
        }

        @Override
        public int step(PlayerView view) {
          return 99;
        }
      };
    }
  }

  /**
   * {@code evaluation_test_counting}: plays like {@code random} and counts the
   * {@link Agent#episodeEnded(double[])} calls and the returns they carry (for its own seat) in
   * static counters, and records the information-state keys it is shown.
   */
  public static final class Counting implements AgentProvider {
    static final AtomicLong EPISODES_ENDED = new AtomicLong();
    /** Sum of the seat's final returns, in units of 1e-6, so that concurrent adds are exact. */
    static final AtomicLong RETURN_MICROS = new AtomicLong();
    static final ConcurrentLinkedQueue<String> KEYS_SEEN = new ConcurrentLinkedQueue<>();

    static void reset() {
      EPISODES_ENDED.set(0);
      RETURN_MICROS.set(0);
      KEYS_SEEN.clear();
    }

    @Override
    public String name() {
      return "evaluation_test_counting";
    }

    @Override
    public String description() {
      return "random, counting episode ends (test only)";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Agent create(Game game, int player, long seed, GameParameters options) {
      RandomAgent random = new RandomAgent(game, player, seed);
      return new ViewAgent() {
        @Override
        public int player() {
          return player;
        }

        @Override
        public int step(PlayerView view) {
          KEYS_SEEN.add(view.informationStateKey());
          return random.step(view);
        }

        @Override
        public void episodeEnded(double[] returns) {
          EPISODES_ENDED.incrementAndGet();
          RETURN_MICROS.addAndGet(Math.round(returns[player] * 1e6));
        }
      };
    }
  }

  /**
   * {@code evaluation_test_history_reader}: a state agent that reads the state's history before every
   * move (which throws when the state records none) and plays the first legal action.
   */
  public static final class HistoryReader implements AgentProvider {
    static final AtomicLong LONGEST_HISTORY = new AtomicLong();

    @Override
    public String name() {
      return "evaluation_test_history_reader";
    }

    @Override
    public String description() {
      return "reads the history, plays the first legal action (test only)";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Agent create(Game game, int player, long seed, GameParameters options) {
      int[] legal = new int[Math.max(1, game.actionCount())];
      return new StateAgent() {
        @Override
        public int player() {
          return player;
        }

        @Override
        public int step(State state) {
          LONGEST_HISTORY.accumulateAndGet(state.history().length, Math::max);
          state.legalActions(player, legal);
          return legal[0];
        }
      };
    }
  }
}
