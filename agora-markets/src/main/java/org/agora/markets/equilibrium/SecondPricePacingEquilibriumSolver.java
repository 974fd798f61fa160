package org.agora.markets.equilibrium;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * A second-price pacing equilibrium (SPPE) of a small market by mixed-integer programming (Conitzer, Kroer,
 * Sodomka, Stier-Moses, "Multiplicative Pacing Equilibria in Auction Markets", WINE 2018 / Operations Research
 * 2022). Each good is sold by a second-price auction on paced bids {@code alpha_i v_ij}: winners hold the highest
 * paced bid and pay the second highest (the highest when tied), goods with a positive price are fully sold, no
 * buyer overspends, and a buyer paced below 1 spends its whole budget. An SPPE always exists but computing one is
 * PPAD-hard (Chen, Kroer, Kumar, "The Complexity of Pacing for Second-Price Auctions", EC 2021), hence a MIP for
 * small markets, in the spirit of the paper's formulation (written here from the definition):
 *
 * <ul>
 *   <li>continuous {@code alpha_i in [0, 1]}, prices {@code p_j >= 0} and spends {@code s_ij >= 0} (buyer i's
 *       payment for good j; all winners pay the same unit price, so {@code x_ij = s_ij / p_j} and spending is
 *       linear);
 *   <li>binary {@code w_ij} (i may win j), {@code z_kj} (k's paced bid sets j's price), {@code y_i} (i's budget
 *       binds);
 *   <li>winners bid highest: {@code alpha_i v_ij >= alpha_k v_kj - M_j (1 - w_ij)}; losers bid at most the price:
 *       {@code p_j >= alpha_k v_kj - M_j w_kj}; tied winners pay the top bid:
 *       {@code p_j >= alpha_k v_kj - M_j (2 - sum_l w_lj)}; the price is some bid: {@code p_j <= alpha_k v_kj + M_j (1 - z_kj)},
 *       {@code sum_k z_kj = 1}, and a winner sets the price only when tied: {@code z_kj + w_kj <= sum_l w_lj};
 *   <li>full sale at the price: {@code sum_i s_ij = s_j p_j}, {@code s_ij <= M_j s_j w_ij}; budgets
 *       {@code sum_j s_ij <= B_i}; no needless pacing: {@code alpha_i >= 1 - y_i}, {@code sum_j s_ij >= B_i y_i},
 * </ul>
 *
 * with {@code M_j = max_i v_ij}. The objective picks the revenue-maximal or revenue-minimal SPPE (SPPE need not be
 * unique). Solved by ojAlgo's branch and bound; {@code 2 n m + n} binaries, so keep {@code n m} small (at most
 * {@link #MAX_CELLS}). The result is checked against the SPPE conditions ({@link EquilibriumConditions}) and its
 * {@code accuracy} is the largest violation: a verified certificate independent of the solver.
 */
public final class SecondPricePacingEquilibriumSolver {

  /** Which SPPE to return. */
  public enum Objective {
    /** The SPPE with the highest revenue. */
    MAXIMUM_REVENUE,
    /** The SPPE with the lowest revenue. */
    MINIMUM_REVENUE
  }

  /** The largest {@code buyers * goods} accepted (3 x 4 takes a few seconds on one core). */
  public static final int MAX_CELLS = 30;

  /** The MIP solver gives up after this long (then {@link #solve} throws rather than hang). */
  static final long TIME_LIMIT_MILLISECONDS = 60_000;

  private final Objective objective;

  /** A solver returning the SPPE that this objective selects. */
  public SecondPricePacingEquilibriumSolver(Objective objective) {
    this.objective = java.util.Objects.requireNonNull(objective, "objective");
  }

  /**
   * An SPPE of this market.
   *
   * @throws IllegalArgumentException for a market with more than {@link #MAX_CELLS} buyer–good pairs
   * @throws IllegalStateException when the MIP solver returns no optimal solution (within a minute) or its solution fails the
   *     SPPE conditions by more than 1e-6, with every big-M constant tried: ojAlgo's branch and bound still
   *     reports 4 of 120 random 3 x 3 solves (seeds 1-60 of the tests' generator, both objectives) INFEASIBLE
   *     although an SPPE exists; the error says so rather than returning a wrong answer
   */
  public MarketEquilibrium solve(Market market) {
    int n = market.buyers();
    int m = market.goods();
    if ((long) n * m > MAX_CELLS) {
      throw new IllegalArgumentException("second-price pacing equilibria are computed by a MIP for small markets: at most "
          + MAX_CELLS + " buyer-good pairs, got " + n + " x " + m);
    }
    IllegalStateException last = null;
    for (double factor : BIG_M_FACTORS) {
      try {
        return attempt(market, factor);
      } catch (IllegalStateException failed) {
        last = failed;
      }
    }
    throw new IllegalStateException(last.getMessage() + " (with each of " + BIG_M_FACTORS.length + " big-M constants)");
  }

  /**
   * Big-M constants tried in turn, as multiples of a good's largest value: every one gives a valid
   * formulation, but ojAlgo's branch and bound is numerically fragile and reports some feasible 3 x 3
   * markets INFEASIBLE under one constant and solves them under another (measured: 9 of 120 random 3 x 3
   * solves failed with a single constant).
   */
  private static final double[] BIG_M_FACTORS = {1.01, 2, 1.5, 4, 8};

  private MarketEquilibrium attempt(Market market, double factor) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] alpha = new Variable[n];
    Variable[] binding = new Variable[n];
    for (int i = 0; i < n; i++) {
      alpha[i] = model.addVariable("alpha" + i).lower(0).upper(1);
      binding[i] = model.addVariable("y" + i).binary();
    }
    Variable[] price = new Variable[m];
    for (int j = 0; j < m; j++) {
      price[j] = model.addVariable("p" + j).lower(0).weight(objective == Objective.MAXIMUM_REVENUE ? 1 : -1);
    }
    Variable[] spend = new Variable[n * m];
    Variable[] wins = new Variable[n * m];
    Variable[] setter = new Variable[n * m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        int cell = i * m + j;
        spend[cell] = model.addVariable("s" + cell).lower(0);
        wins[cell] = model.addVariable("w" + cell).binary();
        setter[cell] = model.addVariable("z" + cell).binary();
        if (v[cell] == 0) {
          wins[cell].upper(0);
        }
      }
    }
    for (int j = 0; j < m; j++) {
      double big = 0;
      for (int i = 0; i < n; i++) {
        big = Math.max(big, v[i * m + j]);
      }
      big *= factor;
      Expression oneSetter = model.addExpression("setter" + j).level(1);
      Expression someWinner = model.addExpression("winner" + j).lower(1);
      Expression sale = model.addExpression("sale" + j).level(0);
      sale.set(price[j], -market.supply(j));
      for (int k = 0; k < n; k++) {
        int cellK = k * m + j;
        oneSetter.set(setter[cellK], 1);
        someWinner.set(wins[cellK], 1);
        sale.set(spend[cellK], 1);
        // losers bid at most the price: p_j - alpha_k v_kj + M w_kj >= 0
        model.addExpression("loser" + cellK).lower(0).set(price[j], 1).set(alpha[k], -v[cellK]).set(wins[cellK], big);
        // with two or more winners the price is the (tied) top bid: p_j - alpha_k v_kj - M sum_l w_lj >= -2M
        Expression tie = model.addExpression("tie" + cellK).lower(-2 * big).set(price[j], 1).set(alpha[k], -v[cellK]);
        for (int l = 0; l < n; l++) {
          tie.set(wins[l * m + j], -big);
        }
        // the price is the setter's bid: p_j - alpha_k v_kj + M z_kj <= M
        model.addExpression("price" + cellK).upper(big).set(price[j], 1).set(alpha[k], -v[cellK]).set(setter[cellK], big);
        // a winner sets the price only when tied: z_kj + w_kj - sum_l w_lj <= 0
        Expression tied = model.addExpression("tied" + cellK).upper(0).set(setter[cellK], 1);
        for (int l = 0; l < n; l++) {
          tied.set(wins[l * m + j], l == k ? 0 : -1);
        }
        // only winners pay: s_kj <= M w_kj
        model.addExpression("pays" + cellK).upper(0).set(spend[cellK], 1).set(wins[cellK], -big * market.supply(j));
        for (int i = 0; i < n; i++) {
          if (i == k) {
            continue;
          }
          int cellI = i * m + j;
          // winners bid highest: alpha_i v_ij - alpha_k v_kj - M w_ij >= -M
          model.addExpression("top" + cellI + "_" + k).lower(-big).set(alpha[i], v[cellI]).set(alpha[k], -v[cellK])
              .set(wins[cellI], -big);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      double budget = market.budget(i);
      Expression budgetRow = model.addExpression("budget" + i).upper(budget);
      Expression exhausted = model.addExpression("exhausted" + i).lower(0).set(binding[i], -budget);
      for (int j = 0; j < m; j++) {
        budgetRow.set(spend[i * m + j], 1);
        exhausted.set(spend[i * m + j], 1);
      }
      model.addExpression("unpaced" + i).lower(1).set(alpha[i], 1).set(binding[i], 1);
    }
    model.options.time_abort = TIME_LIMIT_MILLISECONDS;
    // One branch-and-bound worker: ojAlgo's parallel workers made the outcome depend on thread timing
    // (a feasible 3 x 3 market came back INFEASIBLE under load); serial search is deterministic.
    model.options.integer(IntegerStrategy.DEFAULT.withParallelism(() -> 1));
    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("the MIP solver stopped without an optimal solution: " + result.getState());
    }
    double[] multipliers = new double[n];
    for (int i = 0; i < n; i++) {
      multipliers[i] = clamp(alpha[i].getValue().doubleValue(), 0, 1);
    }
    double[] prices = new double[m];
    double[] allocation = new double[n * m];
    for (int j = 0; j < m; j++) {
      prices[j] = Math.max(0, price[j].getValue().doubleValue());
      int winners = 0;
      for (int i = 0; i < n; i++) {
        winners += wins[i * m + j].getValue().doubleValue() > 0.5 ? 1 : 0;
      }
      for (int i = 0; i < n; i++) {
        int cell = i * m + j;
        boolean winner = wins[cell].getValue().doubleValue() > 0.5;
        double paid = Math.max(0, spend[cell].getValue().doubleValue());
        allocation[cell] = prices[j] > 1e-12 ? paid / prices[j] : (winner ? market.supply(j) / winners : 0);
      }
    }
    MarketEquilibrium draft = MarketEquilibrium.of(EquilibriumKind.SECOND_PRICE_PACING,
        "mixed-integer program (" + objective.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")", market,
        prices, allocation, multipliers, null, Double.NaN, Double.NaN, 1);
    MarketEquilibrium checked = ProportionalResponse.withAccuracy(draft);
    if (checked.accuracy() > 1e-6) {
      throw new IllegalStateException("the MIP solution fails the SPPE conditions: " + EquilibriumConditions.check(checked));
    }
    return checked;
  }

  private static double clamp(double value, double low, double high) {
    return Math.min(high, Math.max(low, value));
  }
}
