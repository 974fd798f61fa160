package org.agora.solvers.sequenceform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Rational;
import org.agora.solvers.bestresponse.ExactBestResponse;

/**
 * An exact equilibrium recovered from an approximate one by its supports, then certified.
 *
 * <p>Given floating-point realisation plans (x~, y~), take the supports S = {s : x~(s) > tol} and
 * T = {t : y~(t) > tol} and solve, in exact rationals, the equalities of the sequence-form LCP of
 * Koller, Megiddo and von Stengel ("Efficient computation of equilibria for extensive two-person
 * games", Games and Economic Behavior 14, 1996) that hold on those supports:
 * {@code F y = f, y(t) = 0 off T, (E^T u - A y)(s) = 0 for s in S} for (y, u), and
 * {@code E x = e, x(s) = 0 off S, (F^T v - B^T x)(t) = 0 for t in T} for (x, v). When the
 * floating-point plans lie near an equilibrium whose supports they reveal (as at a vertex found by
 * simplex), the solution is that equilibrium; when the supports leave freedom (degenerate games),
 * the free plan entries keep their floating-point values. It is accepted only if both are realisation plans and
 * the exact NashConv ({@link ExactBestResponse}) is zero, so a result is always a certified exact
 * equilibrium; otherwise the method reports failure. This is the classical idea of rounding to a
 * basis and verifying exactly ("crossover"); the sparse systems are solved by
 * {@link SparseRationalSystem}.
 */
final class SupportReconstruction {

  /** Default support threshold on realisation-plan values. */
  static final double TOLERANCE = 1e-9;

  private SupportReconstruction() {}

  /**
   * Exact plans {@code {x, y}} certified as an equilibrium, or null.
   *
   * @throws IllegalStateException unless the form has exact values
   */
  static Rational[][] reconstruct(SequenceForm form, double[] rowPlan, double[] columnPlan) {
    Rational[] y = solveFor(form, 1, columnPlan, rowPlan);
    Rational[] x = y == null ? null : solveFor(form, 0, rowPlan, columnPlan);
    if (x == null || !SequenceFormLpSolver.isPlan(form, 0, x) || !SequenceFormLpSolver.isPlan(form, 1, y)) {
      return null;
    }
    Rational[] behaviour = form.newExactSlotArray();
    form.writeBehaviour(0, x, behaviour);
    form.writeBehaviour(1, y, behaviour);
    if (ExactBestResponse.nashConv(form.tree(), behaviour).signum() != 0) {
      return null;
    }
    return new Rational[][] {x, y};
  }

