package org.agora.solvers.sequenceform;

import java.math.BigInteger;
import java.util.Arrays;
import org.agora.core.Rational;
import org.agora.core.job.ProgressMeter;
import org.agora.solvers.linear.IntegerTableau;
import org.agora.solvers.linear.LexicographicRatioTest;

/**
 * One Nash equilibrium of a two-player (general-sum) extensive game with perfect recall, exactly,
 * by Lemke's algorithm on the sequence-form linear complementarity problem.
 *
 * <p>Koller, Megiddo and von Stengel, "Efficient computation of equilibria for extensive two-person
 * games", Games and Economic Behavior 14, 1996: (x, y) is an equilibrium iff there are u, v with
 * {@code E x = e, F y = f, x, y >= 0}, {@code x ⊥ E^T u - A y >= 0} and
 * {@code y ⊥ F^T v - B^T x >= 0}. The free u, v are split into nonnegative parts and each equation
 * into two inequalities, giving the standard LCP {@code w = q + M z >= 0, z >= 0, w^T z = 0} with
 * {@code z = (x, y, u+, u-, v+, v-)}, {@code q = (0, 0, e, -e, f, -f)} and
 * <pre>
 *   w_x  = -A y + E^T u+ - E^T u-      w_u+ = e - E x     w_u- = E x - e
 *   w_y  = -B^T x + F^T v+ - F^T v-    w_v+ = f - F y     w_v- = F y - f
 * </pre>
 * (the blocks linking plans and multipliers are skew-symmetric). Every leaf utility is first
 * shifted per player to be negative (adding c at every leaf adds c to every expected payoff, so
 * equilibria are unchanged), which makes M copositive, and scaled to integers.
 *
 * <p>Lemke's algorithm (Lemke, "Bimatrix equilibrium points and mathematical programming",
 * Management Science 11, 1965) with the covering vector {@code d = (1, ..., 1)}: the artificial
 * z0 enters at level {@code max(-q_i)}, then complementary pivoting continues until z0 leaves.
 * Pivoting is fraction-free on an {@link IntegerTableau}; the leaving variable is chosen by the
 * lexicographic minimum-ratio test against the initial basis (perturbation
 * {@code q + (ε, ε², ...)}), so degenerate games never cycle (Eaves, "The linear complementarity
 * problem", Management Science 17, 1971). The first pivot breaks its tie by the same rule (the
 * largest tied row index), which keeps every tableau row lexicographically positive.
 *
 * <p>Complexity: each pivot is O(N^2) integer operations for {@code N = |S_0| + |S_1| + 2(|I_0| +
 * |I_1| + 2)}; the number of pivots is exponential in the worst case and small in practice.
 * Departures: none; a termination on a secondary ray (not expected for this LCP) is reported as an
 * {@link IllegalStateException}.
 */
public final class SequenceFormLcpSolver {

  /**
   * An exact equilibrium.
   *
   * @param behaviour both players' behaviour strategies per slot ({@code infoset * maxActions + slot})
   * @param plans the realisation plans, {@code plans[player][sequence]}
   * @param payoffs each player's expected payoff under the equilibrium
   * @param pivots the number of pivots taken
   */
  public record ExactEquilibrium(Rational[] behaviour, Rational[][] plans, Rational[] payoffs, int pivots) {

    /** The behaviour profile in floating point. */
    public double[] doubleBehaviour() {
      return SequenceForm.toDouble(behaviour);
    }
  }

  /** A solver; it keeps no state between calls. */
  public SequenceFormLcpSolver() {}

  /**
   * Computes one equilibrium.
   *
   * @throws IllegalStateException unless the tree was compiled with exact values, or if Lemke's
   *     algorithm ends on a secondary ray
   */
  public ExactEquilibrium solve(SequenceForm form) {
    return solve(form, ProgressMeter.none());
  }

