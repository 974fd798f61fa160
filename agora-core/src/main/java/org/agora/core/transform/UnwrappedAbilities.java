package org.agora.core.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agora.core.ExactValues;
import org.agora.core.GameAbilities;
import org.agora.core.GameAbility;
import org.agora.core.InformationStateIds;
import org.agora.core.InformationStateTensorWriter;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.Rational;
import org.agora.core.State;

/**
 * Passes a wrapped game's abilities through a transform: one adapter per ability type, each of which
 * unwraps the transform's state to the wrapped one and asks the wrapped game's ability. A transform
 * names the ability types whose meaning it keeps (the turn-based view keeps exact values and
 * observations, but its information states add the choices made earlier in a run, which the wrapped
 * game's ids and information-state tensors do not encode).
 */
final class UnwrappedAbilities {

  private UnwrappedAbilities() {}

  /** The abilities of {@code inner} whose type is in {@code kept}, each adapted through {@code unwrap}. */
  static GameAbilities of(GameAbilities inner, StateUnwrapper unwrap, Set<Class<? extends GameAbility>> kept) {
    List<GameAbility> adapted = new ArrayList<>();
    if (kept.contains(ExactValues.class)) {
      inner.find(ExactValues.class).ifPresent(ability -> adapted.add(new Exact(ability, unwrap)));
    }
    if (kept.contains(ObservationTensorWriter.class)) {
      inner.find(ObservationTensorWriter.class).ifPresent(ability -> adapted.add(new Observation(ability, unwrap)));
    }
    if (kept.contains(InformationStateTensorWriter.class)) {
      inner.find(InformationStateTensorWriter.class)
          .ifPresent(ability -> adapted.add(new InformationStateTensor(ability, unwrap)));
    }
    if (kept.contains(InformationStateIds.class)) {
      inner.find(InformationStateIds.class).ifPresent(ability -> adapted.add(new Ids(ability, unwrap)));
    }
    return GameAbilities.of(adapted);
  }

  /** Exact values of the wrapped state. */
  private record Exact(ExactValues inner, StateUnwrapper unwrap) implements ExactValues {
    @Override
    public Rational exactReturn(State state, int player) {
      return inner.exactReturn(unwrap.inner(state), player);
    }

    @Override
    public int exactChanceOutcomes(State state, int[] outcomes, Rational[] probabilities) {
      return inner.exactChanceOutcomes(unwrap.inner(state), outcomes, probabilities);
    }
  }

  /** Observation tensor of the wrapped state. */
  private record Observation(ObservationTensorWriter inner, StateUnwrapper unwrap) implements ObservationTensorWriter {
    @Override
    public int[] shape() {
      return inner.shape();
    }

    @Override
    public int size() {
      return inner.size();
    }

    @Override
    public void write(State state, int player, float[] out, int offset) {
      inner.write(unwrap.inner(state), player, out, offset);
    }
  }

  /** Information-state tensor of the wrapped state. */
  private record InformationStateTensor(InformationStateTensorWriter inner, StateUnwrapper unwrap)
      implements InformationStateTensorWriter {
    @Override
    public int[] shape() {
      return inner.shape();
    }

    @Override
    public int size() {
      return inner.size();
    }

    @Override
    public void write(State state, int player, float[] out, int offset) {
      inner.write(unwrap.inner(state), player, out, offset);
    }
  }

  /** Information-state ids of the wrapped state. */
  private record Ids(InformationStateIds inner, StateUnwrapper unwrap) implements InformationStateIds {
    @Override
    public int idCount(int player) {
      return inner.idCount(player);
    }

    @Override
    public int id(State state, int player) {
      return inner.id(unwrap.inner(state), player);
    }
  }
}
