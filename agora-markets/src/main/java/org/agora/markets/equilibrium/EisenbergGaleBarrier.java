package org.agora.markets.equilibrium;

/**
 * A log-barrier interior-point method (Boyd and Vandenberghe, "Convex Optimization", 2004, §11.3) on the
 * dual of the (quasi-linear) Eisenberg–Gale program, shared by {@link EisenbergGaleSolver} and
 * {@link FirstPricePacingEquilibriumSolver}. The dual (Cole, Devanur, Gkatzelis, Jain, Mai, Vazirani, Yazdanbod,
 * "Convex Program Duality, Fisher Markets, and Nash Social Welfare", EC 2017; for the quasi-linear case
 * Conitzer, Kroer, Panigrahi, Schrijvers, Stier-Moses, Sodomka, Wilkens, "Pacing Equilibrium in First-Price
 * Auction Markets", EC 2019 / Management Science 2022) is
 *
 * <pre>  minimise sum_j s_j p_j - sum_i B_i log beta_i   s.t.  p_j >= v_ij beta_i  (v_ij > 0),  [beta_i <= 1]</pre>
 *
 * with the bracketed constraint only in the quasi-linear (pacing) case. Its Lagrange multipliers are the
 * allocation {@code x_ij} of the constraints {@code p_j >= v_ij beta_i}; on the central path
 * {@code x_ij = 1 / (t (p_j - v_ij beta_i))} and stationarity in {@code p_j} says every good is fully sold.
 * Each Newton step eliminates the prices (their Hessian block is diagonal) and solves the buyers' Schur
 * complement by Cholesky: {@code O(n^2 m + n^3)} per step for n buyers and m goods, on flat arrays. The
 * barrier parameter grows tenfold per centring; the method stops when the duality-gap bound
 * {@code K / t} (K constraints) is below {@code tolerance * sum_i B_i}, which certifies the objective to that
 * accuracy. The allocation is read off the slacks, {@code x_ij = 1 / (t c_ij)}, and the slacks of bought
 * goods are of order {@code 1 / t}, computed as a difference {@code p_j - v_ij beta_i}: their relative rounding
 * error grows like {@code t} times machine epsilon, so a tolerance near 1e-8 (the default) balances objective
 * accuracy against allocation accuracy (both about 1e-7 relative); much smaller tolerances make the allocation
 * worse, not better. On degenerate markets the multipliers themselves are only accurate to about the square root
 * of the gap; the solvers therefore pass this point to {@link ActiveSetPolish}, which solves the equilibrium
 * equations exactly on its active structure.
 */
final class EisenbergGaleBarrier {

  /** The solution: prices, multipliers beta, allocation (quantities), gap bound and Newton steps. */
  record Solution(double[] prices, double[] beta, double[] allocation, double gap, int newtonSteps) {}

  private static final int MAX_NEWTON_STEPS = 5000;

  private EisenbergGaleBarrier() {}

