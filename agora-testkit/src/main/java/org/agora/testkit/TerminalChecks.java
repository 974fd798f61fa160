package org.agora.testkit;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.agora.core.Game;
import org.agora.core.GameType;
import org.agora.core.State;

/**
 * Checks at terminal states: returns finite and within the declared bounds, and the declared
 * utility relation (zero-sum, constant-sum with {@code utilitySum()}, identical) holding.
 */
final class TerminalChecks {

  private final ViolationLog log;
  private final int players;
  private final double minUtility;
  private final double maxUtility;
  private final double tolerance;
  private final GameType.Utility utility;
  private final OptionalDouble declaredSum;
  private double firstSum = Double.NaN;

  TerminalChecks(Game game, ViolationLog log) {
    this.log = log;
    this.players = game.playerCount();
    this.minUtility = game.minUtility();
    this.maxUtility = game.maxUtility();
    double scale = Math.max(1.0, Math.max(Math.abs(minUtility), Math.abs(maxUtility)));
    this.tolerance = 1e-9 * (Double.isFinite(scale) ? scale : 1.0);
    this.utility = game.type() == null ? null : game.type().utility();
    OptionalDouble sum;
    try {
      sum = game.utilitySum();
    } catch (RuntimeException e) {
      sum = null;
    }
    this.declaredSum = sum == null ? OptionalDouble.empty() : sum;
  }

  void check(State state, String origin) {
    double[] returns = new double[players];
    for (int p = 0; p < players; p++) {
      try {
        returns[p] = state.returns(p);
      } catch (RuntimeException e) {
        log.thrown(ConformanceCheck.RETURNS, Locations.of(origin, state), "returns(" + p + ") at a terminal state", e);
        return;
      }
      if (!Double.isFinite(returns[p])) {
        log.add(ConformanceCheck.RETURNS, Locations.of(origin, state) + ": terminal returns(" + p + ") is " + returns[p]);
        return;
      }
      if (returns[p] < minUtility - tolerance || returns[p] > maxUtility + tolerance) {
        log.add(ConformanceCheck.RETURNS, Locations.of(origin, state) + ": terminal returns(" + p + ") = " + returns[p]
            + " is outside [minUtility, maxUtility] = [" + minUtility + ", " + maxUtility + "]");
      }
    }
    double sum = 0.0;
    for (double value : returns) {
      sum += value;
    }
    double sumTolerance = tolerance * players;
    if (declaredSum.isPresent() && !(Math.abs(sum - declaredSum.getAsDouble()) <= sumTolerance)) {
      log.add(ConformanceCheck.UTILITY, Locations.of(origin, state) + ": returns " + Arrays.toString(returns)
          + " sum to " + sum + " but utilitySum() is " + declaredSum.getAsDouble());
    }
    if (utility == GameType.Utility.ZERO_SUM && declaredSum.isEmpty() && !(Math.abs(sum) <= sumTolerance)) {
      log.add(ConformanceCheck.UTILITY, Locations.of(origin, state) + ": the game is declared zero-sum but returns "
          + Arrays.toString(returns) + " sum to " + sum);
    }
    if (utility == GameType.Utility.CONSTANT_SUM) {
      if (Double.isNaN(firstSum)) {
        firstSum = sum;
      } else if (!(Math.abs(sum - firstSum) <= sumTolerance)) {
        log.add(ConformanceCheck.UTILITY, Locations.of(origin, state) + ": the game is declared constant-sum but returns "
            + Arrays.toString(returns) + " sum to " + sum + " while an earlier terminal state summed to " + firstSum);
      }
    }
    if (utility == GameType.Utility.IDENTICAL) {
      for (int p = 1; p < players; p++) {
        if (!(Math.abs(returns[p] - returns[0]) <= tolerance)) {
          log.add(ConformanceCheck.UTILITY, Locations.of(origin, state) + ": the game is declared IDENTICAL but returns "
              + Arrays.toString(returns) + " differ");
          break;
        }
      }
    }
  }
}
