package org.agora.solvers.correlated;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agora.core.normalform.NormalFormGame;

/**
 * Correlated equilibria (Aumann 1974) and coarse correlated equilibria (Moulin and Vial 1978;
 * Hannan 1957) of an N-player normal-form game, optionally optimising an objective and subject to
 * caller-supplied linear constraints ("constrained correlated equilibria").
 *
 * <p>The equilibria are the distributions mu over pure profiles with {@code mu >= 0},
 * {@code sum mu = 1} and the incentive constraints:
 * <ul>
 *   <li>{@link Concept#CORRELATED}: for each player p and {@code s != s'},
 *       {@code sum_rest mu(s, rest) (u_p(s, rest) - u_p(s', rest)) >= 0};
 *   <li>{@link Concept#COARSE_CORRELATED}: for each p and s',
 *       {@code sum_profile mu(profile) (u_p(profile) - u_p(s', rest)) >= 0}.
 * </ul>
 * Every CE is a CCE, and the product distribution of every Nash equilibrium is a CE, so without
 * caller constraints a solution always exists.
 *
 * <p>Objectives: {@link Objective#FEASIBLE} (any equilibrium), {@link Objective#MAXIMUM_SOCIAL_WELFARE}
 * (sum of expected payoffs), {@link Objective#MAXIMUM_MINIMUM_PAYOFF} (the smallest player's expected
 * payoff, an egalitarian objective), all solved as one linear program by ojAlgo's simplex; and
 * {@link Objective#MAXIMUM_ENTROPY} (Shannon entropy, concave), solved in three steps: the LP
 * confirms feasibility, a second LP finds the largest support any equilibrium can have (see
 * {@link CorrelatedLinearPrograms}), and a projected Newton method on the convex dual finds the Gibbs
 * distribution {@code mu proportional to exp(sum_k lambda_k a_k)} on that support (see {@link MaximumEntropyDual};
 * dual tolerance {@code 1e-12} on constraint rows scaled to largest coefficient 1). The result is
 * verified: its incentive gap must be at most {@code 1e-8} times the payoff range, and each caller
 * constraint's violation {@code 1e-8} times its largest coefficient, otherwise an
 * {@link IllegalStateException} is thrown. LP results are not rejected; their measured gap and
 * constraint violation are reported in the {@link CorrelatedSolution} (typically below {@code 1e-12}).
 *
 * <p>Complexity: an LP with {@code profiles} variables and {@code sum_p m_p (m_p - 1)} (CE) or
 * {@code sum_p m_p} (CCE) incentive rows, polynomial in the size of the payoff tensor (Papadimitriou
 * and Roughgarden, "Computing correlated equilibria in multi-player games", Journal of the ACM
 * 55(3), 2008); simplex is exponential in the worst case but fast on these LPs. The tensor, and so
 * the LP, is exponential in the number of players.
 *
 * <p>Departures: LP values are read in double precision; round-off negatives are set to 0 and the
 * distribution renormalised. Among several optimal distributions the LP returns whichever vertex
 * the simplex reaches; the maximum-entropy distribution is unique.
 *
 * <p>R. J. Aumann, "Subjectivity and correlation in randomized strategies", <i>Journal of
 * Mathematical Economics</i> 1(1), 1974. H. Moulin and J.-P. Vial, "Strategically zero-sum games: the
 * class of games whose completely mixed equilibria cannot be improved upon", <i>International Journal
 * of Game Theory</i> 7(3-4), 1978. J. Hannan, "Approximation to Bayes risk in repeated play",
 * <i>Contributions to the Theory of Games</i> III, Annals of Mathematics Studies 39, 1957.
 */
public final class CorrelatedEquilibriumSolver {

  /** The equilibrium concept. */
  public enum Concept {
    /** Aumann's correlated equilibrium: no player gains by deviating from a recommendation. */
    CORRELATED,
    /** Coarse correlated (Hannan) equilibrium: no player gains by ignoring the device altogether. */
    COARSE_CORRELATED
  }

