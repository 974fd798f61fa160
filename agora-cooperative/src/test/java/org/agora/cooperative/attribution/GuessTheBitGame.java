package org.agora.cooperative.attribution;

import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * A one-player test game: chance draws two fair bits b and c (outcome 2b + c), the player sees the
 * tensor [b, c, 1] and names a bit; it scores 1 when it names b, else 0. Only b matters for the return.
 */
final class GuessTheBitGame implements Game {

  private final GameInfo info;

  GuessTheBitGame() {
    this(2);
  }

  /** A copy that declares {@code maxGameLength} moves (the true length is 2), for testing the guard. */
  GuessTheBitGame(int maxGameLength) {
    info = new GameInfo(new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
        GameType.Information.PERFECT, GameType.Utility.GENERAL_SUM), 1, 2, 4, 0, 1, maxGameLength);
  }

  private final GameAbilities abilities = GameAbilities.of(new ObservationTensorWriter() {
    @Override
    public int[] shape() {
      return new int[] {3};
    }

    @Override
    public void write(State state, int player, float[] out, int offset) {
      int outcome = ((GuessState) state).outcome;
      out[offset] = outcome >> 1;
      out[offset + 1] = outcome & 1;
      out[offset + 2] = 1;
    }
  });

  @Override
  public String name() {
    return "guess_the_bit";
  }

  @Override
  public GameParameters parameters() {
    return GameParameters.none(name());
  }

  @Override
  public GameInfo info() {
    return info;
  }

  @Override
  public State newInitialState() {
    return new GuessState(this);
  }

  @Override
  public GameAbilities abilities() {
    return abilities;
  }

  private static final class GuessState extends AbstractState {
    private final GuessTheBitGame game;
    private int outcome = -1;
    private int guess = -1;

    GuessState(GuessTheBitGame game) {
      super(2);
      this.game = game;
    }

    GuessState(GuessState other) {
      super(other);
      this.game = other.game;
      this.outcome = other.outcome;
      this.guess = other.guess;
    }

    @Override
    public Game game() {
      return game;
    }

    @Override
    public Turn turn() {
      return outcome < 0 ? Turn.CHANCE : guess < 0 ? Turn.decision(0) : Turn.TERMINAL;
    }

    @Override
    public int legalActions(int player, int[] out) {
      if (player != 0 || outcome < 0 || guess >= 0) {
        return 0;
      }
      out[0] = 0;
      out[1] = 1;
      return 2;
    }

    @Override
    public int chanceOutcomes(int[] outcomes, double[] probabilities) {
      if (outcome >= 0) {
        return 0;
      }
      for (int k = 0; k < 4; k++) {
        outcomes[k] = k;
        probabilities[k] = 0.25;
      }
      return 4;
    }

    @Override
    protected void applyAction(int action) {
      if (outcome < 0) {
        outcome = action;
      } else {
        guess = action;
      }
    }

    @Override
    public double returns(int player) {
      return guess >= 0 && guess == outcome >> 1 ? 1.0 : 0.0;
    }

    @Override
    public String informationStateKey(int player) {
      return outcome + ":" + guess;
    }

    @Override
    public String observation(int player) {
      return informationStateKey(player);
    }

    @Override
    public String actionToString(int player, int action) {
      return Integer.toString(action);
    }

    @Override
    public State copy() {
      return new GuessState(this);
    }
  }
}
