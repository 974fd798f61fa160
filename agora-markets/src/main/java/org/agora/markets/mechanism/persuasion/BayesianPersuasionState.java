package org.agora.markets.mechanism.persuasion;

import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.Turn;

/** State of a {@link BayesianPersuasionGame}: the seller's scheme, chance's state and signal, the buyer's choice. */
final class BayesianPersuasionState extends AbstractState {

  private static final int NONE = -1;

  private final BayesianPersuasionGame game;
  private int scheme = NONE;
  private int draw = NONE;
  private int choice = NONE;

  BayesianPersuasionState(BayesianPersuasionGame game, boolean recordHistory) {
    super(3, recordHistory, false);
    this.game = game;
  }

  private BayesianPersuasionState(BayesianPersuasionState other) {
    super(other);
    this.game = other.game;
    this.scheme = other.scheme;
    this.draw = other.draw;
    this.choice = other.choice;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    if (scheme == NONE) {
      return Turn.decision(0);
    }
    if (draw == NONE) {
      return Turn.CHANCE;
    }
    return choice == NONE ? Turn.decision(1) : Turn.TERMINAL;
  }

  @Override
  public int legalActions(int[] out) {
    Turn turn = turn();
    if (turn == Turn.CHANCE) {
      int count = 0;
      for (int outcome = 0; outcome < 3; outcome++) {
        if (game.outcomeProbability(scheme, outcome) > 0) {
          out[count++] = outcome;
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
    for (int outcome = 0; outcome < 3; outcome++) {
      double probability = game.outcomeProbability(scheme, outcome);
      if (probability > 0) {
        outcomes[count] = outcome;
        probabilities[count++] = probability;
      }
    }
    return count;
  }

  @Override
  protected void applyAction(int action) {
    Turn turn = turn();
    if (turn == Turn.CHANCE) {
      if (action < 0 || action > 2 || !(game.outcomeProbability(scheme, action) > 0)) {
        throw new IllegalArgumentException("chance outcome " + action + " is not possible under scheme " + scheme);
      }
      draw = action;
    } else if (scheme == NONE) {
      if (action < 0 || action >= game.levels()) {
        throw new IllegalArgumentException("scheme " + action + " out of [0, " + game.levels() + ")");
      }
      scheme = action;
    } else {
      if (action != BayesianPersuasionGame.BUY && action != BayesianPersuasionGame.DECLINE) {
        throw new IllegalArgumentException("buyer action " + action + " out of [0, 2)");
      }
      choice = action;
    }
  }

  @Override
  public double returns(int player) {
    if (choice != BayesianPersuasionGame.BUY) {
      return 0;
    }
    BuyerSellerPersuasion model = game.model();
    if (player == 0) {
      return model.price();
    }
    double value = draw == BayesianPersuasionGame.HIGH_BUY ? model.highValue() : model.lowValue();
    return value - model.price();
  }

  /** Both see the scheme; the buyer also sees the recommendation; nobody but chance sees the state. */
  @Override
  public String informationStateKey(int player) {
    StringBuilder key = new StringBuilder(player == 0 ? "seller" : "buyer");
    if (scheme != NONE) {
      key.append("; scheme ").append(scheme).append('/').append(game.levels() - 1);
    }
    if (player == 1 && draw != NONE) {
      key.append("; signal ").append(draw == BayesianPersuasionGame.LOW_DECLINE ? "decline" : "buy");
    }
    if (choice != NONE) {
      key.append("; buyer ").append(choice == BayesianPersuasionGame.BUY ? "bought" : "declined");
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
      return "q=" + action + "/" + (game.levels() - 1);
    }
    return action == BayesianPersuasionGame.BUY ? "buy" : "decline";
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return switch (outcome) {
      case BayesianPersuasionGame.HIGH_BUY -> "high state, signal buy";
      case BayesianPersuasionGame.LOW_BUY -> "low state, signal buy";
      default -> "low state, signal decline";
    };
  }

  @Override
  public State copy() {
    return new BayesianPersuasionState(this);
  }

  @Override
  public String toString() {
    return informationStateKey(1) + (draw == NONE ? "" : " [" + chanceOutcomeToString(draw) + "]");
  }
}
