package org.agora.agents;

import java.util.Map;
import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * A tiny two-player zero-sum game of perfect information with chance, for testing expectimax. Player
 * 0 banks (action 0: the game ends and player 0 gets {@code bank}) or flips (action 1): a coin lands
 * heads with probability 0.3, then player 1 picks a column of {@code heads: [2, 1], tails: [-1, 0]}
 * (player 0's return). Player 1 takes 1 after heads and -1 after tails, so flipping is worth
 * 0.3 - 0.7 = -0.4 to player 0 and the value is {@code max(bank, -0.4)}.
 */
public final class CoinGambleGame implements Game {

  /** Player 0's value of flipping. */
  public static final double FLIP_VALUE = -0.4;
  private static final double[][] PAYOFF = {{2.0, 1.0}, {-1.0, 0.0}};

  private final GameInfo info;
  private final double bank;

  public CoinGambleGame(double bank) {
    this.bank = bank;
    this.info = buildInfo();
  }

  @Override
  public String name() {
    return "coin_gamble(bank=" + bank + ")";
  }

  @Override
  public GameParameters parameters() {
    return GameParameters.of("coin_gamble", Map.of("bank", bank));
  }

  @Override
  public GameInfo info() {
    return info;
  }

  /** The fixed facts, computed once when the game is built. */
  private GameInfo buildInfo() {
    GameType typeValue = new GameType(GameType.Dynamics.SEQUENTIAL,
        GameType.Chance.EXPLICIT, GameType.Information.PERFECT,
        GameType.Utility.ZERO_SUM);
    return new GameInfo(typeValue, 2, 2, 2, -2.0, 2.0, 3);
  }

  @Override
  public State newInitialState() {
    return new CoinState(this);
  }

  private static final class CoinState extends AbstractState {
    private final CoinGambleGame game;

    CoinState(CoinGambleGame game) {
      super(3);
      this.game = game;
    }

    CoinState(CoinState other) {
      super(other);
      this.game = other.game;
    }

    @Override
    public Game game() {
      return game;
    }

    @Override
    public Turn turn() {
      int length = historyLength();
      if (length == 0) {
        return Turn.decision(0);
      }
      if (historyAt(0) == 0 || length == 3) {
        return Turn.TERMINAL;
      }
      return length == 1 ? Turn.CHANCE : Turn.decision(1);
    }

    @Override
    protected void applyAction(int action) {
      if (action < 0 || action > 1) {
        throw new IllegalArgumentException("action must be 0 or 1, got " + action);
      }
    }

    @Override
    public int legalActions(int player, int[] out) {
      Turn turn = turn();
      if (turn instanceof Turn.Decision decision && decision.player() == player) {
        out[0] = 0;
        out[1] = 1;
        return 2;
      }
      return 0;
    }

    @Override
    public int chanceOutcomes(int[] outcomes, double[] probabilities) {
      if (turn() != Turn.CHANCE) {
        return 0;
      }
      outcomes[0] = 0;
      outcomes[1] = 1;
      probabilities[0] = 0.3;
      probabilities[1] = 0.7;
      return 2;
    }

    @Override
    public double returns(int player) {
      if (turn() != Turn.TERMINAL) {
        return 0.0;
      }
      double first = historyAt(0) == 0 ? game.bank : PAYOFF[historyAt(1)][historyAt(2)];
      return player == 0 ? first : -first;
    }

    @Override
    public String informationStateKey(int player) {
      return java.util.Arrays.toString(history());
    }

    @Override
    public String observation(int player) {
      return informationStateKey(player);
    }

    @Override
    public String actionToString(int player, int action) {
      return player == 0 ? (action == 0 ? "bank" : "flip") : "column " + action;
    }

    @Override
    public State copy() {
      return new CoinState(this);
    }
  }
}