  /** What to optimise over the equilibria. */
  public enum Objective {
    /** Any equilibrium (no objective). */
    FEASIBLE,
    /** Maximise the sum of the players' expected payoffs. */
    MAXIMUM_SOCIAL_WELFARE,
    /** Maximise the smallest expected payoff over the players. */
    MAXIMUM_MINIMUM_PAYOFF,
    /** Maximise the Shannon entropy of the distribution (convex program; unique optimum). */
    MAXIMUM_ENTROPY
  }

  /** Relative tolerance (times the payoff range) of the final incentive-gap check. */
  public static final double VERIFICATION_TOLERANCE = 1e-8;

  private static final double LINEAR_PROGRAM_TOLERANCE = 1e-7;

  private final Concept concept;
  private final Objective objective;
  private final List<LinearConstraint> constraints;

  /** A solver without caller constraints. */
  public CorrelatedEquilibriumSolver(Concept concept, Objective objective) {
    this(concept, objective, List.of());
  }

  /** A solver with caller constraints added to the incentive constraints. */
  public CorrelatedEquilibriumSolver(Concept concept, Objective objective, List<LinearConstraint> constraints) {
    this.concept = Objects.requireNonNull(concept, "concept");
    this.objective = Objects.requireNonNull(objective, "objective");
    this.constraints = List.copyOf(constraints);
  }

  /** This solver with one more caller constraint. */
  public CorrelatedEquilibriumSolver withConstraint(LinearConstraint constraint) {
    List<LinearConstraint> more = new ArrayList<>(constraints);
    more.add(Objects.requireNonNull(constraint, "constraint"));
    return new CorrelatedEquilibriumSolver(concept, objective, more);
  }

  /** Shortcut: solve {@code game} for {@code concept} and {@code objective}. */
  public static CorrelatedSolution solve(NormalFormGame game, Concept concept, Objective objective) {
    return new CorrelatedEquilibriumSolver(concept, objective).solve(game);
  }

  /** The concept solved for. */
  public Concept concept() {
    return concept;
  }

  /** The objective. */
  public Objective objective() {
    return objective;
  }

  /** The caller constraints (unmodifiable). */
  public List<LinearConstraint> constraints() {
    return constraints;
  }

  /**
   * An optimal equilibrium of {@code game}.
   *
   * @throws IllegalArgumentException if a caller constraint's length is not the profile count
   * @throws InfeasibleCorrelatedProgramException if no equilibrium satisfies the caller constraints
   * @throws IllegalStateException if the numerical solvers fail or the result fails verification
   */
  public CorrelatedSolution solve(NormalFormGame game) {
    for (LinearConstraint constraint : constraints) {
      constraint.checkLength(game.profileCount());
    }
    List<IncentiveConstraints.Row> rows = IncentiveConstraints.rows(game, concept);
    Objective linearObjective = objective == Objective.MAXIMUM_ENTROPY ? Objective.FEASIBLE : objective;
    double[] values = CorrelatedLinearPrograms.solve(game, concept, rows, constraints, linearObjective);
    CorrelatedDistribution distribution = CorrelatedDistribution.fromSolver(game, values, LINEAR_PROGRAM_TOLERANCE);
    if (objective == Objective.MAXIMUM_ENTROPY) {
      boolean[] support = CorrelatedLinearPrograms.maximalSupport(game, concept, rows, constraints);
      distribution = CorrelatedDistribution.fromSolver(game, maximumEntropy(game, rows, support),
          LINEAR_PROGRAM_TOLERANCE);
    }
    double gap = CorrelatedMeasures.gap(game, distribution, concept);
    double scale = Math.max(1.0, game.maxUtility() - game.minUtility());
    double violation = 0.0;
    for (LinearConstraint constraint : constraints) {
      double constraintViolation = constraint.violation(distribution);
      violation = Math.max(violation, constraintViolation);
      if (objective == Objective.MAXIMUM_ENTROPY && constraintViolation > VERIFICATION_TOLERANCE * magnitude(constraint)) {
        throw new IllegalStateException("maximum-entropy " + concept + " solution violates " + constraint + " by "
            + constraintViolation);
      }
    }
    if (objective == Objective.MAXIMUM_ENTROPY && gap > VERIFICATION_TOLERANCE * scale) {
      throw new IllegalStateException("maximum-entropy " + concept + " solution has incentive gap " + gap
          + ", above the tolerance " + VERIFICATION_TOLERANCE * scale);
    }
    return new CorrelatedSolution(distribution, objectiveValue(game, distribution), concept, objective, gap, violation);
  }

