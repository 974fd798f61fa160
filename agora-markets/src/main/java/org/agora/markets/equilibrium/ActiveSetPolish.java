package org.agora.markets.equilibrium;

import java.util.Arrays;

/**
 * Turns the barrier's approximate (quasi-linear) Eisenberg–Gale solution into an equilibrium exact to rounding by
 * solving the equilibrium equations on its active structure, the crossover step of interior-point methods
 * (Megiddo, "On Finding Primal- and Dual-Optimal Bases", ORSA J. Computing 1991; here for the Eisenberg–Gale
 * program's optimality conditions rather than an LP basis).
 *
 * <p><b>Why it is needed.</b> The barrier certifies the objective to about {@code 1e-8} of the total budget, but when
 * the equilibrium is degenerate (a paced buyer tied with an unpaced buyer who buys nothing) the dual variables are
 * determined only to about the square root of that gap, so the returned point can violate the equilibrium
 * conditions by {@code 1e-4}.
 *
 * <p><b>The structure.</b> Given a tie tolerance {@code tau}, the winners of good j are the buyers whose bid
 * {@code beta_i v_ij} is within a factor {@code 1 - tau} of the highest; a buyer is budget-bound when it is paced
 * ({@code beta_i < 1 - tau}, pacing equilibrium) or always (Fisher market, where {@code beta_i = B_i / u_i}).
 *
 * <p><b>The equations on a fixed structure.</b> With {@code W_j} the winners of j and {@code x_ij} the allocation, an
 * equilibrium (Fisher, or first-price pacing with {@code alpha = beta}) on that structure satisfies
 *
 * <pre>  p_j = beta_i v_ij           (i in W_j)           prices are the winning bids
 *  sum_{i in W_j} x_ij = s_j                         every good is sold
 *  sum_j p_j x_ij = B_i         (i budget-bound)     paced buyers spend their budget
 *  beta_i = 1                   (i not bound)        unpaced buyers bid their values</pre>
 *
 * The first block is linear in {@code (p, beta)} alone: on each connected component of the bipartite graph of
 * winning pairs, prices and multipliers are fixed up to one common scale by propagating along a spanning tree, and
 * the scale is fixed by an unpaced buyer ({@code beta = 1}) or, when the whole component is budget-bound, by
 * summing its budget equations: {@code sum_{i in C} B_i = sum_{j in C} s_j p_j} (each good of C is sold only to
 * buyers of C). With the prices known the other two blocks are linear in {@code x}: the allocation is the
 * Euclidean projection of the barrier's allocation onto them, {@code x = x0 + A^T (A A^T)^-1 (c - A x0)}, computed
 * by eliminating the goods' rows (their block of {@code A A^T} is diagonal) and solving the buyers' Schur complement
 * by Cholesky; one budget row per wholly budget-bound component is dropped, being implied by the others and the
 * scale. Edges the projection drives negative are removed and the projection repeated; an unbound buyer it drives
 * over budget becomes bound. Cost {@code O(n m + sum_j |W_j|^2 + n^3)} per structure, small beside the barrier.
 *
 * <p><b>Choosing the structure.</b> Tolerances {@code 1e-6 ... 1e-2} are tried in turn and every candidate is
 * verified by {@link EquilibriumConditions}; since the equilibrium is unique in prices and multipliers, a
 * candidate satisfying the conditions to rounding is the equilibrium whatever tolerance produced it. The best
 * candidate replaces the barrier point only when its largest violation is smaller.
 */
final class ActiveSetPolish {

  /** The tie tolerances tried, in order. */
  private static final double[] TIE_TOLERANCES = {1e-6, 1e-5, 1e-4, 1e-3, 1e-2};

  /** A candidate this good stops the search. */
  private static final double GOOD_ENOUGH = 1e-12;

  /** Projections (each removing an edge or binding a buyer) before a structure is given up. */
  private static final int MAX_ROUNDS = 50;

  private ActiveSetPolish() {}

  /**
   * The better of the barrier point {@code barrier} and its polished versions, judged by the largest violation of
   * the equilibrium conditions; a polished result is named {@code barrier.method()} with {@code suffix} appended
   * and reports that violation as its accuracy.
   *
   * @param quasiLinear whether the multipliers are capped at 1 (pacing) or all buyers are budget-bound (Fisher)
   */
  static MarketEquilibrium improve(MarketEquilibrium barrier, boolean quasiLinear, String suffix) {
    double barrierViolation = EquilibriumConditions.check(barrier).max();
    MarketEquilibrium best = null;
    double bestViolation = barrierViolation;
    for (double tau : TIE_TOLERANCES) {
      if (bestViolation <= GOOD_ENOUGH) {
        break;
      }
      MarketEquilibrium candidate = attempt(barrier, quasiLinear, tau, suffix);
      if (candidate == null) {
        continue;
      }
      double violation = EquilibriumConditions.check(candidate).max();
      if (violation < bestViolation) {
        best = candidate;
        bestViolation = violation;
      }
    }
    if (best == null) {
      return barrier;
    }
    return new MarketEquilibrium(best.kind(), best.method(), best.market(), best.prices(), best.allocation(),
        best.multipliers(), best.utilities(), best.spend(), best.revenue(), best.nashSocialWelfare(), bestViolation,
        best.iterations());
  }

