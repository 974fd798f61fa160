package org.agora.games.bargaining;

import java.util.random.RandomGenerator;
import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.Turn;
import org.agora.games.common.ExactStateValues;

/** State of a {@link BargainingGame}. Moves allocate nothing. */
final class BargainingState extends AbstractState implements ExactStateValues {

  /** Outcome of the continuation chance node that stops the negotiation. */
  static final int END = 0;
  /** Outcome of the continuation chance node that lets it go on. */
  static final int CONTINUE = 1;

  private final BargainingGame game;
  private final int[] offers;
  private int instance = -1;
  private int turns;
  private boolean awaitingContinuation;
  private boolean agreed;
  private boolean stopped;

  BargainingState(BargainingGame game, boolean recordHistory) {
    super(game.maxGameLength(), recordHistory, false);
    this.game = game;
    this.offers = new int[game.maxTurns()];
  }

  private BargainingState(BargainingState other) {
    super(other);
    this.game = other.game;
    this.offers = other.offers.clone();
    this.instance = other.instance;
    this.turns = other.turns;
    this.awaitingContinuation = other.awaitingContinuation;
    this.agreed = other.agreed;
    this.stopped = other.stopped;
  }

  /** Index of the drawn instance, or -1 before the draw. */
  int instanceIndex() {
    return instance;
  }

  @Override
  public Game game() {
    return game;
  }

  private boolean ended() {
    return agreed || stopped || turns == game.maxTurns();
  }

  @Override
  public Turn turn() {
    if (instance < 0 || awaitingContinuation) {
      return Turn.CHANCE;
    }
    return ended() ? Turn.TERMINAL : Turn.decision(turns & 1);
  }

  @Override
  public int legalActions(int[] out) {
    if (instance < 0) {
      int count = game.instanceCount();
      for (int i = 0; i < count; i++) {
        out[i] = i;
      }
      return count;
    }
    if (awaitingContinuation) {
      out[0] = END;
      out[1] = CONTINUE;
      return 2;
    }
    return ended() ? 0 : legalActions(turns & 1, out);
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (instance < 0 || awaitingContinuation || ended() || player != (turns & 1)) {
      return 0;
    }
    int[] legal = game.legalOffers(instance);
    System.arraycopy(legal, 0, out, 0, legal.length);
    if (turns == 0) {
      return legal.length;
    }
    out[legal.length] = game.agreeAction();
    return legal.length + 1;
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (instance < 0) {
      int count = game.instanceCount();
      double probability = 1.0 / count;
      for (int i = 0; i < count; i++) {
        outcomes[i] = i;
        probabilities[i] = probability;
      }
      return count;
    }
    if (awaitingContinuation) {
      outcomes[0] = END;
      probabilities[0] = game.probabilityEnd();
      outcomes[1] = CONTINUE;
      probabilities[1] = 1.0 - game.probabilityEnd();
      return 2;
    }
    return 0;
  }

  @Override
  public int exactChanceOutcomes(int[] outcomes, Rational[] probabilities) {
    if (instance < 0) {
      int count = game.instanceCount();
      Rational probability = Rational.of(1, count);
      for (int i = 0; i < count; i++) {
        outcomes[i] = i;
        probabilities[i] = probability;
      }
      return count;
    }
    if (awaitingContinuation) {
      outcomes[0] = END;
      probabilities[0] = game.exactProbabilityEnd();
      outcomes[1] = CONTINUE;
      probabilities[1] = Rational.ONE.subtract(game.exactProbabilityEnd());
      return 2;
    }
    return 0;
  }

  @Override
  public int sampleChanceOutcome(RandomGenerator random) {
    if (instance < 0) {
      return random.nextInt(game.instanceCount());
    }
    if (awaitingContinuation) {
      return random.nextDouble() < game.probabilityEnd() ? END : CONTINUE;
    }
    throw new IllegalStateException("not a chance node: " + turn());
  }

