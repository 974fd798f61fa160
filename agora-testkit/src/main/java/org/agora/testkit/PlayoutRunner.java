package org.agora.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.core.Turn;

/**
 * Plays seeded random playouts, running the cheap checks at every state and, at sampled states,
 * the deep checks plus history contents, copy equivalence and independence, and serialization round
 * trips. A copy taken at each sampled state is fed the same moves as the original and compared with
 * it at the next sampled state. A state created with history recording off is fed the same moves
 * and compared with the original (history aside) at every sampled state. Not thread-safe.
 */
final class PlayoutRunner {

  private final Game game;
  private final ViolationLog log;
  private final StateInspector inspector;
  private final DeepStateChecks deep;
  private final TerminalChecks terminal;
  private final boolean registered;
  private final int players;
  private final int width;
  private final int maxGameLength;
  private final long stride;
  private final int[] legal;
  private final int[] outcomes;
  private final double[] probabilities;
  private long statesChecked;

  PlayoutRunner(Game game, ConformanceOptions options, ViolationLog log, StateInspector inspector,
      DeepStateChecks deep, TerminalChecks terminal, boolean registered) {
    this.game = game;
    this.log = log;
    this.inspector = inspector;
    this.deep = deep;
    this.terminal = terminal;
    this.registered = registered;
    this.players = game.playerCount();
    this.width = StateInspector.width(game);
    this.maxGameLength = game.maxGameLength();
    long positions = (long) maxGameLength + 1;
    this.stride = Math.max(1, (positions + options.maxStatesPerPlayout() - 1) / options.maxStatesPerPlayout());
    this.legal = new int[width];
    this.outcomes = new int[width];
    this.probabilities = new double[width];
  }

  long statesChecked() {
    return statesChecked;
  }

  /** Plays playout number {@code index}; the deep checks run where {@code (moves + index) % stride == 0}. */
  void run(int index, SplittableRandom random) {
    String origin = "playout " + index;
    State state = game.newInitialState();
    int[] expected = new int[16];
    int expectedLength = 0;
    State shadow = null;
    String shadowOrigin = null;
    State quiet = quietStateOrNull(origin);
    int moves = 0;
    while (true) {
      statesChecked++;
      Turn turn = inspector.inspect(state, origin);
      if (turn == null) {
        return;
      }
      if (turn == Turn.TERMINAL || (moves + index) % stride == 0) {
        deep.check(state, turn, origin, random.split());
        checkHistory(state, Arrays.copyOf(expected, expectedLength), origin);
        if (quiet != null && !checkQuiet(quiet, state, Arrays.copyOf(expected, expectedLength), origin)) {
          quiet = null;
        }
        StateSnapshot snapshot = StateSnapshot.capture(state, game, width);
        if (shadow != null) {
          String difference = StateSnapshot.capture(shadow, game, width).firstDifference(snapshot, "copy", "original");
          if (difference != null) {
            log.add(ConformanceCheck.COPY, Locations.of(origin, state) + ": a copy taken " + shadowOrigin
                + " and fed the same moves no longer matches the original: " + difference);
          }
        }
        if (!checkCopy(state, snapshot, origin, random.split())) {
          return; // the original is corrupted; whatever follows would be noise
        }
        checkSerialization(state, snapshot, origin);
        shadow = turn == Turn.TERMINAL ? null : copyOrNull(state);
        shadowOrigin = Locations.of("", state).strip();
      }
      if (turn == Turn.TERMINAL) {
        terminal.check(state, origin);
        return;
      }
      if (moves >= maxGameLength) {
        log.add(ConformanceCheck.LENGTH, Locations.of(origin, state) + ": the play is not over after maxGameLength() = "
            + maxGameLength + " moves");
        return;
      }
      int[] move = chooseMove(state, turn, origin, random);
      if (move == null) {
        return;
      }
      int before = state.historyLength();
      if (!apply(state, turn, move, origin, ConformanceCheck.PLAYOUT)) {
        return;
      }
      if (shadow != null && !apply(shadow, turn, move, origin, ConformanceCheck.COPY)) {
        shadow = null;
      }
      if (quiet != null && !apply(quiet, turn, move, origin, ConformanceCheck.HISTORY)) {
        quiet = null;
      }
      for (int entry : move) {
        if (expectedLength == expected.length) {
          expected = Arrays.copyOf(expected, expectedLength * 2);
        }
        expected[expectedLength++] = entry;
      }
      int after = state.historyLength();
      if (after != before + move.length) {
        log.add(ConformanceCheck.HISTORY, Locations.of(origin, state) + ": historyLength() went from " + before
            + " to " + after + " after a " + turn + " move, expected " + (before + move.length));
      }
      moves++;
    }
  }

