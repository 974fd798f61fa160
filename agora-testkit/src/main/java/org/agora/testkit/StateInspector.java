package org.agora.testkit;

import java.util.Arrays;
import org.agora.core.Game;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * The cheap checks run at every state a playout or the enumeration visits: turn kinds, declared
 * game type, legal actions, listed chance outcomes, and the availability of information-state keys
 * and observations, feeding the information-state index. Not thread-safe (reuses buffers).
 */
final class StateInspector {

  private static final double PROBABILITY_TOLERANCE = 1e-9;

  private final ViolationLog log;
  private final InformationStateIndex index;
  private final GameType type;
  private final int players;
  private final int actionCount;
  private final int maxChanceOutcomes;
  private final int[] buffer;
  private final int[][] playerLegal;
  private final int[] playerCounts;
  private final int[] outcomes;
  private final double[] probabilities;
  private final boolean[] seenOutcome;

  StateInspector(Game game, ViolationLog log, InformationStateIndex index) {
    this.log = log;
    this.index = index;
    this.type = game.type();
    this.players = game.playerCount();
    this.actionCount = game.actionCount();
    this.maxChanceOutcomes = game.maxChanceOutcomes();
    int width = width(game);
    this.buffer = new int[width];
    this.playerLegal = new int[players][width];
    this.playerCounts = new int[players];
    this.outcomes = new int[width];
    this.probabilities = new double[width];
    this.seenOutcome = new boolean[width];
  }

