package org.agora.games.repeated;

import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.ObservationTensor;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * State of a {@link NamedRepeatedGame}: the repeated game's state (which records the history and
 * never allocates per round), reporting the named game as its game.
 */
final class NamedRepeatedState implements State, ObservationTensor {

  private final NamedRepeatedGame game;
  private final State inner;
  private final ObservationTensor innerTensor;

  NamedRepeatedState(NamedRepeatedGame game, State inner) {
    this.game = game;
    this.inner = inner;
    this.innerTensor = (ObservationTensor) inner;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    return inner.turn();
  }

  @Override
  public int legalActions(int[] out) {
    return inner.legalActions(out);
  }

  @Override
  public int legalActions(int player, int[] out) {
    return inner.legalActions(player, out);
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    return inner.chanceOutcomes(outcomes, probabilities);
  }

  @Override
  public int sampleChanceOutcome(RandomGenerator random) {
    return inner.sampleChanceOutcome(random);
  }

  @Override
  public void apply(int action) {
    inner.apply(action);
  }

  @Override
  public void apply(int[] jointAction) {
    inner.apply(jointAction);
  }

  @Override
  public double returns(int player) {
    return inner.returns(player);
  }

  @Override
  public String informationStateKey(int player) {
    return inner.informationStateKey(player);
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
  public int historyLength() {
    return inner.historyLength();
  }

  @Override
  public int[] history() {
    return inner.history();
  }

  @Override
  public State copy() {
    return new NamedRepeatedState(game, inner.copy());
  }

  @Override
  public int[] observationShape() {
    return innerTensor.observationShape();
  }

  @Override
  public void observationTensor(int player, float[] out) {
    innerTensor.observationTensor(player, out);
  }

  @Override
  public String toString() {
    return inner.toString();
  }
}
