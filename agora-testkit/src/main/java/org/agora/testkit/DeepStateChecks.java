package org.agora.testkit;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * The checks run at the sampled states of a playout, on top of {@link StateInspector}'s:
 * {@code currentPlayer} and {@code sampleChanceOutcome} off their node kinds, chance sampling against
 * the listed probabilities, action and outcome names, finite returns, exact values and, through
 * {@link AbilityChecks}, the game's other declared abilities. Not thread-safe.
 */
final class DeepStateChecks {

  /** Draws per chance node: an outcome of probability 0.05 is missed with probability about 1e-9. */
  static final int CHANCE_SAMPLES = 400;
  /** Outcomes at least this likely must be drawn at least once. */
  static final double LIKELY_OUTCOME = 0.05;
  /** Largest accepted gap between an outcome's frequency and its probability (about 8 standard deviations). */
  static final double FREQUENCY_TOLERANCE = 0.2;
  private static final double VALUE_TOLERANCE = 1e-9;

  private final ViolationLog log;
  private final GameType type;
  private final int players;
  private final int maxChanceOutcomes;
  private final int[] legal;
  private final int[] outcomes;
  private final double[] probabilities;
  private final int[] exactOutcomes;
  private final Rational[] exactProbabilities;
  private final ExactValues exact;
  private final AbilityChecks abilities;

  DeepStateChecks(Game game, ViolationLog log, AbilityChecks abilities) {
    this.log = log;
    this.abilities = abilities;
    this.exact = game.ability(ExactValues.class).orElse(null);
    this.type = game.type();
    this.players = game.playerCount();
    this.maxChanceOutcomes = game.maxChanceOutcomes();
    int width = StateInspector.width(game);
    this.legal = new int[width];
    this.outcomes = new int[width];
    this.probabilities = new double[width];
    this.exactOutcomes = new int[width];
    this.exactProbabilities = new Rational[width];
  }