  /** The equilibrium on the structure at tie tolerance {@code tau}, or null when the structure admits none. */
  private static MarketEquilibrium attempt(MarketEquilibrium barrier, boolean quasiLinear, double tau, String suffix) {
    Market market = barrier.market();
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    double[] beta0 = barrier.multipliers();
    boolean[] tie = new boolean[n * m];
    for (int j = 0; j < m; j++) {
      double highest = 0;
      for (int i = 0; i < n; i++) {
        highest = Math.max(highest, beta0[i] * v[i * m + j]);
      }
      for (int i = 0; i < n; i++) {
        double value = v[i * m + j];
        tie[i * m + j] = value > 0 && beta0[i] * value >= highest * (1 - tau);
      }
    }
    boolean[] bound = new boolean[n];
    for (int i = 0; i < n; i++) {
      bound[i] = !quasiLinear || beta0[i] < 1 - tau;
    }
    double[] beta = new double[n];
    double[] p = new double[m];
    if (!prices(market, tie, bound, quasiLinear, beta, p)) {
      return null;
    }
    double[] x = new double[n * m];
    boolean[] use = tie.clone();
    for (int k = 0; k < n * m; k++) {
      x[k] = use[k] ? Math.max(0, barrier.allocation()[k]) : 0;
    }
    boolean settled = false;
    for (int round = 0; round < MAX_ROUNDS && !settled; round++) {
      for (int pass = 0; pass < 2; pass++) {
        if (!project(market, p, use, bound, x)) {
          return null;
        }
      }
      settled = true;
      for (int k = 0; k < n * m; k++) {
        if (use[k] && x[k] < 0) {
          use[k] = false;
          x[k] = 0;
          settled = false;
        }
      }
      for (int i = 0; i < n; i++) {
        if (!bound[i] && spend(market, p, x, i) > market.budget(i)) {
          bound[i] = true;
          settled = false;
        }
      }
    }
    if (!settled) {
      return null;
    }
    MarketEquilibrium raw = MarketEquilibrium.of(barrier.kind(), barrier.method() + suffix, market, p, x, beta, null,
        Double.NaN, Double.NaN, barrier.iterations());
    return withBudgetsClamped(raw);
  }

