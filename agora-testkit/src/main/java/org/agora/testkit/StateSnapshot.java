package org.agora.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.agora.core.Game;
import org.agora.core.InformationStateTensorWriter;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;

/**
 * Everything observable about a state rendered as text, to compare a state with its copy, its
 * replay or itself after a copy was advanced. A method that throws is recorded as the exception's
 * class, so two states that fail the same way still compare equal (the failure itself is reported
 * by the per-state checks).
 */
final class StateSnapshot {

  private static final int SHOWN_CHARACTERS = 160;

  private final List<String> aspects = new ArrayList<>();
  private final List<String> values = new ArrayList<>();

  private StateSnapshot() {}

  /** Captures {@code state}; {@code width} is the size of the legal-action buffers. */
  static StateSnapshot capture(State state, Game game, int width) {
    return capture(state, game, width, true);
  }

  /** Captures {@code state}, with or without its history (for states that do not record one). */
  static StateSnapshot capture(State state, Game game, int width, boolean withHistory) {
    StateSnapshot snapshot = new StateSnapshot();
    int players = game.playerCount();
    int[] buffer = new int[width];
    if (withHistory) {
      snapshot.add("history", () -> Arrays.toString(state.history()));
      snapshot.add("history length", () -> Integer.toString(state.historyLength()));
    }
    snapshot.add("turn", () -> String.valueOf(state.turn()));
    snapshot.add("legal actions", () -> Arrays.toString(Arrays.copyOf(buffer, state.legalActions(buffer))));
    for (int p = 0; p < players; p++) {
      int player = p;
      snapshot.add("legal actions of player " + p,
          () -> Arrays.toString(Arrays.copyOf(buffer, state.legalActions(player, buffer))));
    }
    int chanceWidth = Math.max(1, game.maxChanceOutcomes());
    snapshot.add("chance outcomes", () -> {
      int[] outcomes = new int[chanceWidth];
      double[] probabilities = new double[chanceWidth];
      int count = state.chanceOutcomes(outcomes, probabilities);
      return Arrays.toString(Arrays.copyOf(outcomes, count)) + " " + Arrays.toString(Arrays.copyOf(probabilities, count));
    });
    snapshot.add("returns", () -> Arrays.toString(state.returns()));
    for (int p = 0; p < players; p++) {
      int player = p;
      snapshot.add("information state key of player " + p, () -> state.informationStateKey(player));
      snapshot.add("observation of player " + p, () -> state.observation(player));
      game.ability(ObservationTensorWriter.class).ifPresent(writer ->
          snapshot.add("observation tensor of player " + player, () -> {
            float[] values = new float[writer.size()];
            writer.write(state, player, values, 0);
            return Arrays.toString(values);
          }));
      game.ability(InformationStateTensorWriter.class).ifPresent(writer ->
          snapshot.add("information-state tensor of player " + player, () -> {
            float[] values = new float[writer.size()];
            writer.write(state, player, values, 0);
            return Arrays.toString(values);
          }));
    }
    return snapshot;
  }

  private void add(String aspect, Supplier<String> value) {
    aspects.add(aspect);
    String text;
    try {
      text = String.valueOf(value.get());
    } catch (RuntimeException e) {
      text = "<threw " + e.getClass().getName() + ">";
    }
    values.add(text);
  }

  /**
   * The first difference from {@code other}, as {@code aspect: this value vs other value} using the
   * given names for the two sides, or null when the snapshots agree.
   */
  String firstDifference(StateSnapshot other, String thisName, String otherName) {
    int count = Math.min(aspects.size(), other.aspects.size());
    for (int i = 0; i < count; i++) {
      if (!values.get(i).equals(other.values.get(i))) {
        return aspects.get(i) + " differs: " + thisName + " " + shorten(values.get(i)) + ", " + otherName + " "
            + shorten(other.values.get(i));
      }
    }
    if (aspects.size() != other.aspects.size()) {
      return thisName + " and " + otherName + " expose different abilities";
    }
    return null;
  }

  static String shorten(String text) {
    if (text.length() <= SHOWN_CHARACTERS) {
      return "'" + text + "'";
    }
    return "'" + text.substring(0, SHOWN_CHARACTERS) + "...' (" + text.length() + " characters)";
  }
}
