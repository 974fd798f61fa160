package org.agora.io;

import java.util.Map;
import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * A test game with inexact doubles and no {@link org.agora.core.ExactValues}: chance picks one of
 * three outcomes with probability {@code 1.0 / 3.0} each (which do not sum to exactly 1 as binary
 * fractions), then one player guesses "low" or "high" without seeing it and wins {@code 0.1} for a
 * right guess ("low" is right for outcome 0).
 */
final class ThirdsGame implements Game {

  private final GameInfo info = buildInfo();

  @Override
  public String name() {
    return "thirds";
  }

  @Override
  public GameParameters parameters() {
    return GameParameters.of("thirds", Map.of());
  }

  @Override
  public GameInfo info() {
    return info;
  }

  /** The fixed facts, computed once at construction. */
  private GameInfo buildInfo() {
    GameType typeValue = new GameType(GameType.Dynamics.SEQUENTIAL,
        GameType.Chance.EXPLICIT, GameType.Information.IMPERFECT,
        GameType.Utility.GENERAL_SUM);
    return new GameInfo(typeValue, 1, 2, 3, 0, 0.1, 2);
  }

  @Override
  public State newInitialState() {
    return new ThirdsState(this);
  }

  private static final class ThirdsState extends AbstractState {
    private final ThirdsGame game;

    ThirdsState(ThirdsGame game) {
      super(2);
      this.game = game;
    }

    ThirdsState(ThirdsState other) {
      super(other);
      this.game = other.game;
    }

    @Override
    public Game game() {
      return game;
    }

    @Override
    public Turn turn() {
      return switch (historyLength()) {
        case 0 -> Turn.CHANCE;
        case 1 -> Turn.decision(0);
        default -> Turn.TERMINAL;
      };
    }

    @Override
    public int legalActions(int player, int[] out) {
      if (historyLength() != 1 || player != 0) {
        return 0;
      }
      out[0] = 0;
      out[1] = 1;
      return 2;
    }

    @Override
    public int chanceOutcomes(int[] outcomes, double[] probabilities) {
      if (historyLength() != 0) {
        return 0;
      }
      for (int i = 0; i < 3; i++) {
        outcomes[i] = i;
        probabilities[i] = 1.0 / 3.0;
      }
      return 3;
    }

    @Override
    protected void applyAction(int action) {}

    @Override
    public double returns(int player) {
      if (historyLength() < 2) {
        return 0;
      }
      boolean low = historyAt(0) == 0;
      return (historyAt(1) == 0) == low ? 0.1 : 0.0;
    }

    @Override
    public String informationStateKey(int player) {
      return historyLength() == 1 ? "guess" : "t" + historyLength();
    }

    @Override
    public String observation(int player) {
      return informationStateKey(player);
    }

    @Override
    public String actionToString(int player, int action) {
      return action == 0 ? "low" : "high";
    }

    @Override
    public String chanceOutcomeToString(int outcome) {
      return "card " + outcome;
    }

    @Override
    public State copy() {
      return new ThirdsState(this);
    }
  }
}