  /**
   * Sets the multipliers and prices of the winners' graph component by component (see the class comment); false when
   * the structure is inconsistent (a component with no budget to scale by, or a capped multiplier above 1).
   */
  private static boolean prices(Market market, boolean[] tie, boolean[] bound, boolean quasiLinear, double[] beta,
      double[] p) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    Arrays.fill(beta, Double.NaN);
    Arrays.fill(p, Double.NaN);
    int[] queue = new int[n + m]; // buyer i is node i, good j node n + j
    // components with an unbound buyer are rooted there (beta = 1); the rest are scaled by their budgets
    for (int pass = 0; pass < 2; pass++) {
      for (int root = 0; root < n; root++) {
        if (!Double.isNaN(beta[root]) || (pass == 0 && bound[root])) {
          continue;
        }
        beta[root] = 1;
        int size = 0;
        queue[size++] = root;
        for (int head = 0; head < size; head++) {
          int node = queue[head];
          if (node < n) {
            for (int j = 0; j < m; j++) {
              if (tie[node * m + j] && Double.isNaN(p[j])) {
                p[j] = beta[node] * v[node * m + j];
                queue[size++] = n + j;
              }
            }
          } else {
            int j = node - n;
            for (int i = 0; i < n; i++) {
              if (tie[i * m + j] && Double.isNaN(beta[i])) {
                beta[i] = p[j] / v[i * m + j];
                queue[size++] = i;
              }
            }
          }
        }
        if (pass == 1) {
          double budgets = 0;
          double worth = 0;
          for (int k = 0; k < size; k++) {
            int node = queue[k];
            if (node < n) {
              budgets += market.budget(node);
            } else {
              worth += market.supply(node - n) * p[node - n];
            }
          }
          if (!(worth > 0)) {
            return false;
          }
          double scale = budgets / worth;
          for (int k = 0; k < size; k++) {
            int node = queue[k];
            if (node < n) {
              beta[node] *= scale;
            } else {
              p[node - n] *= scale;
            }
          }
        }
      }
    }
    for (int j = 0; j < m; j++) {
      if (Double.isNaN(p[j])) {
        return false;
      }
    }
    if (quasiLinear) {
      for (int i = 0; i < n; i++) {
        if (beta[i] > 1 + 1e-12) {
          return false;
        }
        beta[i] = Math.min(beta[i], 1);
      }
    }
    return true;
  }

  /**
   * Projects {@code x} (supported on {@code use}) onto {@code sum_i x_ij = s_j} and {@code sum_j p_j x_ij = B_i} for
   * bound buyers, dropping one budget row per wholly bound component of the {@code use} graph; false when the system
   * has no solution on this support (a good or a bound buyer without edges).
   */
  private static boolean project(Market market, double[] p, boolean[] use, boolean[] bound, double[] x) {
    int n = market.buyers();
    int m = market.goods();
    // components of the allocation graph, to find the one dependent budget row of each wholly bound component
    int[] parent = new int[n + m];
    for (int k = 0; k < n + m; k++) {
      parent[k] = k;
    }
    int[] edges = new int[m];
    int[] buyerEdges = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (use[i * m + j]) {
          edges[j]++;
          buyerEdges[i]++;
          parent[find(parent, i)] = find(parent, n + j);
        }
      }
    }
    for (int j = 0; j < m; j++) {
      if (edges[j] == 0) {
        return false;
      }
    }
    boolean[] hasFreeBuyer = new boolean[n + m];
    for (int i = 0; i < n; i++) {
      if (!bound[i]) {
        hasFreeBuyer[find(parent, i)] = true;
      } else if (buyerEdges[i] == 0) {
        return false;
      }
    }
    boolean[] dropped = new boolean[n + m];
    int[] row = new int[n];
    int rows = 0;
    for (int i = 0; i < n; i++) {
      int component = find(parent, i);
      if (!bound[i]) {
        row[i] = -1;
      } else if (!hasFreeBuyer[component] && !dropped[component]) {
        dropped[component] = true;
        row[i] = -1;
      } else {
        row[i] = rows++;
      }
    }
    double[] goodResidual = new double[m];
    double[] rhs = new double[rows];
    for (int j = 0; j < m; j++) {
      double sold = 0;
      for (int i = 0; i < n; i++) {
        sold += x[i * m + j];
      }
      goodResidual[j] = market.supply(j) - sold;
    }
    for (int i = 0; i < n; i++) {
      if (row[i] >= 0) {
        rhs[row[i]] = market.budget(i) - spend(market, p, x, i);
      }
    }
    // Schur complement on the budget rows: S = D_b - C^T D_g^-1 C with C_(j, i) = p_j on edges
    double[] schur = new double[rows * rows];
    int[] winners = new int[n];
    for (int j = 0; j < m; j++) {
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (use[i * m + j] && row[i] >= 0) {
          winners[count++] = row[i];
        }
      }
      double pj = p[j];
      double shared = pj * pj / edges[j];
      for (int a = 0; a < count; a++) {
        int ra = winners[a];
        schur[ra * rows + ra] += pj * pj;
        rhs[ra] -= pj * goodResidual[j] / edges[j];
        for (int b = 0; b < count; b++) {
          schur[ra * rows + winners[b]] -= shared;
        }
      }
    }
    if (rows > 0) {
      DenseCholesky.solveInPlace(schur, rows, rhs);
    }
    for (int j = 0; j < m; j++) {
      double sum = goodResidual[j];
      for (int i = 0; i < n; i++) {
        if (use[i * m + j] && row[i] >= 0) {
          sum -= p[j] * rhs[row[i]];
        }
      }
      double goodMultiplier = sum / edges[j];
      for (int i = 0; i < n; i++) {
        if (use[i * m + j]) {
          x[i * m + j] += goodMultiplier + (row[i] >= 0 ? p[j] * rhs[row[i]] : 0);
        }
      }
    }
    for (double q : x) {
      if (!Double.isFinite(q)) {
        return false;
      }
    }
    return true;
  }

  private static int find(int[] parent, int node) {
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }

  private static double spend(Market market, double[] p, double[] x, int buyer) {
    int m = market.goods();
    double total = 0;
    for (int j = 0; j < m; j++) {
      total += p[j] * x[buyer * m + j];
    }
    return total;
  }

  /**
   * Sets a spend within rounding of the budget (the summation error of {@code m} products) to the budget exactly, so
   * that leftovers of {@code -1e-16} do not appear; a spend further from the budget is kept as computed.
   */
  private static MarketEquilibrium withBudgetsClamped(MarketEquilibrium e) {
    Market market = e.market();
    double[] spend = e.spend().clone();
    double revenue = 0;
    for (int i = 0; i < market.buyers(); i++) {
      double budget = market.budget(i);
      if (Math.abs(spend[i] - budget) <= 4.0 * market.goods() * Math.ulp(budget)) {
        spend[i] = budget;
      }
      revenue += spend[i];
    }
    return new MarketEquilibrium(e.kind(), e.method(), market, e.prices(), e.allocation(), e.multipliers(),
        e.utilities(), spend, revenue, e.nashSocialWelfare(), e.accuracy(), e.iterations());
  }
}
