package org.agora.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.HiddenStateSampler;
import org.agora.core.InformationStateIds;
import org.agora.core.InformationStateTensorWriter;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;
import org.agora.core.TensorWriter;
import org.agora.core.Turn;

/**
 * Checks of the optional abilities a game declares ({@link Game#abilities()}), except exact values
 * (see {@link DeepStateChecks}): tensor writers keep a constant shape and write exactly their range
 * at a non-zero offset, the same values as at offset 0; information-state ids lie in range and agree
 * with the keys (same key for a player exactly when same id); sampled hidden states keep the
 * player's key and legal actions and leave the original alone. Not thread-safe.
 */
final class AbilityChecks {

  /** Offset at which tensors are written, with sentinels on both sides. */
  static final int TENSOR_OFFSET = 7;
  /** Hidden-state samples drawn per player at each deep-checked state. */
  static final int SAMPLES = 3;

  private final ViolationLog log;
  private final int players;
  private final int[] legal;
  private final int[] sampledLegal;
  private final ObservationTensorWriter observation;
  private final InformationStateTensorWriter informationState;
  private final InformationStateIds ids;
  private final HiddenStateSampler sampler;
  private final Map<TensorWriter, int[]> shapes = new HashMap<>();
  private final List<Map<String, Integer>> idByKey = new ArrayList<>();
  private final List<Map<Integer, String>> keyById = new ArrayList<>();
  private boolean idConflictReported;

  AbilityChecks(Game game, ViolationLog log) {
    this.log = log;
    this.players = game.playerCount();
    int width = StateInspector.width(game);
    this.legal = new int[width];
    this.sampledLegal = new int[width];
    this.observation = game.ability(ObservationTensorWriter.class).orElse(null);
    this.informationState = game.ability(InformationStateTensorWriter.class).orElse(null);
    this.ids = game.ability(InformationStateIds.class).orElse(null);
    this.sampler = game.ability(HiddenStateSampler.class).orElse(null);
    for (int p = 0; p < players; p++) {
      idByKey.add(new HashMap<>());
      keyById.add(new HashMap<>());
    }
  }

  /** The checks of a sampled (deep-checked) state. */
  void check(State state, Turn turn, String origin, RandomGenerator random) {
    if (observation != null && turn != Turn.TERMINAL) {
      checkTensor(state, observation, "observation", origin);
    }
    if (informationState != null) {
      checkTensor(state, informationState, "information-state", origin);
    }
    checkIds(state, origin);
    if (sampler != null && turn != Turn.TERMINAL) {
      for (int p = 0; p < players; p++) {
        checkSampler(state, p, origin, random);
      }
    }
  }