  /** Size of buffers that can hold any legal-action or chance-outcome list of {@code game}. */
  static int width(Game game) {
    return Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()));
  }

  /** Runs the cheap checks; returns the state's turn, or null when it cannot be read. */
  Turn inspect(State state, String origin) {
    Turn turn;
    try {
      turn = state.turn();
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.TURN, Locations.of(origin, state), "turn()", e);
      return null;
    }
    if (turn == null) {
      log.add(ConformanceCheck.TURN, Locations.of(origin, state) + ": turn() returned null");
      return null;
    }
    checkKinds(state, turn, origin);
    if (turn instanceof Turn.Decision decision && decision.player() >= players) {
      log.add(ConformanceCheck.TURN, Locations.of(origin, state) + ": decision node of player " + decision.player()
          + " in a game of " + players + " players");
      return turn;
    }
    checkLegalActions(state, turn, origin);
    checkGameType(state, turn, origin);
    if (turn == Turn.CHANCE) {
      checkChanceList(state, origin);
    } else {
      try {
        int count = state.chanceOutcomes(outcomes, probabilities);
        if (count != 0) {
          log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": chanceOutcomes returned " + count
              + " outcomes at a " + turn + " node");
        }
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.CHANCE, Locations.of(origin, state), "chanceOutcomes at a " + turn + " node", e);
      }
    }
    if (turn != Turn.TERMINAL) {
      checkKeysAndObservations(state, turn, origin);
    }
    return turn;
  }

  private void checkKinds(State state, Turn turn, String origin) {
    String[] names = {"isTerminal()", "isChanceNode()", "isSimultaneousNode()", "isDecisionNode()"};
    boolean[] expected = {turn == Turn.TERMINAL, turn == Turn.CHANCE, turn == Turn.SIMULTANEOUS,
        turn instanceof Turn.Decision};
    for (int kind = 0; kind < names.length; kind++) {
      boolean actual;
      try {
        actual = switch (kind) {
          case 0 -> state.isTerminal();
          case 1 -> state.isChanceNode();
          case 2 -> state.isSimultaneousNode();
          default -> state.isDecisionNode();
        };
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.TURN, Locations.of(origin, state), names[kind], e);
        continue;
      }
      if (actual != expected[kind]) {
        log.add(ConformanceCheck.TURN, Locations.of(origin, state) + ": " + names[kind] + " is " + actual
            + " but turn() is " + turn);
      }
    }
  }

  private void checkGameType(State state, Turn turn, String origin) {
    if (type == null) {
      return;
    }
    if (turn == Turn.SIMULTANEOUS && type.dynamics() == GameType.Dynamics.SEQUENTIAL) {
      log.add(ConformanceCheck.GAME_TYPE, Locations.of(origin, state)
          + ": a game declared SEQUENTIAL shows a simultaneous node");
    }
    if (turn == Turn.CHANCE && type.chance() == GameType.Chance.NONE) {
      log.add(ConformanceCheck.GAME_TYPE, Locations.of(origin, state)
          + ": a game declared without chance (Chance.NONE) shows a chance node");
    }
    if (turn == Turn.SIMULTANEOUS && type.information() == GameType.Information.PERFECT) {
      int choosing = 0;
      for (int p = 0; p < players; p++) {
        choosing += playerCounts[p] > 1 ? 1 : 0;
      }
      if (choosing > 1) {
        log.add(ConformanceCheck.GAME_TYPE, Locations.of(origin, state) + ": a game declared PERFECT information"
            + " has a simultaneous node where " + choosing + " players choose unseen");
      }
    }
  }

  private void checkLegalActions(State state, Turn turn, String origin) {
    int mover = turn instanceof Turn.Decision decision ? decision.player() : -1;
    for (int p = 0; p < players; p++) {
      int count = legalOf(state, p, playerLegal[p], origin);
      playerCounts[p] = Math.max(0, count);
      if (count < 0) {
        continue;
      }
      String who = "player " + p;
      if (p == mover || turn == Turn.SIMULTANEOUS) {
        if (count == 0) {
          log.add(ConformanceCheck.LEGAL_ACTIONS, Locations.of(origin, state) + ": " + who + " moves at a " + turn
              + " node but has no legal action");
        }
        validate(state, playerLegal[p], count, actionCount, who + "'s legal actions", origin);
      } else if (count > 0) {
        log.add(ConformanceCheck.LEGAL_ACTIONS, Locations.of(origin, state) + ": " + who + " has " + count
            + " legal actions at a " + turn + " node");
      }
    }
    int count = legalAll(state, origin);
    if (count < 0 || turn == Turn.CHANCE) {
      return;
    }
    if (mover >= 0) {
      if (!Arrays.equals(buffer, 0, count, playerLegal[mover], 0, playerCounts[mover])) {
        log.add(ConformanceCheck.LEGAL_ACTIONS, Locations.of(origin, state) + ": legalActions(out) gives "
            + Arrays.toString(Arrays.copyOf(buffer, count)) + " but legalActions(" + mover + ", out) gives "
            + Arrays.toString(Arrays.copyOf(playerLegal[mover], playerCounts[mover])));
      }
    } else if (count != 0) {
      log.add(ConformanceCheck.LEGAL_ACTIONS, Locations.of(origin, state) + ": legalActions(out) returned " + count
          + " moves at a " + turn + " node (expected none)");
    }
  }

  private int legalOf(State state, int player, int[] out, String origin) {
    Arrays.fill(out, -1);
    try {
      return state.legalActions(player, out);
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.LEGAL_ACTIONS, Locations.of(origin, state), "legalActions(" + player + ", out)", e);
      return -1;
    }
  }

  private int legalAll(State state, String origin) {
    Arrays.fill(buffer, -1);
    try {
      return state.legalActions(buffer);
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.LEGAL_ACTIONS, Locations.of(origin, state), "legalActions(out)", e);
      return -1;
    }
  }

  /** Checks that {@code values[0 .. count)} is strictly increasing within {@code [0, bound)}. */
  private boolean validate(State state, int[] values, int count, int bound, String what, String origin) {
    for (int i = 0; i < count; i++) {
      int value = values[i];
      if (value < 0 || value >= bound) {
        log.add(ConformanceCheck.LEGAL_ACTIONS, Locations.of(origin, state) + ": " + what + " "
            + Arrays.toString(Arrays.copyOf(values, count)) + " contain " + value + ", outside [0, " + bound + ")");
        return false;
      }
      if (i > 0 && value <= values[i - 1]) {
        log.add(ConformanceCheck.LEGAL_ACTIONS, Locations.of(origin, state) + ": " + what + " "
            + Arrays.toString(Arrays.copyOf(values, count)) + " are not strictly increasing");
        return false;
      }
    }
    return true;
  }

  private void checkChanceList(State state, String origin) {
    Arrays.fill(outcomes, -1);
    Arrays.fill(probabilities, Double.NaN);
    int count;
    try {
      count = state.chanceOutcomes(outcomes, probabilities);
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.CHANCE, Locations.of(origin, state), "chanceOutcomes", e);
      return;
    }
    if (count == 0 && type != null && type.chance() == GameType.Chance.SAMPLED) {
      return;
    }
    if (count <= 0 || count > maxChanceOutcomes) {
      log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": chanceOutcomes returned " + count
          + " outcomes, expected between 1 and maxChanceOutcomes() = " + maxChanceOutcomes);
      return;
    }
    Arrays.fill(seenOutcome, false);
    double sum = 0.0;
    for (int i = 0; i < count; i++) {
      int outcome = outcomes[i];
      double probability = probabilities[i];
      if (outcome < 0 || outcome >= maxChanceOutcomes) {
        log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": chance outcome " + outcome
            + " is outside [0, maxChanceOutcomes() = " + maxChanceOutcomes + ")");
      } else if (seenOutcome[outcome]) {
        log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": chance outcome " + outcome + " is listed twice");
      } else {
        seenOutcome[outcome] = true;
      }
      if (!(probability > 0.0 && probability <= 1.0)) {
        log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": chance outcome " + outcome
            + " has probability " + probability + ", outside (0, 1]");
      }
      sum += probability;
    }
    if (!(Math.abs(sum - 1.0) <= PROBABILITY_TOLERANCE)) {
      log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": chance probabilities "
          + Arrays.toString(Arrays.copyOf(probabilities, count)) + " sum to " + sum + ", not 1");
    }
    int listed = legalAll(state, origin);
    if (listed < 0) {
      return;
    }
    int[] sorted = Arrays.copyOf(outcomes, count);
    Arrays.sort(sorted);
    if (!Arrays.equals(buffer, 0, listed, sorted, 0, count)) {
      log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": legalActions(out) at a chance node gives "
          + Arrays.toString(Arrays.copyOf(buffer, Math.max(0, listed))) + ", expected the outcome ids in increasing order "
          + Arrays.toString(sorted));
    }
  }

  private void checkKeysAndObservations(State state, Turn turn, String origin) {
    int mover = turn instanceof Turn.Decision decision ? decision.player() : -1;
    for (int p = 0; p < players; p++) {
      boolean moves = p == mover || turn == Turn.SIMULTANEOUS;
      String key = null;
      try {
        key = state.informationStateKey(p);
        if (key == null) {
          log.add(ConformanceCheck.OBSERVATION, Locations.of(origin, state) + ": informationStateKey(" + p
              + ") returned null");
        }
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.OBSERVATION, Locations.of(origin, state), "informationStateKey(" + p + ")", e);
      }
      try {
        if (state.observation(p) == null) {
          log.add(ConformanceCheck.OBSERVATION, Locations.of(origin, state) + ": observation(" + p + ") returned null");
        }
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.OBSERVATION, Locations.of(origin, state), "observation(" + p + ")", e);
      }
      if (!moves || key == null) {
        continue;
      }
      if (key.isEmpty()) {
        log.add(ConformanceCheck.INFORMATION_STATE, Locations.of(origin, state) + ": player " + p
            + " moves but its information-state key is empty");
      }
      int[] previous = index.record(p, key, playerLegal[p], playerCounts[p]);
      if (previous != null) {
        log.add(ConformanceCheck.INFORMATION_STATE, Locations.of(origin, state) + ": player " + p
            + "'s information-state key " + StateSnapshot.shorten(key) + " was seen with legal actions "
            + Arrays.toString(previous) + " and now with "
            + Arrays.toString(Arrays.copyOf(playerLegal[p], playerCounts[p])));
      }
    }
  }
}