  static Solution solve(Market market, boolean quasiLinear, double tolerance) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    double[] budgets = market.budgets();
    double[] supplies = market.supplies();
    int constraints = quasiLinear ? n : 0;
    double budgetTotal = 0;
    for (int i = 0; i < n; i++) {
      budgetTotal += budgets[i];
    }
    for (double value : v) {
      if (value > 0) {
        constraints++;
      }
    }
    double[] p = new double[m];
    double[] beta = new double[n];
    java.util.Arrays.fill(beta, 0.5);
    for (int j = 0; j < m; j++) {
      double max = 0;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, v[i * m + j] * beta[i]);
      }
      p[j] = 2 * max;
    }
    double t = 1;
    double target = tolerance * budgetTotal;
    double[] dp = new double[m];
    double[] db = new double[n];
    double[] gp = new double[m];
    double[] gb = new double[n];
    double[] hp = new double[m];
    double[] schur = new double[n * n];
    double[] cross = new double[m * n];
    double[] rhs = new double[n];
    double[] trialP = new double[m];
    double[] trialB = new double[n];
    int steps = 0;
    while (true) {
      // centring by damped Newton
      while (steps < MAX_NEWTON_STEPS) {
        steps++;
        java.util.Arrays.fill(gb, 0);
        java.util.Arrays.fill(schur, 0);
        for (int j = 0; j < m; j++) {
          gp[j] = t * supplies[j];
          hp[j] = 0;
        }
        for (int i = 0; i < n; i++) {
          gb[i] = -t * budgets[i] / beta[i];
          schur[i * n + i] = t * budgets[i] / (beta[i] * beta[i]);
          if (quasiLinear) {
            double slack = 1 - beta[i];
            gb[i] += 1 / slack;
            schur[i * n + i] += 1 / (slack * slack);
          }
        }
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < m; j++) {
            double value = v[i * m + j];
            if (value > 0) {
              double inv = 1 / (p[j] - value * beta[i]);
              gp[j] -= inv;
              gb[i] += value * inv;
              hp[j] += inv * inv;
              schur[i * n + i] += value * value * inv * inv;
              cross[j * n + i] = -value * inv * inv; // the (p_j, beta_i) Hessian entry
            } else {
              cross[j * n + i] = 0;
            }
          }
        }
        // Schur complement on the buyers: S = H_bb - C^T H_pp^-1 C, with C_ji = cross[j * n + i]
        for (int i = 0; i < n; i++) {
          rhs[i] = -gb[i];
        }
        for (int j = 0; j < m; j++) {
          double inverseHp = 1 / hp[j];
          int row = j * n;
          for (int i = 0; i < n; i++) {
            double crossI = cross[row + i];
            if (crossI == 0) {
              continue;
            }
            rhs[i] += crossI * inverseHp * gp[j];
            double scaled = crossI * inverseHp;
            int rowOfI = i * n;
            for (int k = 0; k <= i; k++) {
              schur[rowOfI + k] -= scaled * cross[row + k];
            }
          }
        }
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < i; k++) {
            schur[k * n + i] = schur[i * n + k];
          }
        }
        DenseCholesky.solveInPlace(schur, n, rhs);
        System.arraycopy(rhs, 0, db, 0, n);
        for (int j = 0; j < m; j++) {
          double sum = -gp[j];
          int row = j * n;
          for (int i = 0; i < n; i++) {
            sum -= cross[row + i] * db[i];
          }
          dp[j] = sum / hp[j];
        }
        double decrement = 0;
        for (int j = 0; j < m; j++) {
          decrement -= gp[j] * dp[j];
        }
        for (int i = 0; i < n; i++) {
          decrement -= gb[i] * db[i];
        }
        if (decrement / 2 <= 1e-20) {
          break;
        }
        double step = maxFeasibleStep(market, quasiLinear, p, beta, dp, db);
        boolean stalled = false;
        while (true) {
          for (int j = 0; j < m; j++) {
            trialP[j] = p[j] + step * dp[j];
          }
          for (int i = 0; i < n; i++) {
            trialB[i] = beta[i] + step * db[i];
          }
          // the change in the barrier, summed term by term so that it stays accurate when t is large
          double change = barrierChange(market, quasiLinear, t, p, beta, trialP, trialB);
          if (change <= -0.25 * step * decrement) {
            break;
          }
          step *= 0.5;
          if (step < 1e-14) {
            stalled = true;
            break;
          }
        }
        if (stalled) {
          break;
        }
        System.arraycopy(trialP, 0, p, 0, m);
        System.arraycopy(trialB, 0, beta, 0, n);
      }
      if (constraints / t <= target || steps >= MAX_NEWTON_STEPS) {
        break;
      }
      t *= 10;
    }
    double[] allocation = new double[n * m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double value = v[i * m + j];
        if (value > 0) {
          allocation[i * m + j] = 1 / (t * (p[j] - value * beta[i]));
        }
      }
    }
    polish(market, quasiLinear, p, beta, allocation);
    return new Solution(p, beta, allocation, constraints / t, steps);
  }

  /**
   * Cleans the allocation read off the slacks: drops edges whose slack is not near zero (buyers off their best
   * goods), then rescales by iterative proportional fitting (Deming and Stephan, Ann. Math. Statist. 1940) so that
   * goods with a positive price are exactly sold and buyers who must exhaust their budget (all in a Fisher
   * market, those paced below 1 in a pacing equilibrium) spend their budget; the last sweep scales goods, so supplies
   * hold to the prices' accuracy; a buyer then above its budget by rounding is scaled down to it, so budgets always hold. The barrier point is already within about 1e-7 of both.
   */
  private static void polish(Market market, boolean quasiLinear, double[] p, double[] beta, double[] allocation) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (p[j] - v[i * m + j] * beta[i] > 1e-5 * p[j]) {
          allocation[i * m + j] = 0;
        }
      }
    }
    for (int sweep = 0; sweep < 200; sweep++) {
      for (int i = 0; i < n; i++) {
        if (quasiLinear && beta[i] >= 1 - EquilibriumConditions.PACED) {
          continue;
        }
        double spend = 0;
        for (int j = 0; j < m; j++) {
          spend += p[j] * allocation[i * m + j];
        }
        if (spend > 0) {
          double scale = market.budget(i) / spend;
          for (int j = 0; j < m; j++) {
            allocation[i * m + j] *= scale;
          }
        }
      }
      for (int j = 0; j < m; j++) {
        double sold = 0;
        for (int i = 0; i < n; i++) {
          sold += allocation[i * m + j];
        }
        if (sold > 0) {
          double scale = market.supply(j) / sold;
          for (int i = 0; i < n; i++) {
            allocation[i * m + j] *= scale;
          }
        }
      }
    }
    // budgets are hard: a buyer left above its budget by the prices' rounding is scaled down to it
    for (int i = 0; i < n; i++) {
      double spend = 0;
      for (int j = 0; j < m; j++) {
        spend += p[j] * allocation[i * m + j];
      }
      if (spend > market.budget(i)) {
        double scale = market.budget(i) / spend;
        for (int j = 0; j < m; j++) {
          allocation[i * m + j] *= scale;
        }
      }
    }
  }

  private static double maxFeasibleStep(Market market, boolean quasiLinear, double[] p, double[] beta, double[] dp, double[] db) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    double step = 1;
    for (int i = 0; i < n; i++) {
      if (db[i] < 0) {
        step = Math.min(step, -0.99 * beta[i] / db[i]);
      }
      if (quasiLinear && db[i] > 0) {
        step = Math.min(step, 0.99 * (1 - beta[i]) / db[i]);
      }
      for (int j = 0; j < m; j++) {
        double value = v[i * m + j];
        if (value > 0) {
          double change = dp[j] - value * db[i];
          if (change < 0) {
            step = Math.min(step, -0.99 * (p[j] - value * beta[i]) / change);
          }
        }
      }
    }
    return step;
  }

  private static double barrierChange(Market market, boolean quasiLinear, double t, double[] p, double[] beta,
      double[] newP, double[] newBeta) {
    int n = market.buyers();
    int m = market.goods();
    double[] v = market.values();
    double total = 0;
    for (int j = 0; j < m; j++) {
      total += t * market.supplies()[j] * (newP[j] - p[j]);
    }
    for (int i = 0; i < n; i++) {
      if (!(newBeta[i] > 0) || (quasiLinear && !(newBeta[i] < 1))) {
        return Double.POSITIVE_INFINITY;
      }
      total -= t * market.budgets()[i] * Math.log1p((newBeta[i] - beta[i]) / beta[i]);
      if (quasiLinear) {
        total -= Math.log1p((beta[i] - newBeta[i]) / (1 - beta[i]));
      }
      for (int j = 0; j < m; j++) {
        double value = v[i * m + j];
        if (value > 0) {
          double c = p[j] - value * beta[i];
          double newC = newP[j] - value * newBeta[i];
          if (!(newC > 0)) {
            return Double.POSITIVE_INFINITY;
          }
          total -= Math.log1p((newP[j] - p[j] - value * (newBeta[i] - beta[i])) / c);
        }
      }
    }
    return total;
  }
}
