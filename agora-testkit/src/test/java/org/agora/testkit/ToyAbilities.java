package org.agora.testkit;

import java.util.random.RandomGenerator;
import org.agora.core.ExactValues;
import org.agora.core.HiddenStateSampler;
import org.agora.core.InformationStateIds;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.testkit.ToyGame.Defect;

/**
 * The toy game's exact values, information-state ids and hidden-card sampler. Player 0's id is
 * {@code 1 + card + 3 * (1 + move) + 12 * (1 + answer)} (0 before the deal), player 1's
 * {@code (1 + move) + 3 * (1 + answer)}; the sampler redraws the card for player 1, who cannot see it.
 */
final class ToyAbilities implements ExactValues, InformationStateIds, HiddenStateSampler {

  private final ToyGame game;

  ToyAbilities(ToyGame game) {
    this.game = game;
  }

  @Override
  public Rational exactReturn(State state, int player) {
    return ((ToyState) state).exactReturn(player);
  }

  @Override
  public int exactChanceOutcomes(State state, int[] outcomes, Rational[] probabilities) {
    return ((ToyState) state).exactChanceOutcomes(outcomes, probabilities);
  }

  @Override
  public int idCount(int player) {
    return game.has(Defect.ID_OUT_OF_RANGE) ? 1 : player == 0 ? 48 : 12;
  }

  @Override
  public int id(State state, int player) {
    ToyState toy = (ToyState) state;
    int moves = (1 + toy.move(1)) + 3 * (1 + toy.move(2));
    if (player == 1) {
      return moves;
    }
    if (toy.card() < 0) {
      return 0;
    }
    return (game.has(Defect.ID_IGNORES_CARD) ? 1 : 1 + toy.card()) + 4 * moves;
  }

  @Override
  public State sample(State state, int player, RandomGenerator random) {
    ToyState toy = (ToyState) state;
    State sample = game.newInitialState();
    if (toy.card() < 0) {
      return sample;
    }
    boolean hidden = player == 1 || game.has(Defect.SAMPLER_CHANGES_KEY);
    double draw = random.nextDouble();
    sample.apply(hidden ? (draw < 0.5 ? 0 : draw < 0.75 ? 1 : 2) : toy.card());
    for (int slot = 1; slot <= 2 && toy.move(slot) >= 0; slot++) {
      sample.apply(toy.move(slot));
    }
    return sample;
  }
}