  @Override
  protected void applyAction(int action) {
    if (instance < 0) {
      if (action < 0 || action >= game.instanceCount()) {
        throw new IllegalArgumentException("instance " + action + " out of [0, " + game.instanceCount() + ")");
      }
      instance = action;
      return;
    }
    if (awaitingContinuation) {
      if (action != END && action != CONTINUE) {
        throw new IllegalArgumentException("continuation outcome must be 0 (end) or 1 (continue), got " + action);
      }
      awaitingContinuation = false;
      stopped = action == END;
      return;
    }
    if (action == game.agreeAction()) {
      if (turns == 0) {
        throw new IllegalArgumentException("agree before any offer has been made");
      }
      agreed = true;
      turns++;
      return;
    }
    if (action < 0 || action > game.agreeAction()) {
      throw new IllegalArgumentException("action " + action + " out of [0, " + game.actionCount() + ")");
    }
    if (!game.fits(action, game.instance(instance))) {
      throw new IllegalArgumentException("offer " + action + " (" + actionToString(turns & 1, action)
          + ") keeps more than the pool " + BargainingInstance.join(game.instance(instance).pool()));
    }
    offers[turns++] = action;
    awaitingContinuation = game.probabilityEnd() > 0 && turns < game.maxTurns();
  }

  /** Undiscounted value of the agreed split to {@code player}; 0 without agreement. */
  private int splitValue(int player) {
    if (!agreed) {
      return 0;
    }
    BargainingInstance drawn = game.instance(instance);
    int offer = offers[turns - 2];
    int proposer = (turns - 2) & 1;
    int total = 0;
    for (int type = 0; type < game.itemTypes(); type++) {
      int kept = game.kept(offer, type);
      total += drawn.value(player, type) * (player == proposer ? kept : drawn.count(type) - kept);
    }
    return total;
  }

  @Override
  public double returns(int player) {
    if (!agreed) {
      return 0.0;
    }
    int offersMade = turns - 1;
    return splitValue(player) * Math.pow(game.discount(), offersMade - 1);
  }

  @Override
  public Rational exactReturn(int player) {
    if (!agreed) {
      return Rational.ZERO;
    }
    Rational factor = Rational.ONE;
    for (int i = 1; i < turns - 1; i++) {
      factor = factor.multiply(game.exactDiscount());
    }
    return factor.multiply(Rational.of(splitValue(player)));
  }

  /** The pool, the player's own values and every offer so far (each as the proposer's kept counts). */
  @Override
  public String informationStateKey(int player) {
    if (instance < 0) {
      return "start";
    }
    BargainingInstance drawn = game.instance(instance);
    StringBuilder key = new StringBuilder(48 + 8 * turns);
    key.append("pool ").append(BargainingInstance.join(drawn.pool()));
    key.append("; values ").append(BargainingInstance.join(drawn.values()[player]));
    key.append("; offers");
    int offersMade = agreed ? turns - 1 : turns;
    for (int i = 0; i < offersMade; i++) {
      key.append(i == 0 ? " " : " / ");
      appendKeeps(key, offers[i]);
    }
    if (agreed) {
      key.append("; agreed");
    } else if (stopped) {
      key.append("; ended by chance");
    } else if (awaitingContinuation) {
      key.append("; ?");
    }
    return key.toString();
  }

  @Override
  public String observation(int player) {
    return informationStateKey(player);
  }

  private void appendKeeps(StringBuilder out, int offer) {
    for (int type = 0; type < game.itemTypes(); type++) {
      out.append(type == 0 ? "" : ",").append(game.kept(offer, type));
    }
  }

  @Override
  public String actionToString(int player, int action) {
    if (action == game.agreeAction()) {
      return "agree";
    }
    StringBuilder out = new StringBuilder("keep ");
    appendKeeps(out, action);
    return out.toString();
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    if (instance < 0) {
      return "instance " + outcome + ": " + game.instance(outcome);
    }
    return outcome == END ? "end" : "continue";
  }

  @Override
  public State copy() {
    return new BargainingState(this);
  }

  @Override
  public String toString() {
    return instance < 0 ? "before the draw" : "instance " + instance + " " + informationStateKey(0);
  }
}
