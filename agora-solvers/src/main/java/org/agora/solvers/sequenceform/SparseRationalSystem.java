package org.agora.solvers.sequenceform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.Rational;

/**
 * A sparse system of linear equations over the rationals, solved by Gauss–Jordan elimination with
 * a sparsity-preserving pivot choice (for each column, the candidate row with the fewest nonzeros,
 * after Markowitz, "The elimination form of the inverse and its application to linear
 * programming", Management Science 3, 1957). Returns one solution, with the free variables at
 * given values, or reports an inconsistent system.
 *
 * <p>Cost: depends on fill-in; for the tree-structured systems of the sequence form it stays close
 * to linear in the number of nonzeros times the cost of rational arithmetic.
 */
final class SparseRationalSystem {

  private final int variables;
  private final List<Map<Integer, Rational>> rows = new ArrayList<>();
  private final List<Rational> rightHandSides = new ArrayList<>();

  SparseRationalSystem(int variables) {
    this.variables = variables;
  }

  /** Adds the equation {@code sum of coefficients[k] * x[k] = rightHandSide} (zero coefficients are dropped). */
  void addEquation(Map<Integer, Rational> coefficients, Rational rightHandSide) {
    Map<Integer, Rational> row = new HashMap<>();
    coefficients.forEach((variable, value) -> {
      if (value.signum() != 0) {
        row.put(variable, value);
      }
    });
    rows.add(row);
    rightHandSides.add(rightHandSide);
  }

  /**
   * One solution, or null when the equations are inconsistent. Columns are eliminated in
   * {@code columnOrder} (columns early in the order become basic where possible); a column left
   * without a pivot is free and takes its value from {@code freeValues}.
   */
  Rational[] solve(int[] columnOrder, Rational[] freeValues) {
    int count = rows.size();
    List<Set<Integer>> rowsOfColumn = new ArrayList<>(variables);
    for (int column = 0; column < variables; column++) {
      rowsOfColumn.add(new HashSet<>());
    }
    for (int row = 0; row < count; row++) {
      for (int column : rows.get(row).keySet()) {
        rowsOfColumn.get(column).add(row);
      }
    }
    Rational[] rhs = rightHandSides.toArray(Rational[]::new);
    boolean[] used = new boolean[count];
    int[] pivotRowOf = new int[variables];
    java.util.Arrays.fill(pivotRowOf, -1);
    for (int column : columnOrder) {
      int pivot = -1;
      for (int row : rowsOfColumn.get(column)) {
        if (!used[row] && (pivot < 0 || rows.get(row).size() < rows.get(pivot).size())) {
          pivot = row;
        }
      }
      if (pivot < 0) {
        continue;
      }
      used[pivot] = true;
      pivotRowOf[column] = pivot;
      Map<Integer, Rational> pivotRow = rows.get(pivot);
      Rational pivotValue = pivotRow.get(column);
      for (int row : new ArrayList<>(rowsOfColumn.get(column))) {
        if (row == pivot) {
          continue;
        }
        Map<Integer, Rational> target = rows.get(row);
        Rational factor = target.get(column).divide(pivotValue);
        for (Map.Entry<Integer, Rational> entry : pivotRow.entrySet()) {
          int other = entry.getKey();
          Rational updated = target.getOrDefault(other, Rational.ZERO).subtract(factor.multiply(entry.getValue()));
          if (updated.signum() == 0) {
            target.remove(other);
            rowsOfColumn.get(other).remove(row);
          } else {
            if (target.put(other, updated) == null) {
              rowsOfColumn.get(other).add(row);
            }
          }
        }
        rhs[row] = rhs[row].subtract(factor.multiply(rhs[pivot]));
      }
    }
    for (int row = 0; row < count; row++) {
      if (!used[row] && rows.get(row).isEmpty() && rhs[row].signum() != 0) {
        return null;
      }
    }
    Rational[] solution = new Rational[variables];
    for (int column = 0; column < variables; column++) {
      solution[column] = pivotRowOf[column] < 0 ? freeValues[column] : null;
    }
    for (int column = 0; column < variables; column++) {
      int row = pivotRowOf[column];
      if (row >= 0) {
        Rational total = rhs[row];
        for (Map.Entry<Integer, Rational> entry : rows.get(row).entrySet()) {
          if (entry.getKey() != column) {
            total = total.subtract(entry.getValue().multiply(solution[entry.getKey()]));
          }
        }
        solution[column] = total.divide(rows.get(row).get(column));
      }
    }
    return solution;
  }
}
