package org.agora.cooperative.core;

import java.util.Arrays;
import org.agora.cooperative.CoalitionGame;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Kohlberg's characterisation of the (pre)nucleolus (Kohlberg, "On the nucleolus of a characteristic
 * function game", SIAM Journal on Applied Mathematics 20, 1971), a check independent of the LP sequence
 * of {@link Nucleolus}. For an efficient x and a level alpha let {@code D(alpha)} be the proper
 * non-empty coalitions with excess at least alpha. Then
 * <ul>
 *   <li>x is the prenucleolus iff every non-empty {@code D(alpha)} is balanced: some weights
 *       {@code lambda_S > 0} on its members have {@code sum lambda_S 1_S = 1_N};
 *   <li>an imputation x is the nucleolus iff for every non-empty {@code D(alpha)} there are such weights,
 *       positive on {@code D(alpha)}, with extra weights {@code >= 0} allowed on the singletons {i} held
 *       at {@code x_i = v(i)}.
 * </ul>
 * One feasibility LP per distinct excess level (ojAlgo, weights scaled to {@code >= 1}), so
 * {@code O(2^n)} small LPs: meant for small games, n up to {@link #MAX_PLAYERS}. Excesses within the
 * tolerance of each other count as one level.
 */
public final class KohlbergCriterion {

  /** The largest player count. */
  public static final int MAX_PLAYERS = 10;

  private KohlbergCriterion() {}

  /**
   * Whether {@code payoffs} is the prenucleolus (when {@code imputations} is false) or the nucleolus.
   *
   * @param tolerance excess differences up to this (relative to the largest |v(S)|) are ties; also the
   *     efficiency and individual-rationality tolerance
   * @throws IllegalArgumentException if n is outside [1, 10], the payoff count is not n, or a value or
   *     payoff is not finite
   */
  public static boolean holds(CoalitionGame game, double[] payoffs, boolean imputations, double tolerance) {
    double[] values = CoalitionTable.read(game, "Kohlberg criterion", MAX_PLAYERS);
    int n = game.playerCount();
    if (payoffs.length != n) {
      throw new IllegalArgumentException("the Kohlberg criterion needs one payoff per player: " + n + " payoffs, not "
          + payoffs.length);
    }
    for (double payoff : payoffs) {
      if (!Double.isFinite(payoff)) {
        throw new IllegalArgumentException("payoffs must be finite, not " + payoff);
      }
    }
    double slack = tolerance * CoalitionTable.scale(values);
    int grand = (1 << n) - 1;
    if (Math.abs(-Nucleolus.excess(values, payoffs, grand)) > slack) {
      return false;
    }
    boolean[] heldAtValue = new boolean[n];
    for (int i = 0; i < n; i++) {
      double above = payoffs[i] - values[1 << i];
      if (imputations && above < -slack) {
        return false;
      }
      heldAtValue[i] = imputations && above <= slack;
    }
    if (n == 1) {
      return true;
    }
    double[] excess = new double[grand];
    for (int coalition = 1; coalition < grand; coalition++) {
      excess[coalition] = Nucleolus.excess(values, payoffs, coalition);
    }
    double[] levels = Arrays.copyOfRange(excess, 1, grand);
    Arrays.sort(levels);
    for (int k = levels.length - 1; k >= 0; k--) {
      if (k < levels.length - 1 && levels[k] > levels[k + 1] - slack) {
        continue; // tied with the level just checked
      }
      if (!balanced(excess, levels[k] - slack, heldAtValue, n)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code D(alpha)} (plus the held singletons, at weight {@code >= 0}) is balanced. */
  private static boolean balanced(double[] excess, double alpha, boolean[] heldAtValue, int n) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Expression[] rows = new Expression[n];
    Variable level = model.addVariable("t").lower(0.0).upper(1e9);
    for (int i = 0; i < n; i++) {
      rows[i] = model.addExpression("player" + i).level(0.0);
      rows[i].set(level, -1.0);
    }
    for (int coalition = 1; coalition < excess.length; coalition++) {
      if (excess[coalition] >= alpha) {
        Variable weight = model.addVariable("w" + coalition).lower(1.0).upper(1e6);
        for (int i = 0; i < n; i++) {
          if ((coalition >>> i & 1) != 0) {
            rows[i].set(weight, 1.0);
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (heldAtValue[i]) {
        rows[i].set(model.addVariable("held" + i).lower(0.0).upper(1e9), 1.0);
      }
    }
    Optimisation.Result result = model.minimise();
    return result.getState().isFeasible();
  }
}
