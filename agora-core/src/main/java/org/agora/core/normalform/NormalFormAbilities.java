package org.agora.core.normalform;

import org.agora.core.ExactValues;
import org.agora.core.InformationStateIds;
import org.agora.core.Rational;
import org.agora.core.State;

/**
 * Exact values and information-state ids of a {@link NormalFormGame}. Each player has one
 * information state before the move (id 0) and one per pure profile after it ({@code 1 + profile}),
 * matching the keys {@code start} and {@code profile ...}; the {@code 1 + profileCount} ids are dense.
 * The ids are offered only when strategy names are distinct per player, since the key names them.
 */
final class NormalFormAbilities implements ExactValues, InformationStateIds {

  private final NormalFormGame game;

  NormalFormAbilities(NormalFormGame game) {
    this.game = game;
  }

  /** The exact values alone, for games whose keys do not tell profiles apart. */
  ExactValues exactValuesOnly() {
    NormalFormAbilities abilities = this;
    return new ExactValues() {
      @Override
      public Rational exactReturn(State state, int player) {
        return abilities.exactReturn(state, player);
      }

      @Override
      public int exactChanceOutcomes(State state, int[] outcomes, Rational[] probabilities) {
        return 0;
      }
    };
  }

  @Override
  public Rational exactReturn(State state, int player) {
    int profile = ((NormalFormState) state).profile();
    return profile < 0 ? Rational.ZERO : game.exactPayoff(player, profile);
  }

  @Override
  public int exactChanceOutcomes(State state, int[] outcomes, Rational[] probabilities) {
    return 0;
  }

  @Override
  public int idCount(int player) {
    return 1 + game.profileCount();
  }

  @Override
  public int id(State state, int player) {
    return 1 + ((NormalFormState) state).profile();
  }
}