  /**
   * Computes one equilibrium, counting Lemke pivots on {@code meter}, which is polled for cancellation
   * before each pivot.
   *
   * @throws IllegalStateException unless the tree was compiled with exact values, or if Lemke's
   *     algorithm ends on a secondary ray
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  public ExactEquilibrium solve(SequenceForm form, ProgressMeter meter) {
    if (!form.isExact()) {
      throw new IllegalStateException("the sequence-form LCP needs a tree compiled with exact values "
          + "(GameTreeCompiler.compile(game, limit, true))");
    }
    int n0 = form.sequenceCount(0);
    int n1 = form.sequenceCount(1);
    int m0 = form.infosetCount(0) + 1;
    int m1 = form.infosetCount(1) + 1;
    int size = n0 + n1 + 2 * m0 + 2 * m1;
    int uPlus = n0 + n1;
    int uMinus = uPlus + m0;
    int vPlus = uMinus + m0;
    int vMinus = vPlus + m1;
    BigInteger[][] matrix = new BigInteger[size][size];
    for (BigInteger[] row : matrix) {
      Arrays.fill(row, BigInteger.ZERO);
    }
    BigInteger[][] negativePayoffs = negativeIntegerPayoffs(form);
    for (int entry = 0; entry < form.entryCount(); entry++) {
      int s = form.entryRow(entry);
      int t = form.entryColumn(entry);
      matrix[s][n0 + t] = negativePayoffs[0][entry].negate();
      matrix[n0 + t][s] = negativePayoffs[1][entry].negate();
    }
    int[][] e = form.constraintMatrix(0);
    for (int r = 0; r < m0; r++) {
      for (int s = 0; s < n0; s++) {
        if (e[r][s] != 0) {
          BigInteger value = BigInteger.valueOf(e[r][s]);
          matrix[s][uPlus + r] = value;
          matrix[s][uMinus + r] = value.negate();
          matrix[uPlus + r][s] = value.negate();
          matrix[uMinus + r][s] = value;
        }
      }
    }
    int[][] f = form.constraintMatrix(1);
    for (int r = 0; r < m1; r++) {
      for (int t = 0; t < n1; t++) {
        if (f[r][t] != 0) {
          BigInteger value = BigInteger.valueOf(f[r][t]);
          matrix[n0 + t][vPlus + r] = value;
          matrix[n0 + t][vMinus + r] = value.negate();
          matrix[vPlus + r][n0 + t] = value.negate();
          matrix[vMinus + r][n0 + t] = value;
        }
      }
    }
    BigInteger[] q = new BigInteger[size];
    Arrays.fill(q, BigInteger.ZERO);
    q[uPlus] = BigInteger.ONE;
    q[uMinus] = BigInteger.ONE.negate();
    q[vPlus] = BigInteger.ONE;
    q[vMinus] = BigInteger.ONE.negate();
    LemkePath path = lemke(matrix, q, meter);
    IntegerTableau tableau = path.tableau();
    Rational[] x = new Rational[n0];
    Rational[] y = new Rational[n1];
    int rhs = 2 * size + 1;
    for (int s = 0; s < n0 + n1; s++) {
      int row = tableau.rowOfVariable(size + s);
      Rational value = row < 0 ? Rational.ZERO : tableau.value(row, rhs);
      if (s < n0) {
        x[s] = value;
      } else {
        y[s - n0] = value;
      }
    }
    if (!SequenceFormLpSolver.isPlan(form, 0, x) || !SequenceFormLpSolver.isPlan(form, 1, y)) {
      throw new IllegalStateException("Lemke's algorithm ended without realisation plans; this is a bug");
    }
    Rational[] behaviour = form.newExactSlotArray();
    form.writeBehaviour(0, x, behaviour);
    form.writeBehaviour(1, y, behaviour);
    Rational[] payoffs = {payoff(form, 0, x, y), payoff(form, 1, x, y)};
    return new ExactEquilibrium(behaviour, new Rational[][] {x, y}, payoffs, path.pivots());
  }

  /** The final tableau of Lemke's algorithm and the number of pivots taken. */
  private record LemkePath(IntegerTableau tableau, int pivots) {}

