package org.agora.testkit;

import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * Matching pennies whose state keeps the caller's joint-action array instead of reading it during
 * {@code apply}, which the State contract forbids.
 */
final class RetainingGame implements Game {

  private final GameInfo info = buildInfo();

  @Override
  public String name() {
    return "retaining_pennies";
  }

  @Override
  public GameParameters parameters() {
    return GameParameters.none("retaining_pennies");
  }

  @Override
  public GameInfo info() {
    return info;
  }

  /** The fixed facts, computed once at construction. */
  private GameInfo buildInfo() {
    GameType typeValue = new GameType(GameType.Dynamics.SIMULTANEOUS,
        GameType.Chance.NONE, GameType.Information.IMPERFECT,
        GameType.Utility.ZERO_SUM);
    return new GameInfo(typeValue, 2, 2, 0, -1, 1, 1);
  }

  @Override
  public State newInitialState() {
    return new RetainingState(this);
  }

  private static final class RetainingState extends AbstractState {
    private final RetainingGame game;
    private int[] joint;

    RetainingState(RetainingGame game) {
      super(2);
      this.game = game;
    }

    RetainingState(RetainingState other) {
      super(other);
      this.game = other.game;
      this.joint = other.joint;
    }

    @Override
    public Game game() {
      return game;
    }

    @Override
    public Turn turn() {
      return joint == null ? Turn.SIMULTANEOUS : Turn.TERMINAL;
    }

    @Override
    public int legalActions(int player, int[] out) {
      if (joint != null) {
        return 0;
      }
      out[0] = 0;
      out[1] = 1;
      return 2;
    }

    @Override
    protected void applyAction(int action) {
      throw new IllegalStateException("simultaneous only");
    }

    @Override
    protected void applyJointAction(int[] jointAction) {
      this.joint = jointAction;
    }

    @Override
    public double returns(int player) {
      if (joint == null) {
        return 0;
      }
      double rowWins = joint[0] == joint[1] ? 1 : -1;
      return player == 0 ? rowWins : -rowWins;
    }

    @Override
    public String informationStateKey(int player) {
      return joint == null ? "start" : "played " + joint[0] + "," + joint[1];
    }

    @Override
    public String observation(int player) {
      return informationStateKey(player);
    }

    @Override
    public String actionToString(int player, int action) {
      return action == 0 ? "heads" : "tails";
    }

    @Override
    public State copy() {
      return new RetainingState(this);
    }
  }
}
