package org.agora.solvers.linear;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimum-ratio tests for choosing the leaving row of a pivot.
 *
 * <p>The lexicographic test breaks ties in the right-hand-side ratio by the ratios in the columns
 * of the initial basis, taken in order. It is the symbolic form of perturbing the right-hand side
 * to {@code b + (ε, ε², ...)}: the perturbed problem is nondegenerate, the leaving row is unique
 * and pivoting never cycles (Dantzig, Orden and Wolfe, Pacific J. Math. 1955; for complementary
 * pivoting see von Stengel, Handbook of Game Theory vol. 3, 2002, section 3.6).
 */
public final class LexicographicRatioTest {

  private LexicographicRatioTest() {}

  /**
   * The row of the lexicographically smallest ratio among rows {@code 0 .. rowLimit-1} with a
   * positive entry in {@code enteringColumn}, or -1 when the column has no positive entry there.
   *
   * @param tieBreakColumns the columns of the initial basis (an identity), in the order of the
   *     perturbation
   */
  public static int leavingRow(PivotingTableau tableau, int enteringColumn, int rightHandSideColumn,
      int[] tieBreakColumns, int rowLimit) {
    List<Integer> candidates = new ArrayList<>();
    for (int row = 0; row < rowLimit; row++) {
      if (tableau.signum(row, enteringColumn) > 0) {
        candidates.add(row);
      }
    }
    if (candidates.isEmpty()) {
      return -1;
    }
    candidates = minimumRows(tableau, candidates, rightHandSideColumn, enteringColumn);
    for (int index = 0; index < tieBreakColumns.length && candidates.size() > 1; index++) {
      candidates = minimumRows(tableau, candidates, tieBreakColumns[index], enteringColumn);
    }
    if (candidates.size() > 1) {
      throw new IllegalStateException("lexicographic ratio test left " + candidates.size()
          + " tied rows: the tie-break columns are not an initial basis");
    }
    return candidates.get(0);
  }

  /**
   * All rows (among {@code 0 .. rowLimit-1}) attaining the minimum ratio of the right-hand side to
   * a positive entry of {@code enteringColumn}; pivoting on any of them keeps the basis feasible.
   * Empty when the column has no positive entry.
   */
  public static List<Integer> minimumRatioRows(PivotingTableau tableau, int enteringColumn,
      int rightHandSideColumn, int rowLimit) {
    List<Integer> candidates = new ArrayList<>();
    for (int row = 0; row < rowLimit; row++) {
      if (tableau.signum(row, enteringColumn) > 0) {
        candidates.add(row);
      }
    }
    return candidates.isEmpty() ? candidates : minimumRows(tableau, candidates, rightHandSideColumn, enteringColumn);
  }

  private static List<Integer> minimumRows(PivotingTableau tableau, List<Integer> rows, int numeratorColumn,
      int denominatorColumn) {
    List<Integer> best = new ArrayList<>();
    for (int row : rows) {
      if (best.isEmpty()) {
        best.add(row);
        continue;
      }
      int comparison = tableau.compareRatios(row, best.get(0), numeratorColumn, denominatorColumn);
      if (comparison < 0) {
        best.clear();
        best.add(row);
      } else if (comparison == 0) {
        best.add(row);
      }
    }
    return best;
  }
}