  /** One move: {@code {action}} at decision and chance nodes, the joint action at simultaneous ones. */
  private int[] chooseMove(State state, Turn turn, String origin, RandomGenerator random) {
    try {
      if (turn == Turn.CHANCE) {
        int outcome = state.sampleChanceOutcome(random);
        int count = state.chanceOutcomes(outcomes, probabilities);
        boolean listed = count == 0 ? outcome >= 0 && outcome < game.maxChanceOutcomes()
            : Arrays.stream(outcomes, 0, Math.min(count, outcomes.length)).anyMatch(o -> o == outcome);
        if (!listed) {
          log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": sampleChanceOutcome returned " + outcome
              + ", which is not a listed chance outcome");
          return null;
        }
        return new int[] {outcome};
      }
      if (turn == Turn.SIMULTANEOUS) {
        int[] joint = new int[players];
        for (int p = 0; p < players; p++) {
          int count = state.legalActions(p, legal);
          if (count <= 0) {
            return null;
          }
          joint[p] = legal[random.nextInt(count)];
        }
        return joint;
      }
      int count = state.legalActions(legal);
      return count <= 0 ? null : new int[] {legal[random.nextInt(count)]};
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.PLAYOUT, Locations.of(origin, state), "choosing a move", e);
      return null;
    }
  }

  /**
   * Applies a move; a joint action is passed in a scratch array that is overwritten afterwards, so a
   * game that keeps the array shows up as a corrupted state.
   */
  private boolean apply(State state, Turn turn, int[] move, String origin, ConformanceCheck check) {
    try {
      if (turn == Turn.SIMULTANEOUS) {
        int[] scratch = move.clone();
        state.apply(scratch);
        Arrays.fill(scratch, -1);
      } else {
        state.apply(move[0]);
      }
      return true;
    } catch (RuntimeException e) {
      log.thrown(check, Locations.of(origin, state), (check == ConformanceCheck.COPY ? "a copy's " : "")
          + "apply(" + (move.length == 1 ? Integer.toString(move[0]) : Arrays.toString(move)) + ")", e);
      return false;
    }
  }

  private void checkHistory(State state, int[] expected, String origin) {
    try {
      int[] history = state.history();
      if (!Arrays.equals(history, expected)) {
        log.add(ConformanceCheck.HISTORY, Locations.of(origin, state) + ": history() is "
            + (history == null ? "null" : Locations.historyText(history)) + " but the moves applied were "
            + Locations.historyText(expected));
      } else if (state.historyLength() != expected.length) {
        log.add(ConformanceCheck.HISTORY, Locations.of(origin, state) + ": historyLength() is " + state.historyLength()
            + " but history() has " + expected.length + " entries");
      }
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.HISTORY, Locations.of(origin, state), "history()", e);
    }
  }

  /** A new initial state without history recording, or null (reported) when it cannot be made. */
  private State quietStateOrNull(String origin) {
    try {
      return game.newInitialState(false);
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.HISTORY, origin + ": newInitialState(false) threw " + ViolationLog.describe(e));
      return null;
    }
  }

  /**
   * Compares the state played without history recording with the original, history aside; its
   * history must throw {@link IllegalStateException}, or (for a game that cannot turn recording off)
   * list the moves. Returns false after a violation.
   */
  private boolean checkQuiet(State quiet, State state, int[] expected, String origin) {
    String difference = StateSnapshot.capture(quiet, game, width, false)
        .firstDifference(StateSnapshot.capture(state, game, width, false), "unrecorded", "original");
    if (difference != null) {
      log.add(ConformanceCheck.HISTORY, Locations.of(origin, state) + ": a state from newInitialState(false) fed the"
          + " same moves differs from the original: " + difference);
      return false;
    }
    try {
      int[] history = quiet.history();
      if (!Arrays.equals(history, expected)) {
        log.add(ConformanceCheck.HISTORY, Locations.of(origin, state) + ": a state from newInitialState(false) has"
            + " history() " + (history == null ? "null" : Locations.historyText(history))
            + " instead of throwing IllegalStateException or listing the moves");
        return false;
      }
    } catch (IllegalStateException expectedWhenOff) {
      return true;
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.HISTORY, Locations.of(origin, state) + ": history() of a state from"
          + " newInitialState(false) threw " + ViolationLog.describe(e) + " instead of IllegalStateException");
      return false;
    }
    return true;
  }

  private State copyOrNull(State state) {
    try {
      State copy = state.copy();
      return copy == state ? null : copy;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Checks copy equivalence and independence; returns false when playing the copy changed the original. */
  private boolean checkCopy(State state, StateSnapshot snapshot, String origin, RandomGenerator random) {
    State copy;
    try {
      copy = state.copy();
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.COPY, Locations.of(origin, state), "copy()", e);
      return true;
    }
    if (copy == null || copy == state) {
      log.add(ConformanceCheck.COPY, Locations.of(origin, state) + ": copy() returned "
          + (copy == null ? "null" : "the state itself"));
      return true;
    }
    String difference = StateSnapshot.capture(copy, game, width).firstDifference(snapshot, "copy", "original");
    if (difference != null) {
      log.add(ConformanceCheck.COPY, Locations.of(origin, state) + ": a fresh copy differs from the original: "
          + difference);
    }
    try {
      finish(copy, random);
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.COPY, Locations.of(origin, state), "playing a copy to the end", e);
    }
    difference = StateSnapshot.capture(state, game, width).firstDifference(snapshot, "now", "before");
    if (difference != null) {
      log.add(ConformanceCheck.COPY, Locations.of(origin, state)
          + ": playing a copy to the end changed the original: " + difference);
      return false;
    }
    return true;
  }

  /** Plays {@code state} to the end with random moves, at most {@code maxGameLength + 1} of them. */
  private void finish(State state, RandomGenerator random) {
    for (int moves = 0; moves <= maxGameLength; moves++) {
      Turn turn = state.turn();
      if (turn == Turn.TERMINAL) {
        return;
      }
      if (turn == Turn.CHANCE) {
        state.apply(state.sampleChanceOutcome(random));
      } else if (turn == Turn.SIMULTANEOUS) {
        int[] joint = new int[players];
        for (int p = 0; p < players; p++) {
          int count = state.legalActions(p, legal);
          if (count <= 0) {
            return;
          }
          joint[p] = legal[random.nextInt(count)];
        }
        state.apply(joint);
      } else {
        int count = state.legalActions(legal);
        if (count <= 0) {
          return;
        }
        state.apply(legal[random.nextInt(count)]);
      }
    }
  }

  private void checkSerialization(State state, StateSnapshot snapshot, String origin) {
    String text;
    try {
      text = StateSerializer.serialize(state);
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.SERIALIZATION, Locations.of(origin, state), "StateSerializer.serialize", e);
      return;
    }
    int newline = text.indexOf('\n');
    String historyText = newline < 0 ? "" : text.substring(newline + 1);
    compareRestored(state, snapshot, origin, "replayed", () -> StateSerializer.replay(game, historyText));
    if (registered) {
      compareRestored(state, snapshot, origin, "deserialized", () -> StateSerializer.deserialize(text));
    }
  }

  private void compareRestored(State state, StateSnapshot snapshot, String origin, String how,
      Supplier<State> restore) {
    State restored;
    try {
      restored = restore.get();
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.SERIALIZATION, Locations.of(origin, state) + ": the state could not be " + how
          + " from its own history: " + ViolationLog.describe(e));
      return;
    }
    String difference = StateSnapshot.capture(restored, game, width).firstDifference(snapshot, how, "original");
    if (difference != null) {
      log.add(ConformanceCheck.SERIALIZATION, Locations.of(origin, state) + ": the " + how + " state differs: "
          + difference);
    }
  }
}
