package org.agora.cooperative.core;

import java.util.Arrays;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The linear programs over excesses {@code e(S, x) = v(S) - x(S)} shared by {@link LeastCore} and
 * {@link Nucleolus}, on a game whose values are already divided by their largest magnitude:
 * <pre>
 *   x(N) = v(N),   x(S) + eps &gt;= v(S)  (free S),   x(S) = v(S) - e_S  (fixed S),   x_i &gt;= v(i)  (imputations only)
 * </pre>
 * either minimising eps, or with eps capped maximising the sum of the slacks of some candidate
 * coalitions. Every variable gets box bounds implied by these rows (ojAlgo's simplex handles bounded
 * variables more reliably than free ones), and every answer is checked against the rows: ojAlgo has
 * reported optimal points that break their own rows, so a broken answer is re-solved once with the
 * other simplex implementation before {@link NumericalFailureException} (as
 * {@code org.agora.solvers.constrained.ConstrainedLinearProgram} does).
 */
final class ExcessLinearProgram {

  /** The LP solver's answer broke the program's own rows, twice. */
  static final class NumericalFailureException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NumericalFailureException(String message) {
      super(message);
    }
  }

  /** A point of the program: the largest free excess and the payoffs. */
  record Point(double epsilon, double[] payoffs) {}

  /** The absolute row tolerance of the residual check (the values are scaled to magnitude at most 1). */
  static final double ROW_TOLERANCE = 1e-7;

  /** The violation above which row generation adds a free row. */
  private static final double GENERATION_TOLERANCE = 1e-8;

  /** The most free rows row generation adds per round. */
  private static final int ROWS_PER_ROUND = 128;

  private final double[] values;
  private final int players;
  private final boolean imputations;
  private final double[] lower;
  private final double[] upper;
  private final double epsilonLower;
  private final double epsilonUpper;

  /**
   * @param values the scaled coalition values, indexed by mask
   * @param imputations whether x is restricted to imputations ({@code x_i >= v(i)})
   */
  ExcessLinearProgram(double[] values, int players, boolean imputations) {
    this.values = values;
    this.players = players;
    this.imputations = imputations;
    int grand = (1 << players) - 1;
    // eps0: the largest excess at a feasible start point p (the equal split, or for imputations each
    // player's v(i) plus an equal share of the surplus), an upper bound on every stage's minimum
    double surplus = values[grand];
    if (imputations) {
      for (int i = 0; i < players; i++) {
        surplus -= values[1 << i];
      }
    }
    double[] start0 = new double[players];
    for (int i = 0; i < players; i++) {
      start0[i] = (imputations ? values[1 << i] : 0.0) + surplus / players;
    }
    double start = Double.NEGATIVE_INFINITY;
    for (int coalition = 1; coalition < grand; coalition++) {
      double share = 0.0;
      for (int i = 0; i < players; i++) {
        if ((coalition >>> i & 1) != 0) {
          share += start0[i];
        }
      }
      start = Math.max(start, values[coalition] - share);
    }
    if (players == 1) {
      start = 0.0;
    }
    double slack = imputations ? 0.0 : Math.max(0.0, start);
    double singletonSum = 0.0;
    for (int i = 0; i < players; i++) {
      singletonSum += values[1 << i] - slack;
    }
    lower = new double[players];
    upper = new double[players];
    double reach = 0.0;
    for (int i = 0; i < players; i++) {
      double own = values[1 << i] - slack;
      // x_i >= v(i) - eps0 and x_i = v(N) - x(N \ i) <= v(N) - sum_{j != i} (v(j) - eps0); padded by 1
      lower[i] = own - (imputations ? 0.0 : 1.0);
      upper[i] = values[grand] - (singletonSum - own) + 1.0;
      reach += Math.max(Math.abs(lower[i]), Math.abs(upper[i]));
    }
    epsilonUpper = start + 1.0;
    epsilonLower = -(1.0 + reach) - 1.0;
  }

  /** Whether the imputation set {@code sum v(i) <= v(N)} is non-empty (scaled values). */
  static boolean hasImputations(double[] values, int players) {
    double singletonSum = 0.0;
    for (int i = 0; i < players; i++) {
      singletonSum += values[1 << i];
    }
    return singletonSum <= values[(1 << players) - 1] + ROW_TOLERANCE;
  }

  /** Minimises the largest excess of the {@code free} coalitions; {@code fixed[k]} has excess {@code fixedExcess[k]}. */
  Point minimiseLargestExcess(int[] free, int freeCount, int[] fixed, double[] fixedExcess, int fixedCount) {
    double[] solution = generateRows(null, Double.NaN, free, freeCount, fixed, fixedExcess, fixedCount, null, 0);
    return new Point(solution[players], Arrays.copyOf(solution, players));
  }

  /**
   * With every free excess at most {@code epsilonCap}, maximises the summed slack of the candidate
   * coalitions ({@code eps - e(S, x)}; for an imputation program the candidates may be singletons
   * whose slack is meant as {@code x_i - v(i)}, the objective is the same {@code x(S)} sum).
   */
  double[] maximiseSlack(double epsilonCap, int[] free, int freeCount, int[] fixed, double[] fixedExcess,
      int fixedCount, int[] candidates, int candidateCount) {
    double[] weights = new double[players];
    for (int k = 0; k < candidateCount; k++) {
      for (int i = 0; i < players; i++) {
        if ((candidates[k] >>> i & 1) != 0) {
          weights[i] += 1.0;
        }
      }
    }
    double[] solution = generateRows(weights, epsilonCap, free, freeCount, fixed, fixedExcess, fixedCount, candidates,
        candidateCount);
    return Arrays.copyOf(solution, players);
  }

  /**
   * Row generation (the cutting-plane scheme of Dantzig, Fulkerson and Johnson, 1954): solves over a
   * subset of the free rows (the coalitions of sizes 1 and n - 1, and the {@code seeds}), adds the free
   * rows the answer breaks (the {@link #ROWS_PER_ROUND} most broken), and repeats until it breaks none;
   * the last answer is then optimal for the whole program, which is never built. Minimises eps when
   * {@code weights} is null, else maximises {@code weights . x} with eps capped at {@code epsilonCap}.
   */
  private double[] generateRows(double[] weights, double epsilonCap, int[] free, int freeCount, int[] fixed,
      double[] fixedExcess, int fixedCount, int[] seeds, int seedCount) {
    boolean[] isFree = new boolean[values.length];
    boolean[] isActive = new boolean[values.length];
    int[] active = new int[freeCount];
    int activeCount = 0;
    for (int k = 0; k < freeCount; k++) {
      isFree[free[k]] = true;
      int size = Integer.bitCount(free[k]);
      if (size == 1 || size == players - 1) {
        isActive[free[k]] = true;
        active[activeCount++] = free[k];
      }
    }
    for (int k = 0; k < seedCount; k++) {
      int seed = seeds[k];
      if (seed > 0 && isFree[seed] && !isActive[seed]) {
        isActive[seed] = true;
        active[activeCount++] = seed;
      }
    }
    double[] violations = new double[freeCount];
    while (true) {
      ExpressionsBasedModel model = new ExpressionsBasedModel();
      Variable[] x = payoffVariables(model);
      Variable epsilon = null;
      if (weights == null) {
        epsilon = model.addVariable("epsilon").lower(epsilonLower).upper(epsilonUpper).weight(1.0);
      } else {
        for (int i = 0; i < players; i++) {
          x[i].weight(weights[i]);
        }
      }
      addRows(model, x, epsilon, epsilonCap, active, activeCount, fixed, fixedExcess, fixedCount);
      double[] solution = solve(model, weights != null);
      double level = weights == null ? solution[players] : epsilonCap;
      int broken = 0;
      for (int k = 0; k < freeCount; k++) {
        int coalition = free[k];
        if (!isActive[coalition]) {
          double violation = Nucleolus.excess(values, solution, coalition) - level;
          if (violation > GENERATION_TOLERANCE) {
            violations[broken++] = violation;
          }
        }
      }
      if (broken == 0) {
        return solution;
      }
      double threshold = GENERATION_TOLERANCE;
      if (broken > ROWS_PER_ROUND) {
        double[] sorted = Arrays.copyOf(violations, broken);
        Arrays.sort(sorted);
        threshold = Math.max(threshold, sorted[broken - ROWS_PER_ROUND] - Double.MIN_VALUE);
      }
      for (int k = 0; k < freeCount; k++) {
        int coalition = free[k];
        if (!isActive[coalition] && Nucleolus.excess(values, solution, coalition) - level > threshold) {
          isActive[coalition] = true;
          active[activeCount++] = coalition;
        }
      }
    }
  }

  private Variable[] payoffVariables(ExpressionsBasedModel model) {
    Variable[] x = new Variable[players];
    for (int i = 0; i < players; i++) {
      x[i] = model.addVariable("x" + i).lower(lower[i]).upper(upper[i]);
    }
    return x;
  }

  private void addRows(ExpressionsBasedModel model, Variable[] x, Variable epsilon, double epsilonCap, int[] free,
      int freeCount, int[] fixed, double[] fixedExcess, int fixedCount) {
    int grand = (1 << players) - 1;
    addCoalitionRow(model, "grand", x, grand, null).level(values[grand]);
    for (int k = 0; k < freeCount; k++) {
      int coalition = free[k];
      Expression row = addCoalitionRow(model, "free" + coalition, x, coalition, epsilon);
      row.lower(epsilon == null ? values[coalition] - epsilonCap : values[coalition]);
    }
    for (int k = 0; k < fixedCount; k++) {
      addCoalitionRow(model, "fixed" + fixed[k], x, fixed[k], null).level(values[fixed[k]] - fixedExcess[k]);
    }
  }

  private Expression addCoalitionRow(ExpressionsBasedModel model, String name, Variable[] x, int coalition,
      Variable epsilon) {
    Expression row = model.addExpression(name);
    for (int i = 0; i < players; i++) {
      if ((coalition >>> i & 1) != 0) {
        row.set(x[i], 1.0);
      }
    }
    if (epsilon != null) {
      row.set(epsilon, 1.0);
    }
    return row;
  }

  /** Solves (minimising, or maximising when {@code maximise}) and returns every variable's value. */
  private double[] solve(ExpressionsBasedModel model, boolean maximise) {
    Optimisation.Result result = maximise ? model.maximise() : model.minimise();
    if (!result.getState().isOptimal() || !satisfiesRows(model, result)) {
      model.options.sparse = !Boolean.TRUE.equals(model.options.sparse);
      result = maximise ? model.maximise() : model.minimise();
      if (!result.getState().isOptimal()) {
        throw new NumericalFailureException("the excess linear program stopped without an optimum: solver state "
            + result.getState() + (imputations ? " (imputation set)" : ""));
      }
      if (!satisfiesRows(model, result)) {
        throw new NumericalFailureException("the LP solver returned a point that breaks the excess program's rows");
      }
    }
    double[] solution = new double[model.getVariables().size()];
    for (int k = 0; k < solution.length; k++) {
      solution[k] = result.doubleValue(k);
    }
    return solution;
  }

  /** Whether {@code result} meets every row and variable bound to {@link #ROW_TOLERANCE}. */
  private static boolean satisfiesRows(ExpressionsBasedModel model, Optimisation.Result result) {
    for (Expression expression : model.getExpressions()) {
      double value = 0.0;
      for (var entry : expression.getLinearEntrySet()) {
        value += entry.getValue().doubleValue() * result.doubleValue(entry.getKey().index);
      }
      if (expression.isLowerLimitSet() && value < expression.getLowerLimit().doubleValue() - ROW_TOLERANCE) {
        return false;
      }
      if (expression.isUpperLimitSet() && value > expression.getUpperLimit().doubleValue() + ROW_TOLERANCE) {
        return false;
      }
    }
    for (int k = 0; k < model.getVariables().size(); k++) {
      Variable variable = model.getVariables().get(k);
      double value = result.doubleValue(k);
      if (variable.isLowerLimitSet() && value < variable.getLowerLimit().doubleValue() - ROW_TOLERANCE) {
        return false;
      }
      if (variable.isUpperLimitSet() && value > variable.getUpperLimit().doubleValue() + ROW_TOLERANCE) {
        return false;
      }
    }
    return true;
  }
}