  /**
   * Lemke's algorithm on {@code w - M z - d z0 = q} with {@code d = 1}. Columns: w (0..N-1),
   * z (N..2N-1), z0 (2N), right-hand side (2N+1).
   */
  private static LemkePath lemke(BigInteger[][] matrix, BigInteger[] q, ProgressMeter meter) {
    int size = q.length;
    int artificial = 2 * size;
    int rhs = artificial + 1;
    int first = 0;
    for (int row = 1; row < size; row++) {
      if (q[row].compareTo(q[first]) <= 0) {
        first = row;
      }
    }
    BigInteger[][] entries = new BigInteger[size][rhs + 1];
    for (int row = 0; row < size; row++) {
      Arrays.fill(entries[row], BigInteger.ZERO);
      entries[row][row] = BigInteger.ONE;
      for (int column = 0; column < size; column++) {
        entries[row][size + column] = matrix[row][column].negate();
      }
      entries[row][artificial] = BigInteger.ONE.negate();
      entries[row][rhs] = q[row];
    }
    // The first pivot (z0 in, w_first out) has pivot element -1; done here so that the integer
    // tableau starts from an identity basis with divisor 1.
    BigInteger[] pivotRow = entries[first];
    for (int column = 0; column <= rhs; column++) {
      pivotRow[column] = pivotRow[column].negate();
    }
    for (int row = 0; row < size; row++) {
      if (row != first) {
        for (int column = 0; column <= rhs; column++) {
          entries[row][column] = entries[row][column].add(pivotRow[column]);
        }
      }
    }
    int[] basis = new int[size];
    for (int row = 0; row < size; row++) {
      basis[row] = row == first ? artificial : row;
    }
    IntegerTableau tableau = new IntegerTableau(entries, basis);
    int[] tieBreak = new int[size];
    for (int column = 0; column < size; column++) {
      tieBreak[column] = column;
    }
    int entering = size + first;
    int pivots = 1;
    while (true) {
      int row = LexicographicRatioTest.leavingRow(tableau, entering, rhs, tieBreak, size);
      if (row < 0) {
        throw new IllegalStateException("Lemke's algorithm ended on a secondary ray after " + pivots + " pivots");
      }
      int leaving = tableau.basicVariable(row);
      meter.step();
      tableau.pivot(row, entering);
      pivots++;
      if (leaving == artificial) {
        return new LemkePath(tableau, pivots);
      }
      entering = leaving < size ? leaving + size : leaving - size;
    }
  }

  /**
   * Both players' payoffs shifted so every leaf utility is at most -1 and scaled to integers by
   * the least common multiple of the denominators: {@code result[player][entry]}.
   */
  private static BigInteger[][] negativeIntegerPayoffs(SequenceForm form) {
    var tree = form.tree();
    BigInteger[][] result = new BigInteger[2][form.entryCount()];
    for (int player = 0; player < 2; player++) {
      Rational maximum = null;
      for (int node = 0; node < tree.nodeCount(); node++) {
        if (tree.isTerminal(node)) {
          Rational utility = tree.exactUtility(node, player);
          maximum = maximum == null || utility.compareTo(maximum) > 0 ? utility : maximum;
        }
      }
      Rational shift = (maximum == null ? Rational.ZERO : maximum).add(Rational.ONE).negate();
      Rational[] shifted = new Rational[form.entryCount()];
      BigInteger scale = BigInteger.ONE;
      for (int entry = 0; entry < shifted.length; entry++) {
        shifted[entry] = form.exactPayoff(player, entry).add(shift.multiply(form.exactChanceReach(entry)));
        BigInteger denominator = shifted[entry].denominator();
        scale = scale.divide(scale.gcd(denominator)).multiply(denominator);
      }
      for (int entry = 0; entry < shifted.length; entry++) {
        result[player][entry] = shifted[entry].numerator().multiply(scale.divide(shifted[entry].denominator()));
      }
    }
    return result;
  }

  /** {@code player}'s expected payoff {@code x^T A y} (or {@code x^T B y}) with the original payoffs. */
  static Rational payoff(SequenceForm form, int player, Rational[] x, Rational[] y) {
    Rational total = Rational.ZERO;
    for (int entry = 0; entry < form.entryCount(); entry++) {
      Rational weight = x[form.entryRow(entry)].multiply(y[form.entryColumn(entry)]);
      if (weight.signum() != 0) {
        total = total.add(weight.multiply(form.exactPayoff(player, entry)));
      }
    }
    return total;
  }
}
