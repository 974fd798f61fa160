package org.agora.core.transform;

import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.Turn;

/** State of a {@link TurnBasedGame}: the wrapped state plus the part of a joint action chosen so far. */
final class TurnBasedState extends AbstractState {

  private final TurnBasedGame game;
  final State inner;
  private final int[] pending;
  private int nextPlayer;

  TurnBasedState(TurnBasedGame game, State inner, boolean recordHistory) {
    super(game.maxGameLength() + 1, recordHistory, false);
    this.game = game;
    this.inner = inner;
    this.pending = new int[game.playerCount()];
  }

  private TurnBasedState(TurnBasedState other) {
    super(other);
    this.game = other.game;
    this.inner = other.inner.copy();
    this.pending = other.pending.clone();
    this.nextPlayer = other.nextPlayer;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    Turn turn = inner.turn();
    return turn == Turn.SIMULTANEOUS ? Turn.decision(nextPlayer) : turn;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (inner.isSimultaneousNode()) {
      return player == nextPlayer ? inner.legalActions(player, out) : 0;
    }
    return inner.legalActions(player, out);
  }

  @Override
  public int legalActions(int[] out) {
    if (inner.isSimultaneousNode()) {
      return inner.legalActions(nextPlayer, out);
    }
    return inner.legalActions(out);
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    return inner.chanceOutcomes(outcomes, probabilities);
  }

  @Override
  public int sampleChanceOutcome(java.util.random.RandomGenerator random) {
    return inner.sampleChanceOutcome(random);
  }

  @Override
  protected void applyAction(int action) {
    if (!inner.isSimultaneousNode()) {
      inner.apply(action);
      return;
    }
    pending[nextPlayer++] = action;
    if (nextPlayer == pending.length) {
      nextPlayer = 0;
      inner.apply(pending);
    }
  }

  @Override
  public double returns(int player) {
    return inner.returns(player);
  }

  @Override
  public String informationStateKey(int player) {
    String key = inner.informationStateKey(player);
    if (inner.isSimultaneousNode() && player < nextPlayer) {
      return key + " | chose " + pending[player];
    }
    return key;
  }

  @Override
  public String observation(int player) {
    return inner.observation(player);
  }

  @Override
  public String actionToString(int player, int action) {
    return inner.actionToString(player, action);
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return inner.chanceOutcomeToString(outcome);
  }

  @Override
  public State copy() {
    return new TurnBasedState(this);
  }

  @Override
  public String toString() {
    return inner.toString() + (nextPlayer > 0 ? " (" + nextPlayer + " of " + pending.length + " chosen)" : "");
  }
}