  /**
   * Solves for {@code player}'s plan on its support together with the opponent's information-state
   * values, from the opponent's indifference on the opponent's support.
   */
  private static Rational[] solveFor(SequenceForm form, int player, double[] plan, double[] opponentPlan) {
    int opponent = 1 - player;
    int sequences = form.sequenceCount(player);
    int[] index = new int[sequences];
    int unknowns = 0;
    for (int s = 0; s < sequences; s++) {
      index[s] = plan[s] > TOLERANCE ? unknowns++ : -1;
    }
    int valueOffset = unknowns;
    int opponentRows = form.infosetCount(opponent) + 1;
    SparseRationalSystem system = new SparseRationalSystem(unknowns + opponentRows);
    // The player's plan constraints restricted to the support.
    Map<Integer, Rational> equation = new HashMap<>();
    if (index[0] >= 0) {
      equation.put(index[0], Rational.ONE);
    }
    system.addEquation(equation, Rational.ONE);
    for (int k = 0; k < form.infosetCount(player); k++) {
      int infoset = form.infoset(player, k);
      equation = new HashMap<>();
      int parent = index[form.parentSequence(infoset)];
      if (parent >= 0) {
        equation.put(parent, Rational.ONE.negate());
      }
      for (int slot = 0; slot < form.tree().actionCount(infoset); slot++) {
        int sequence = index[form.firstSequence(infoset) + slot];
        if (sequence >= 0) {
          equation.put(sequence, Rational.ONE);
        }
      }
      system.addEquation(equation, Rational.ZERO);
    }
    // The opponent's indifference on its support and on every sequence that is (numerically) a best
    // response: (constraints^T values - payoff^T plan)(t) = 0.
    int opponentSequences = form.sequenceCount(opponent);
    List<Map<Integer, Rational>> rows = new ArrayList<>(opponentSequences);
    boolean[] tight = tightSequences(form, opponent, plan);
    for (int t = 0; t < opponentSequences; t++) {
      rows.add(opponentPlan[t] > TOLERANCE || tight[t] ? new HashMap<>() : null);
    }
    int[][] constraints = form.constraintMatrix(opponent);
    for (int r = 0; r < opponentRows; r++) {
      for (int t = 0; t < opponentSequences; t++) {
        if (constraints[r][t] != 0 && rows.get(t) != null) {
          rows.get(t).put(valueOffset + r, Rational.of(constraints[r][t]));
        }
      }
    }
    for (int entry = 0; entry < form.entryCount(); entry++) {
      int own = player == 0 ? form.entryRow(entry) : form.entryColumn(entry);
      int other = player == 0 ? form.entryColumn(entry) : form.entryRow(entry);
      if (index[own] >= 0 && rows.get(other) != null) {
        rows.get(other).merge(index[own], form.exactPayoff(opponent, entry).negate(), Rational::add);
      }
    }
    for (Map<Integer, Rational> row : rows) {
      if (row != null) {
        system.addEquation(row, Rational.ZERO);
      }
    }
    // Values first, so that the free columns of an underdetermined system are plan entries, which
    // then keep their floating-point values (exactly, as binary fractions).
    int total = unknowns + opponentRows;
    int[] order = new int[total];
    Rational[] freeValues = new Rational[total];
    for (int k = 0; k < total; k++) {
      order[k] = k < opponentRows ? valueOffset + k : k - opponentRows;
      freeValues[k] = Rational.ZERO;
    }
    for (int s = 0; s < sequences; s++) {
      if (index[s] >= 0) {
        freeValues[index[s]] = Rational.of(plan[s]);
      }
    }
    Rational[] solution = system.solve(order, freeValues);
    if (solution == null) {
      return null;
    }
    Rational[] result = new Rational[sequences];
    for (int s = 0; s < sequences; s++) {
      result[s] = index[s] >= 0 ? solution[index[s]] : Rational.ZERO;
    }
    return result;
  }

  /**
   * The sequences of {@code responder} that are best responses, within {@link #TOLERANCE}, to the
   * other player's floating-point {@code plan}: W(s) = (payoff against plan)(s) + sum of the values of
   * the information states right after s, value(I) = max over I's sequences of W, and s is tight when
   * W(s) is within the tolerance of value(I(s)). Information-state ids grow from parent to child,
   * so one pass in decreasing id order suffices.
   */
  private static boolean[] tightSequences(SequenceForm form, int responder, double[] plan) {
    int sequences = form.sequenceCount(responder);
    double[] worth = new double[sequences];
    for (int entry = 0; entry < form.entryCount(); entry++) {
      int own = responder == 0 ? form.entryRow(entry) : form.entryColumn(entry);
      int other = responder == 0 ? form.entryColumn(entry) : form.entryRow(entry);
      worth[own] += form.payoff(responder, entry) * plan[other];
    }
    boolean[] tight = new boolean[sequences];
    tight[0] = true;
    for (int k = form.infosetCount(responder) - 1; k >= 0; k--) {
      int infoset = form.infoset(responder, k);
      int first = form.firstSequence(infoset);
      int count = form.tree().actionCount(infoset);
      double best = Double.NEGATIVE_INFINITY;
      for (int slot = 0; slot < count; slot++) {
        best = Math.max(best, worth[first + slot]);
      }
      for (int slot = 0; slot < count; slot++) {
        tight[first + slot] = worth[first + slot] >= best - TOLERANCE * (1 + Math.abs(best));
      }
      worth[form.parentSequence(infoset)] += best;
    }
    return tight;
  }
}
