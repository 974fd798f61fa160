package org.agora.solvers.correlated;

import java.util.Arrays;
import java.util.Objects;

/**
 * A caller-supplied linear constraint on a correlated distribution,
 * {@code sum_profile coefficients[profile] * mu(profile) RELATION rightHandSide}, with
 * coefficients indexed like the game's payoff tensor. Adding such constraints to the incentive
 * constraints gives the "constrained correlated equilibria" of the literature (for example a floor
 * on one player's payoff, or forbidding a profile).
 *
 * <p>Immutable; the coefficient array is copied in and out.
 */
public record LinearConstraint(double[] coefficients, Relation relation, double rightHandSide) {

  /** How the left-hand side compares with the right-hand side. */
  public enum Relation {
    /** {@code coefficients . mu <= rightHandSide}. */
    LESS_OR_EQUAL,
    /** {@code coefficients . mu >= rightHandSide}. */
    GREATER_OR_EQUAL,
    /** {@code coefficients . mu == rightHandSide}. */
    EQUAL
  }

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a coefficient or the right-hand side is not finite
   */
  public LinearConstraint {
    Objects.requireNonNull(relation, "relation");
    coefficients = coefficients.clone();
    for (int profile = 0; profile < coefficients.length; profile++) {
      if (!Double.isFinite(coefficients[profile])) {
        throw new IllegalArgumentException("coefficient of profile " + profile + " is " + coefficients[profile]);
      }
    }
    if (!Double.isFinite(rightHandSide)) {
      throw new IllegalArgumentException("right-hand side is " + rightHandSide);
    }
  }

  /** {@code coefficients . mu <= rightHandSide}. */
  public static LinearConstraint atMost(double[] coefficients, double rightHandSide) {
    return new LinearConstraint(coefficients, Relation.LESS_OR_EQUAL, rightHandSide);
  }

  /** {@code coefficients . mu >= rightHandSide}. */
  public static LinearConstraint atLeast(double[] coefficients, double rightHandSide) {
    return new LinearConstraint(coefficients, Relation.GREATER_OR_EQUAL, rightHandSide);
  }

  /** {@code coefficients . mu == rightHandSide}. */
  public static LinearConstraint equalTo(double[] coefficients, double rightHandSide) {
    return new LinearConstraint(coefficients, Relation.EQUAL, rightHandSide);
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** {@code coefficients . mu}. */
  public double leftHandSide(CorrelatedDistribution distribution) {
    checkLength(distribution.profileCount());
    double sum = 0.0;
    for (int profile = 0; profile < coefficients.length; profile++) {
      sum += coefficients[profile] * distribution.probability(profile);
    }
    return sum;
  }

  /** By how much the distribution violates the constraint (0 when it holds). */
  public double violation(CorrelatedDistribution distribution) {
    double difference = leftHandSide(distribution) - rightHandSide;
    return switch (relation) {
      case LESS_OR_EQUAL -> Math.max(0.0, difference);
      case GREATER_OR_EQUAL -> Math.max(0.0, -difference);
      case EQUAL -> Math.abs(difference);
    };
  }

  void checkLength(int profileCount) {
    if (coefficients.length != profileCount) {
      throw new IllegalArgumentException("constraint has " + coefficients.length + " coefficients, the game has "
          + profileCount + " pure profiles");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearConstraint other && relation == other.relation
        && Double.compare(rightHandSide, other.rightHandSide) == 0 && Arrays.equals(coefficients, other.coefficients);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(coefficients), relation, rightHandSide);
  }

  @Override
  public String toString() {
    return "LinearConstraint[" + Arrays.toString(coefficients) + " " + relation + " " + rightHandSide + "]";
  }
}