  /** The id checks, cheap enough for every enumerated state. */
  void checkIds(State state, String origin) {
    if (ids == null) {
      return;
    }
    for (int p = 0; p < players; p++) {
      String key;
      int id;
      int count;
      try {
        key = state.informationStateKey(p);
        id = ids.id(state, p);
        count = ids.idCount(p);
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.INFORMATION_STATE_ID, Locations.of(origin, state), "the id of player " + p, e);
        return;
      }
      if (key == null) {
        continue; // reported by the inspector
      }
      if (id < 0 || id >= count) {
        log.add(ConformanceCheck.INFORMATION_STATE_ID, Locations.of(origin, state) + ": id(state, " + p + ") is " + id
            + ", outside [0, idCount(" + p + ") = " + count + ")");
        return;
      }
      Integer previousId = idByKey.get(p).putIfAbsent(key, id);
      String previousKey = keyById.get(p).putIfAbsent(id, key);
      if (idConflictReported) {
        continue;
      }
      if (previousId != null && previousId != id) {
        idConflictReported = true;
        log.add(ConformanceCheck.INFORMATION_STATE_ID, Locations.of(origin, state) + ": player " + p + "'s key '" + key
            + "' has id " + id + " here and id " + previousId + " before");
      } else if (previousKey != null && !previousKey.equals(key)) {
        idConflictReported = true;
        log.add(ConformanceCheck.INFORMATION_STATE_ID, Locations.of(origin, state) + ": player " + p + "'s id " + id
            + " belongs to key '" + key + "' here and to key '" + previousKey + "' before");
      }
    }
  }

  private void checkTensor(State state, TensorWriter writer, String kind, String origin) {
    int[] shape;
    int size;
    try {
      shape = writer.shape();
      size = writer.size();
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.TENSOR, Locations.of(origin, state), kind + " tensor shape()", e);
      return;
    }
    if (shape == null) {
      log.add(ConformanceCheck.TENSOR, Locations.of(origin, state) + ": " + kind + " tensor shape() returned null");
      return;
    }
    long product = 1;
    for (int dimension : shape) {
      product *= dimension;
      if (dimension < 1) {
        log.add(ConformanceCheck.TENSOR, Locations.of(origin, state) + ": " + kind + " shape " + Arrays.toString(shape)
            + " has a dimension below 1");
        return;
      }
    }
    if (product != size) {
      log.add(ConformanceCheck.TENSOR, Locations.of(origin, state) + ": " + kind + " tensor size() is " + size
          + " but the shape " + Arrays.toString(shape) + " holds " + product);
      return;
    }
    int[] seen = shapes.putIfAbsent(writer, shape.clone());
    if (seen != null && !Arrays.equals(seen, shape)) {
      log.add(ConformanceCheck.TENSOR, Locations.of(origin, state) + ": " + kind + " shape " + Arrays.toString(shape)
          + " differs from the shape " + Arrays.toString(seen) + " seen before");
      return;
    }
    float[] plain = new float[size + TENSOR_OFFSET];
    float[] shifted = new float[size + 2 * TENSOR_OFFSET];
    for (int p = 0; p < players; p++) {
      Arrays.fill(plain, Float.NaN);
      Arrays.fill(shifted, Float.NaN);
      try {
        writer.write(state, p, plain, 0);
        writer.write(state, p, shifted, TENSOR_OFFSET);
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.TENSOR, Locations.of(origin, state),
            kind + " tensor write(state, " + p + ", out, offset)", e);
        continue;
      }
      String problem = compare(plain, shifted, size);
      if (problem != null) {
        log.add(ConformanceCheck.TENSOR, Locations.of(origin, state) + ": " + kind + " tensor write(state, " + p
            + ", out, offset) " + problem);
        return;
      }
    }
  }

  /** What is wrong with the two writes of one tensor, or null. */
  private static String compare(float[] plain, float[] shifted, int size) {
    for (int i = 0; i < size; i++) {
      if (!Float.isFinite(plain[i])) {
        return "left entry " + i + " as " + plain[i] + " (every entry must be written with a finite value)";
      }
    }
    for (int i = size; i < plain.length; i++) {
      if (!Float.isNaN(plain[i])) {
        return "at offset 0 wrote entry " + i + " outside [0, " + size + ")";
      }
    }
    for (int i = 0; i < shifted.length; i++) {
      boolean inside = i >= TENSOR_OFFSET && i < TENSOR_OFFSET + size;
      if (!inside && !Float.isNaN(shifted[i])) {
        return "at offset " + TENSOR_OFFSET + " wrote entry " + i + " outside [" + TENSOR_OFFSET + ", "
            + (TENSOR_OFFSET + size) + ")";
      }
      if (inside && Float.compare(shifted[i], plain[i - TENSOR_OFFSET]) != 0) {
        return "at offset " + TENSOR_OFFSET + " wrote " + shifted[i] + " at entry " + (i - TENSOR_OFFSET)
            + " but " + plain[i - TENSOR_OFFSET] + " at offset 0";
      }
    }
    return null;
  }

  private void checkSampler(State state, int player, String origin, RandomGenerator random) {
    String key;
    String before;
    int count;
    try {
      key = state.informationStateKey(player);
      before = state.toString() + "|" + state.observation(player);
      count = state.legalActions(player, legal);
    } catch (RuntimeException e) {
      return; // reported by the inspector
    }
    for (int sample = 0; sample < SAMPLES; sample++) {
      State sampled;
      try {
        sampled = sampler.sample(state, player, random);
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.HIDDEN_STATE, Locations.of(origin, state),
            "sample(state, " + player + ", random)", e);
        return;
      }
      String problem;
      if (sampled == null || sampled == state) {
        problem = sampled == null ? "returned null" : "returned the state itself";
      } else if (!key.equals(sampled.informationStateKey(player))) {
        problem = "changed the key from '" + key + "' to '" + sampled.informationStateKey(player) + "'";
      } else if (!Arrays.equals(Arrays.copyOf(legal, count),
          Arrays.copyOf(sampledLegal, sampled.legalActions(player, sampledLegal)))) {
        problem = "changed the player's legal actions";
      } else if (!sampled.turn().equals(state.turn())) {
        problem = "changed the turn from " + state.turn() + " to " + sampled.turn();
      } else if (!before.equals(state.toString() + "|" + state.observation(player))) {
        problem = "changed the original state";
      } else {
        continue;
      }
      log.add(ConformanceCheck.HIDDEN_STATE, Locations.of(origin, state) + ": sample(state, " + player + ", random) "
          + problem);
      return;
    }
  }
}