  void check(State state, Turn turn, String origin, RandomGenerator random) {
    checkCurrentPlayer(state, turn, origin);
    if (turn == Turn.CHANCE) {
      checkSampling(state, origin, random);
    } else {
      try {
        int outcome = state.sampleChanceOutcome(random);
        log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": sampleChanceOutcome returned " + outcome
            + " at a " + turn + " node instead of throwing IllegalStateException");
      } catch (IllegalStateException expected) {
        // the documented behaviour
      } catch (RuntimeException e) {
        log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": sampleChanceOutcome at a " + turn
            + " node threw " + ViolationLog.describe(e) + " instead of IllegalStateException");
      }
    }
    checkNames(state, turn, origin);
    checkReturnsFinite(state, origin);
    if (exact != null) {
      checkExact(state, turn, origin);
    }
    abilities.check(state, turn, origin, random);
  }

  private void checkCurrentPlayer(State state, Turn turn, String origin) {
    try {
      int player = state.currentPlayer();
      if (!(turn instanceof Turn.Decision decision)) {
        log.add(ConformanceCheck.TURN, Locations.of(origin, state) + ": currentPlayer() returned " + player + " at a "
            + turn + " node instead of throwing IllegalStateException");
      } else if (decision.player() != player) {
        log.add(ConformanceCheck.TURN, Locations.of(origin, state) + ": currentPlayer() is " + player
            + " but turn() is " + turn);
      }
    } catch (IllegalStateException e) {
      if (turn instanceof Turn.Decision) {
        log.thrown(ConformanceCheck.TURN, Locations.of(origin, state), "currentPlayer() at a decision node", e);
      }
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.TURN, Locations.of(origin, state) + ": currentPlayer() threw " + ViolationLog.describe(e)
          + (turn instanceof Turn.Decision ? "" : " instead of IllegalStateException"));
    }
  }

  private void checkSampling(State state, String origin, RandomGenerator random) {
    int count;
    try {
      count = state.chanceOutcomes(outcomes, probabilities);
    } catch (RuntimeException e) {
      return; // reported by the inspector
    }
    if (count < 0 || count > outcomes.length) {
      return;
    }
    int[] draws = new int[count];
    for (int sample = 0; sample < CHANCE_SAMPLES; sample++) {
      int outcome;
      try {
        outcome = state.sampleChanceOutcome(random);
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.CHANCE, Locations.of(origin, state), "sampleChanceOutcome", e);
        return;
      }
      if (count == 0) {
        if (outcome < 0 || outcome >= maxChanceOutcomes) {
          log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": sampleChanceOutcome returned " + outcome
              + ", outside [0, maxChanceOutcomes() = " + maxChanceOutcomes + ")");
          return;
        }
        continue;
      }
      int position = positionOf(outcome, count);
      if (position < 0) {
        log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": sampleChanceOutcome returned " + outcome
            + ", which chanceOutcomes does not list " + Arrays.toString(Arrays.copyOf(outcomes, count)));
        return;
      }
      draws[position]++;
    }
    for (int i = 0; i < count; i++) {
      double frequency = draws[i] / (double) CHANCE_SAMPLES;
      double probability = probabilities[i];
      if ((probability >= LIKELY_OUTCOME && draws[i] == 0) || Math.abs(frequency - probability) > FREQUENCY_TOLERANCE) {
        log.add(ConformanceCheck.CHANCE, Locations.of(origin, state) + ": sampleChanceOutcome drew outcome "
            + outcomes[i] + " " + draws[i] + " times in " + CHANCE_SAMPLES + " draws, but its probability is "
            + probability);
      }
    }
  }

  private int positionOf(int outcome, int count) {
    for (int i = 0; i < count; i++) {
      if (outcomes[i] == outcome) {
        return i;
      }
    }
    return -1;
  }

  private void checkNames(State state, Turn turn, String origin) {
    if (turn == Turn.CHANCE) {
      int count;
      try {
        count = state.chanceOutcomes(outcomes, probabilities);
      } catch (RuntimeException e) {
        return;
      }
      for (int i = 0; i < count && i < outcomes.length; i++) {
        try {
          if (state.chanceOutcomeToString(outcomes[i]) == null) {
            log.add(ConformanceCheck.ACTION_NAMES, Locations.of(origin, state) + ": chanceOutcomeToString("
                + outcomes[i] + ") returned null");
          }
        } catch (RuntimeException e) {
          log.thrown(ConformanceCheck.ACTION_NAMES, Locations.of(origin, state),
              "chanceOutcomeToString(" + outcomes[i] + ")", e);
        }
      }
      return;
    }
    for (int p = 0; p < players; p++) {
      int count;
      try {
        count = state.legalActions(p, legal);
      } catch (RuntimeException e) {
        continue;
      }
      for (int i = 0; i < count && i < legal.length; i++) {
        try {
          if (state.actionToString(p, legal[i]) == null) {
            log.add(ConformanceCheck.ACTION_NAMES, Locations.of(origin, state) + ": actionToString(" + p + ", "
                + legal[i] + ") returned null");
          }
        } catch (RuntimeException e) {
          log.thrown(ConformanceCheck.ACTION_NAMES, Locations.of(origin, state),
              "actionToString(" + p + ", " + legal[i] + ")", e);
        }
      }
    }
  }

  private void checkReturnsFinite(State state, String origin) {
    for (int p = 0; p < players; p++) {
      try {
        double value = state.returns(p);
        if (!Double.isFinite(value)) {
          log.add(ConformanceCheck.RETURNS, Locations.of(origin, state) + ": returns(" + p + ") is " + value);
        }
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.RETURNS, Locations.of(origin, state), "returns(" + p + ")", e);
      }
    }
  }

  private void checkExact(State state, Turn turn, String origin) {
    for (int p = 0; p < players; p++) {
      try {
        Rational value = exact.exactReturn(state, p);
        double rounded = state.returns(p);
        if (value == null || !close(value.doubleValue(), rounded)) {
          log.add(ConformanceCheck.EXACT, Locations.of(origin, state) + ": exactReturn(" + p + ") is " + value
              + " but returns(" + p + ") is " + rounded);
        }
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.EXACT, Locations.of(origin, state), "exactReturn(" + p + ")", e);
      }
    }
    int count;
    int exactCount;
    try {
      count = state.chanceOutcomes(outcomes, probabilities);
      Arrays.fill(exactProbabilities, null);
      exactCount = exact.exactChanceOutcomes(state, exactOutcomes, exactProbabilities);
    } catch (RuntimeException e) {
      log.thrown(ConformanceCheck.EXACT, Locations.of(origin, state), "exactChanceOutcomes", e);
      return;
    }
    if (count != exactCount) {
      log.add(ConformanceCheck.EXACT, Locations.of(origin, state) + ": exactChanceOutcomes lists " + exactCount
          + " outcomes at a " + turn + " node but chanceOutcomes lists " + count);
      return;
    }
    if (count <= 0) {
      return;
    }
    Rational sum = Rational.ZERO;
    for (int i = 0; i < count; i++) {
      Rational probability = exactProbabilities[i];
      if (exactOutcomes[i] != outcomes[i] || probability == null || !close(probability.doubleValue(), probabilities[i])) {
        log.add(ConformanceCheck.EXACT, Locations.of(origin, state) + ": exact chance outcome " + exactOutcomes[i]
            + " with probability " + probability + " does not match outcome " + outcomes[i] + " with probability "
            + probabilities[i]);
        return;
      }
      sum = sum.add(probability);
    }
    if (!sum.equals(Rational.ONE)) {
      log.add(ConformanceCheck.EXACT, Locations.of(origin, state) + ": exact chance probabilities sum to " + sum
          + ", not exactly 1");
    }
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }
}
