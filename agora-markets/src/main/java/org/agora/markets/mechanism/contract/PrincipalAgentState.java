package org.agora.markets.mechanism.contract;

import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.Turn;

/** State of a {@link PrincipalAgentGame}: the bonus offer, the hidden action, the outcome. */
final class PrincipalAgentState extends AbstractState {

  private static final int NONE = -1;

  private final PrincipalAgentGame game;
  private int bonus = NONE;
  private int action = NONE;
  private int outcome = NONE;

  PrincipalAgentState(PrincipalAgentGame game, boolean recordHistory) {
    super(3, recordHistory, false);
    this.game = game;
  }

  private PrincipalAgentState(PrincipalAgentState other) {
    super(other);
    this.game = other.game;
    this.bonus = other.bonus;
    this.action = other.action;
    this.outcome = other.outcome;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    if (bonus == NONE) {
      return Turn.decision(0);
    }
    if (action == NONE) {
      return Turn.decision(1);
    }
    return outcome == NONE ? Turn.CHANCE : Turn.TERMINAL;
  }

  private double probability(int result) {
    double success = game.problem().probability(action, PrincipalAgentGame.SUCCESS);
    return result == PrincipalAgentGame.SUCCESS ? success : 1 - success;
  }

  @Override
  public int legalActions(int[] out) {
    Turn turn = turn();
    if (turn == Turn.CHANCE) {
      int count = 0;
      for (int result = 0; result < 2; result++) {
        if (probability(result) > 0) {
          out[count++] = result;
        }
      }
      return count;
    }
    return turn instanceof Turn.Decision decision ? legalActions(decision.player(), out) : 0;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (!(turn() instanceof Turn.Decision decision) || decision.player() != player) {
      return 0;
    }
    int count = player == 0 ? game.levels() : 2;
    for (int a = 0; a < count; a++) {
      out[a] = a;
    }
    return count;
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (turn() != Turn.CHANCE) {
      return 0;
    }
    int count = 0;
    for (int result = 0; result < 2; result++) {
      double p = probability(result);
      if (p > 0) {
        outcomes[count] = result;
        probabilities[count++] = p;
      }
    }
    return count;
  }

  @Override
  protected void applyAction(int move) {
    Turn turn = turn();
    if (turn == Turn.CHANCE) {
      if (move < 0 || move > 1 || !(probability(move) > 0)) {
        throw new IllegalArgumentException("outcome " + move + " is not possible after action " + action);
      }
      outcome = move;
    } else if (bonus == NONE) {
      if (move < 0 || move >= game.levels()) {
        throw new IllegalArgumentException("bonus level " + move + " out of [0, " + game.levels() + ")");
      }
      bonus = move;
    } else {
      if (move != PrincipalAgentGame.SHIRK && move != PrincipalAgentGame.WORK) {
        throw new IllegalArgumentException("agent action " + move + " out of [0, 2)");
      }
      action = move;
    }
  }

  @Override
  public double returns(int player) {
    if (outcome == NONE) {
      return 0;
    }
    double paid = outcome == PrincipalAgentGame.SUCCESS ? game.bonus(bonus) : 0;
    if (player == 0) {
      return outcome == PrincipalAgentGame.SUCCESS ? game.problem().reward(PrincipalAgentGame.SUCCESS) - paid : 0;
    }
    return paid - game.problem().cost(action);
  }

  /** The principal never sees the action; both see the offer and the outcome. */
  @Override
  public String informationStateKey(int player) {
    StringBuilder key = new StringBuilder(player == 0 ? "principal" : "agent");
    if (bonus != NONE) {
      key.append("; bonus ").append(game.bonus(bonus));
    }
    if (player == 1 && action != NONE) {
      key.append("; ").append(actionToString(1, action));
    }
    if (outcome != NONE) {
      key.append("; ").append(chanceOutcomeToString(outcome));
    }
    return key.toString();
  }

  @Override
  public String observation(int player) {
    return informationStateKey(player);
  }

  @Override
  public String actionToString(int player, int move) {
    if (player == 0) {
      return "bonus " + game.bonus(move);
    }
    return move == PrincipalAgentGame.WORK ? "work" : "shirk";
  }

  @Override
  public String chanceOutcomeToString(int result) {
    return result == PrincipalAgentGame.SUCCESS ? "success" : "failure";
  }

  @Override
  public State copy() {
    return new PrincipalAgentState(this);
  }

  @Override
  public String toString() {
    return informationStateKey(1);
  }
}
