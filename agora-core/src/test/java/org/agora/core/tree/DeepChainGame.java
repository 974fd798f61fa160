package org.agora.core.tree;

import org.agora.core.Game;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * A long chain built in code, for tests of walks over deep trees: decision {@code k} (k = 0, 1, ...)
 * belongs to player {@code k mod 2}, in its own information state ({@code P1 I3} for k = 4), with the
 * actions take (0: a terminal, +1 to the mover and -1 to the other) and pass (1: the next decision);
 * passing at the last decision ends the game at 0. The same game as {@code scripts/chain-efg}. Its
 * states copy in O(1) (the history is all passes, then possibly a take), so a walk over it costs
 * what the walk itself costs.
 */
final class DeepChainGame implements Game {

  private final int decisions;
  private final GameInfo info;

  DeepChainGame(int decisions) {
    this.decisions = decisions;
    this.info = new GameInfo(new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.NONE,
        GameType.Information.PERFECT, GameType.Utility.ZERO_SUM), 2, 2, 0, -1, 1, decisions);
  }

  @Override
  public String name() {
    return "deep_chain";
  }

  @Override
  public GameParameters parameters() {
    return GameParameters.none("deep_chain");
  }

  @Override
  public GameInfo info() {
    return info;
  }

  @Override
  public State newInitialState() {
    return new ChainState(0, false);
  }

  /** Position: the number of passes so far and whether the last move was a take. */
  private final class ChainState implements State {
    private int passes;
    private boolean taken;

    ChainState(int passes, boolean taken) {
      this.passes = passes;
      this.taken = taken;
    }

    @Override
    public Game game() {
      return DeepChainGame.this;
    }

    @Override
    public Turn turn() {
      return taken || passes == decisions ? Turn.TERMINAL : Turn.decision(passes % 2);
    }

    @Override
    public int legalActions(int[] out) {
      if (turn() == Turn.TERMINAL) {
        return 0;
      }
      out[0] = 0;
      out[1] = 1;
      return 2;
    }

    @Override
    public int legalActions(int player, int[] out) {
      return turn() == Turn.decision(player) ? legalActions(out) : 0;
    }

    @Override
    public int chanceOutcomes(int[] outcomes, double[] probabilities) {
      return 0;
    }

    @Override
    public void apply(int action) {
      if (turn() == Turn.TERMINAL || action < 0 || action > 1) {
        throw new IllegalArgumentException("action " + action + " at " + this);
      }
      if (action == 0) {
        taken = true;
      } else {
        passes++;
      }
    }

    @Override
    public void apply(int[] jointAction) {
      throw new IllegalStateException("no simultaneous nodes");
    }

    @Override
    public double returns(int player) {
      if (!taken) {
        return 0;
      }
      return player == passes % 2 ? 1 : -1;
    }

    @Override
    public String informationStateKey(int player) {
      return "P" + (player + 1) + " I" + (passes / 2 + 1) + (turn() == Turn.decision(player) ? "" : " seen");
    }

    @Override
    public String observation(int player) {
      return informationStateKey(player);
    }

    @Override
    public String actionToString(int player, int action) {
      return action == 0 ? "take" : "pass";
    }

    @Override
    public int historyLength() {
      return passes + (taken ? 1 : 0);
    }

    @Override
    public int[] history() {
      int[] history = new int[historyLength()];
      java.util.Arrays.fill(history, 0, passes, 1);
      return history;
    }

    @Override
    public State copy() {
      return new ChainState(passes, taken);
    }

    @Override
    public String toString() {
      return "deep_chain after " + passes + " passes" + (taken ? " and a take" : "");
    }
  }
}
