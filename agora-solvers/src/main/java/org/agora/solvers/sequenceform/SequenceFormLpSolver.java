package org.agora.solvers.sequenceform;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.job.ProgressMeter;
import org.agora.solvers.bestresponse.BestResponse;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.tree.GameTree;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The value and a pair of optimal behaviour strategies of a two-player zero-sum (or constant-sum)
 * extensive game with perfect recall, by the sequence-form linear program.
 *
 * <p>Koller, Megiddo and von Stengel, "Efficient computation of equilibria for extensive two-person
 * games", Games and Economic Behavior 14, 1996, and von Stengel, "Efficient computation of
 * behavior strategies", Games and Economic Behavior 14, 1996. With player 0's sequence-form payoff
 * matrix A (see {@link SequenceForm}), player 0 solves
 * {@code max f^T q  s.t.  F^T q - A^T x <= 0,  E x = e,  x >= 0,  q free}: q are the dual
 * variables of player 1's best-response LP {@code min (x^T A) y s.t. F y = f, y >= 0}, and the
 * optimum is the game value. The dual of this program is player 1's program
 * {@code min e^T p s.t. E^T p >= A y, F y = f, y >= 0}, so player 1's optimal plan y is the vector
 * of multipliers of the inequality rows. Plans are turned into behaviour by
 * {@code x(I, a) / x(parent(I))} (uniform where the parent sequence has probability 0).
 *
 * <p>Exact mode ({@link #solveExact(SequenceForm)}): A is scaled to integers by the least common
 * multiple of its denominators, q split into {@code q+ - q-}, and the program solved by
 * {@link ExactSimplex} (two-phase, fraction-free integer pivoting, lexicographic ratio test); player
 * 1's plan is read from the duals and certified (a realisation plan against which player 0's exact
 * best response, {@link ExactBestResponse}, earns exactly the value), with a second program solved
 * for player 1 if the check fails. Floating-point mode
 * ({@link #solve(SequenceForm)}): the same program with ojAlgo's LP solver; player 1's plan is
 * read from the reported multipliers when they form a plan against which player 0's best response
 * ({@link BestResponse}) earns at most the value (within 1e-9), else player 1's program is solved
 * too.
 *
 * <p>Size: {@code |S_0| + 2 |I_1| + 2} variables and {@code |S_1| + |I_0| + 1} rows, where S are
 * sequences and I information states; the exact tableau is dense, so exact mode suits games with
 * up to a few hundred sequences per player. Simplex is exponential in the worst case and fast in
 * practice.
 */
public final class SequenceFormLpSolver {

  /**
   * An exact solution.
   *
   * @param value player 0's equilibrium payoff
   * @param behaviour both players' optimal behaviour strategies, per slot ({@code infoset * maxActions + slot})
   * @param plans the realisation plans, {@code plans[player][sequence]}
   */
  public record ExactSolution(Rational value, Rational[] behaviour, Rational[][] plans) {

    /** The behaviour profile in floating point. */
    public double[] doubleBehaviour() {
      return SequenceForm.toDouble(behaviour);
    }
  }

  /**
   * A floating-point solution.
   *
   * @param value player 0's equilibrium payoff
   * @param behaviour both players' optimal behaviour strategies, per slot
   * @param plans the realisation plans, {@code plans[player][sequence]}
   */
  public record Solution(double value, double[] behaviour, double[][] plans) {}

  /** A solver; it keeps no state between calls. */
  public SequenceFormLpSolver() {}

  /**
   * Solves exactly.
   *
   * @throws IllegalArgumentException unless the game is zero-sum or constant-sum
   * @throws IllegalStateException unless the tree was compiled with exact values
   */
  public ExactSolution solveExact(SequenceForm form) {
    return solveExact(form, ProgressMeter.none());
  }

  /**
   * Solves exactly, counting simplex pivots on {@code meter}, which is polled for cancellation before
   * each pivot.
   *
   * @throws IllegalArgumentException unless the game is zero-sum or constant-sum
   * @throws IllegalStateException unless the tree was compiled with exact values
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  public ExactSolution solveExact(SequenceForm form, ProgressMeter meter) {
    requireZeroSum(form);
    if (!form.isExact()) {
      throw new IllegalStateException("exact mode needs a tree compiled with exact values (GameTreeCompiler.compile(game, limit, true))");
    }
    BigInteger scale = BigInteger.ONE;
    for (int entry = 0; entry < form.entryCount(); entry++) {
      BigInteger denominator = form.exactPayoff(0, entry).denominator();
      scale = scale.divide(scale.gcd(denominator)).multiply(denominator);
    }
    Rational scaleValue = Rational.of(scale, BigInteger.ONE);
    ExactSimplex.Result first = solveExactFor(form, 0, scale, meter);
    Rational[] rowPlan = first.primal();
    Rational value = first.value().divide(scaleValue);
    Rational[] columnPlan = new Rational[form.sequenceCount(1)];
    System.arraycopy(first.dual(), 0, columnPlan, 0, columnPlan.length);
    Rational[] plan0 = Arrays.copyOf(rowPlan, form.sequenceCount(0));
    Rational[] behaviour = form.newExactSlotArray();
    form.writeBehaviour(0, plan0, behaviour);
    boolean dualIsOptimal = isPlan(form, 1, columnPlan);
    if (dualIsOptimal) {
      form.writeBehaviour(1, columnPlan, behaviour);
      dualIsOptimal = ExactBestResponse.value(form.tree(), behaviour, 0).equals(value);
    }
    if (!dualIsOptimal) {
      Rational[] primal = solveExactFor(form, 1, scale, meter).primal();
      System.arraycopy(primal, 0, columnPlan, 0, columnPlan.length);
      form.writeBehaviour(1, columnPlan, behaviour);
    }
    return new ExactSolution(value, behaviour, new Rational[][] {plan0, columnPlan});
  }

  /**
   * Solves in floating point ({@link #solve(SequenceForm)}), then recovers the exact equilibrium on
   * the supports of the floating-point plans and certifies it by exact NashConv
   * ({@link SupportReconstruction}): for games whose dense exact tableau is too large for
   * {@link #solveExact(SequenceForm)}. Cost: the floating-point LP plus sparse exact elimination on
   * systems of about {@code |S_0| + |S_1| + |I_0| + |I_1|} unknowns.
   *
   * @return the certified exact solution, or empty when the supports do not yield one
   * @throws IllegalArgumentException unless the game is zero-sum or constant-sum
   * @throws IllegalStateException unless the tree was compiled with exact values
   */
  public Optional<ExactSolution> solveExactByReconstruction(SequenceForm form) {
    requireZeroSum(form);
    if (!form.isExact()) {
      throw new IllegalStateException("exact mode needs a tree compiled with exact values (GameTreeCompiler.compile(game, limit, true))");
    }
    Solution approximate = solve(form);
    Rational[][] plans = SupportReconstruction.reconstruct(form, approximate.plans()[0], approximate.plans()[1]);
    if (plans == null) {
      return Optional.empty();
    }
    Rational[] behaviour = form.newExactSlotArray();
    form.writeBehaviour(0, plans[0], behaviour);
    form.writeBehaviour(1, plans[1], behaviour);
    return Optional.of(new ExactSolution(SequenceFormLcpSolver.payoff(form, 0, plans[0], plans[1]), behaviour, plans));
  }

  /**
   * Solves in floating point with ojAlgo (player 0's program, and player 1's when the multipliers
   * fail their check).
   *
   * @throws IllegalArgumentException unless the game is zero-sum or constant-sum
   * @throws IllegalStateException if the LP solver reports no optimal solution
   */
  public Solution solve(SequenceForm form) {
    requireZeroSum(form);
    double[] values = new double[2];
    double[][] plans = new double[2][];
    double[] multipliers = new double[form.sequenceCount(1)];
    plans[0] = solveDoubleFor(form, 0, values, 0, multipliers);
    double value = values[0];
    if (guarantees(form, plans[0], multipliers, value)) {
      plans[1] = multipliers;
    } else {
      plans[1] = solveDoubleFor(form, 1, values, 1, null);
      value = (values[0] - values[1]) / 2;
    }
    double[] behaviour = form.tree().newSlotArray();
    form.writeBehaviour(0, plans[0], behaviour);
    form.writeBehaviour(1, plans[1], behaviour);
    return new Solution(value, behaviour, plans);
  }

  /** Tolerance of the checks on multipliers read as player 1's plan in floating-point mode. */
  private static final double DUAL_TOLERANCE = 1e-9;

  /** True when {@code plan} is a realisation plan of {@code player} within {@code tolerance}. */
  private static boolean isPlan(SequenceForm form, int player, double[] plan, double tolerance) {
    if (Math.abs(plan[0] - 1.0) > tolerance) {
      return false;
    }
    for (int k = 0; k < form.infosetCount(player); k++) {
      int infoset = form.infoset(player, k);
      double total = 0.0;
      for (int slot = 0; slot < form.tree().actionCount(infoset); slot++) {
        total += plan[form.firstSequence(infoset) + slot];
      }
      if (Math.abs(total - plan[form.parentSequence(infoset)]) > tolerance) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code columnPlan} is a realisation plan of player 1 (within {@link #DUAL_TOLERANCE})
   * that holds player 0's best response to at most {@code value} (within the tolerance, relative):
   * then it is an optimal plan of player 1.
   */
  private static boolean guarantees(SequenceForm form, double[] rowPlan, double[] columnPlan, double value) {
    if (!isPlan(form, 1, columnPlan, DUAL_TOLERANCE)) {
      return false;
    }
    double[] behaviour = form.tree().newSlotArray();
    form.writeBehaviour(0, rowPlan, behaviour);
    form.writeBehaviour(1, columnPlan, behaviour);
    double bestResponse = BestResponse.compute(form.tree(), behaviour, 0).value();
    return bestResponse <= value + DUAL_TOLERANCE * (1 + Math.abs(value));
  }

  private static void requireZeroSum(SequenceForm form) {
    GameTree tree = form.tree();
    GameType.Utility utility = tree.game().type().utility();
    if (utility != GameType.Utility.ZERO_SUM && utility != GameType.Utility.CONSTANT_SUM) {
      throw new IllegalArgumentException("the sequence-form LP needs a zero-sum or constant-sum game; " + tree.game().name()
          + " is " + utility);
    }
  }

  /** Payoff of the maximiser {@code player}: A for player 0, -A for player 1. */
  private static Rational maximiserPayoff(SequenceForm form, int player, int entry) {
    Rational value = form.exactPayoff(0, entry);
    return player == 0 ? value : value.negate();
  }

  /**
   * The maximiser's program with integer data: variables {@code x (S_p), q+ (1 + I_o), q- (1 + I_o)};
   * rows {@code F^T q - M^T x <= 0} (one per opponent sequence), then {@code E x = e}.
   */
  private static ExactSimplex.Result solveExactFor(SequenceForm form, int player, BigInteger scale,
      ProgressMeter meter) {
    int opponent = 1 - player;
    int sequences = form.sequenceCount(player);
    int duals = form.infosetCount(opponent) + 1;
    int variables = sequences + 2 * duals;
    int opponentSequences = form.sequenceCount(opponent);
    int rows = opponentSequences + form.infosetCount(player) + 1;
    BigInteger[][] matrix = new BigInteger[rows][variables];
    for (BigInteger[] line : matrix) {
      Arrays.fill(line, BigInteger.ZERO);
    }
    int[][] opponentConstraints = form.constraintMatrix(opponent);
    for (int r = 0; r < duals; r++) {
      for (int j = 0; j < opponentSequences; j++) {
        if (opponentConstraints[r][j] != 0) {
          matrix[j][sequences + r] = BigInteger.valueOf(opponentConstraints[r][j]);
          matrix[j][sequences + duals + r] = BigInteger.valueOf(-opponentConstraints[r][j]);
        }
      }
    }
    for (int entry = 0; entry < form.entryCount(); entry++) {
      int own = player == 0 ? form.entryRow(entry) : form.entryColumn(entry);
      int other = player == 0 ? form.entryColumn(entry) : form.entryRow(entry);
      Rational value = maximiserPayoff(form, player, entry);
      BigInteger scaled = value.numerator().multiply(scale.divide(value.denominator()));
      matrix[other][own] = matrix[other][own].subtract(scaled);
    }
    int[][] ownConstraints = form.constraintMatrix(player);
    BigInteger[] rightHandSide = new BigInteger[rows];
    Arrays.fill(rightHandSide, BigInteger.ZERO);
    boolean[] equality = new boolean[rows];
    for (int r = 0; r < ownConstraints.length; r++) {
      int row = opponentSequences + r;
      equality[row] = true;
      for (int s = 0; s < sequences; s++) {
        matrix[row][s] = BigInteger.valueOf(ownConstraints[r][s]);
      }
    }
    rightHandSide[opponentSequences] = BigInteger.ONE;
    BigInteger[] objective = new BigInteger[variables];
    Arrays.fill(objective, BigInteger.ZERO);
    objective[sequences] = BigInteger.ONE;
    objective[sequences + duals] = BigInteger.ONE.negate();
    return ExactSimplex.maximise(matrix, rightHandSide, equality, objective, meter);
  }

  /** True when {@code plan} is a realisation plan of {@code player}. */
  static boolean isPlan(SequenceForm form, int player, Rational[] plan) {
    for (Rational value : plan) {
      if (value.signum() < 0) {
        return false;
      }
    }
    if (!plan[0].equals(Rational.ONE)) {
      return false;
    }
    for (int k = 0; k < form.infosetCount(player); k++) {
      int infoset = form.infoset(player, k);
      Rational total = Rational.ZERO;
      for (int slot = 0; slot < form.tree().actionCount(infoset); slot++) {
        total = total.add(plan[form.firstSequence(infoset) + slot]);
      }
      if (!total.equals(plan[form.parentSequence(infoset)])) {
        return false;
      }
    }
    return true;
  }


  /**
   * The maximiser's program in floating point; writes its optimal value into {@code values[slot]}
   * and, when {@code multipliers} is not null, the (nonnegative parts of the) multipliers of the
   * inequality rows, which are the opponent's plan.
   */
  private static double[] solveDoubleFor(SequenceForm form, int player, double[] values, int slot, double[] multipliers) {
    int opponent = 1 - player;
    int sequences = form.sequenceCount(player);
    int duals = form.infosetCount(opponent) + 1;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] plan = new Variable[sequences];
    for (int s = 0; s < sequences; s++) {
      plan[s] = model.addVariable("x" + s).lower(0);
    }
    Variable[] bestResponseValues = new Variable[duals];
    for (int r = 0; r < duals; r++) {
      bestResponseValues[r] = model.addVariable("q" + r);
    }
    bestResponseValues[0].weight(1);
    int opponentSequences = form.sequenceCount(opponent);
    Expression[] inequalities = new Expression[opponentSequences];
    Map<Object, Integer> inequalityIndex = new IdentityHashMap<>();
    for (int j = 0; j < opponentSequences; j++) {
      inequalities[j] = model.addExpression("best" + j).upper(0);
      inequalityIndex.put(inequalities[j], j);
    }
    int[][] opponentConstraints = form.constraintMatrix(opponent);
    for (int r = 0; r < duals; r++) {
      for (int j = 0; j < opponentSequences; j++) {
        if (opponentConstraints[r][j] != 0) {
          inequalities[j].set(bestResponseValues[r], opponentConstraints[r][j]);
        }
      }
    }
    double[][] coefficients = new double[opponentSequences][];
    for (int entry = 0; entry < form.entryCount(); entry++) {
      int own = player == 0 ? form.entryRow(entry) : form.entryColumn(entry);
      int other = player == 0 ? form.entryColumn(entry) : form.entryRow(entry);
      if (coefficients[other] == null) {
        coefficients[other] = new double[sequences];
      }
      coefficients[other][own] -= player == 0 ? form.payoff(0, entry) : -form.payoff(0, entry);
    }
    for (int j = 0; j < opponentSequences; j++) {
      if (coefficients[j] != null) {
        for (int s = 0; s < sequences; s++) {
          if (coefficients[j][s] != 0.0) {
            inequalities[j].set(plan[s], coefficients[j][s]);
          }
        }
      }
    }
    int[][] ownConstraints = form.constraintMatrix(player);
    for (int r = 0; r < ownConstraints.length; r++) {
      Expression equation = model.addExpression("plan" + r).level(r == 0 ? 1 : 0);
      for (int s = 0; s < sequences; s++) {
        if (ownConstraints[r][s] != 0) {
          equation.set(plan[s], ownConstraints[r][s]);
        }
      }
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("the LP solver stopped without an optimal solution: " + result.getState());
    }
    values[slot] = result.getValue();
    if (multipliers != null) {
      for (var entry : result.getDualValues()) {
        Integer index = inequalityIndex.get(entry.getKey().getKey());
        if (index != null) {
          multipliers[index] = Math.abs(entry.doubleValue());
        }
      }
    }
    double[] solution = new double[sequences];
    for (int s = 0; s < sequences; s++) {
      solution[s] = Math.max(0.0, result.doubleValue(s));
    }
    return solution;
  }
}
