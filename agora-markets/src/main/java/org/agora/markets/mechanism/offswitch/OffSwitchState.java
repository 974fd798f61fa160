package org.agora.markets.mechanism.offswitch;

import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.Turn;

/** State of an {@link OffSwitchGame}: chance deals the utility level, the robot moves, then maybe the human. */
final class OffSwitchState extends AbstractState {

  private static final int NONE = -1;

  private final OffSwitchGame game;
  private int level = NONE;
  private int robotAction = NONE;
  private int humanAction = NONE;

  OffSwitchState(OffSwitchGame game, boolean recordHistory) {
    super(3, recordHistory, false);
    this.game = game;
  }

  private OffSwitchState(OffSwitchState other) {
    super(other);
    this.game = other.game;
    this.level = other.level;
    this.robotAction = other.robotAction;
    this.humanAction = other.humanAction;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    if (level == NONE) {
      return Turn.CHANCE;
    }
    if (robotAction == NONE) {
      return Turn.decision(0);
    }
    if (robotAction == OffSwitchGame.WAIT && humanAction == NONE) {
      return Turn.decision(1);
    }
    return Turn.TERMINAL;
  }

  @Override
  public int legalActions(int[] out) {
    Turn turn = turn();
    if (turn == Turn.CHANCE) {
      for (int k = 0; k < game.points(); k++) {
        out[k] = k;
      }
      return game.points();
    }
    if (turn instanceof Turn.Decision decision) {
      return legalActions(decision.player(), out);
    }
    return 0;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (!(turn() instanceof Turn.Decision decision) || decision.player() != player) {
      return 0;
    }
    out[0] = OffSwitchGame.ACT;
    out[1] = OffSwitchGame.SWITCH_OFF;
    if (player == 0) {
      out[2] = OffSwitchGame.WAIT;
      return 3;
    }
    return 2;
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (level != NONE) {
      return 0;
    }
    for (int k = 0; k < game.points(); k++) {
      outcomes[k] = k;
      probabilities[k] = game.probability(k);
    }
    return game.points();
  }

  @Override
  protected void applyAction(int action) {
    if (level == NONE) {
      if (action < 0 || action >= game.points()) {
        throw new IllegalArgumentException("utility level " + action + " out of [0, " + game.points() + ")");
      }
      level = action;
    } else if (robotAction == NONE) {
      if (action < 0 || action > OffSwitchGame.WAIT) {
        throw new IllegalArgumentException("robot action " + action + " out of [0, 3)");
      }
      robotAction = action;
    } else {
      if (action != OffSwitchGame.ALLOW && action != OffSwitchGame.SWITCH_OFF) {
        throw new IllegalArgumentException("human action " + action + " out of [0, 2)");
      }
      humanAction = action;
    }
  }

  @Override
  public double returns(int player) {
    if (turn() != Turn.TERMINAL) {
      return 0;
    }
    boolean acts = robotAction == OffSwitchGame.ACT || humanAction == OffSwitchGame.ALLOW;
    return acts ? game.utility(level) : 0;
  }

  /** The robot knows only its own move; the human knows the utility level and the robot's move. */
  @Override
  public String informationStateKey(int player) {
    StringBuilder key = new StringBuilder(player == 0 ? "robot" : "human");
    if (player == 1 && level != NONE) {
      key.append("; U=").append(game.utility(level)).append(" (level ").append(level).append(')');
    }
    if (robotAction != NONE) {
      key.append("; robot: ").append(actionToString(0, robotAction));
    }
    if (player == 1 && humanAction != NONE) {
      key.append("; human: ").append(actionToString(1, humanAction));
    }
    return key.toString();
  }

  @Override
  public String observation(int player) {
    return informationStateKey(player);
  }

  @Override
  public String actionToString(int player, int action) {
    if (player == 0) {
      return switch (action) {
        case OffSwitchGame.ACT -> "act";
        case OffSwitchGame.SWITCH_OFF -> "switch off";
        case OffSwitchGame.WAIT -> "wait";
        default -> "action " + action;
      };
    }
    return action == OffSwitchGame.ALLOW ? "allow" : action == OffSwitchGame.SWITCH_OFF ? "switch off"
        : "action " + action;
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return "U=" + game.utility(outcome);
  }

  @Override
  public State copy() {
    return new OffSwitchState(this);
  }

  @Override
  public String toString() {
    return informationStateKey(1);
  }
}