  private static double magnitude(LinearConstraint constraint) {
    double largest = Math.max(1.0, Math.abs(constraint.rightHandSide()));
    for (double coefficient : constraint.coefficients()) {
      largest = Math.max(largest, Math.abs(coefficient));
    }
    return largest;
  }

  private double objectiveValue(NormalFormGame game, CorrelatedDistribution distribution) {
    return switch (objective) {
      case FEASIBLE -> 0.0;
      case MAXIMUM_SOCIAL_WELFARE -> distribution.socialWelfare(game);
      case MAXIMUM_MINIMUM_PAYOFF -> distribution.minimumPayoff(game);
      case MAXIMUM_ENTROPY -> distribution.entropy();
    };
  }

  /** Builds the normalised constraint rows on the support and runs the dual Newton method. */
  private double[] maximumEntropy(NormalFormGame game, List<IncentiveConstraints.Row> rows, boolean[] support) {
    int[] points = new int[support.length];
    int size = 0;
    for (int profile = 0; profile < support.length; profile++) {
      if (support[profile]) {
        points[size++] = profile;
      }
    }
    List<double[]> restricted = new ArrayList<>();
    List<Double> rightHandSides = new ArrayList<>();
    List<Boolean> equalities = new ArrayList<>();
    for (IncentiveConstraints.Row row : rows) {
      addRestricted(row.coefficients(), 1.0, 0.0, false, points, size, restricted, rightHandSides, equalities);
    }
    for (LinearConstraint constraint : constraints) {
      double sign = constraint.relation() == LinearConstraint.Relation.LESS_OR_EQUAL ? -1.0 : 1.0;
      addRestricted(constraint.coefficients(), sign, constraint.rightHandSide(),
          constraint.relation() == LinearConstraint.Relation.EQUAL, points, size, restricted, rightHandSides,
          equalities);
    }
    double[] rightHandSideArray = new double[restricted.size()];
    boolean[] equalityArray = new boolean[restricted.size()];
    for (int k = 0; k < rightHandSideArray.length; k++) {
      rightHandSideArray[k] = rightHandSides.get(k);
      equalityArray[k] = equalities.get(k);
    }
    double[] onSupport = MaximumEntropyDual.maximise(restricted.toArray(new double[0][]), rightHandSideArray,
        equalityArray, size);
    double[] full = new double[game.profileCount()];
    for (int j = 0; j < size; j++) {
      full[points[j]] = onSupport[j];
    }
    return full;
  }

  private static void addRestricted(double[] coefficients, double sign, double rightHandSide, boolean equality,
      int[] points, int size, List<double[]> restricted, List<Double> rightHandSides, List<Boolean> equalities) {
    double[] row = new double[size];
    double largest = 0.0;
    for (int j = 0; j < size; j++) {
      row[j] = sign * coefficients[points[j]];
      largest = Math.max(largest, Math.abs(row[j]));
    }
    if (largest == 0.0) {
      return; // constant on the support; the feasibility LP has already checked it
    }
    for (int j = 0; j < size; j++) {
      row[j] /= largest;
    }
    restricted.add(row);
    rightHandSides.add(sign * rightHandSide / largest);
    equalities.add(equality);
  }
}
