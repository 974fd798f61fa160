package org.agora.solvers.nash.approximate;

/**
 * Tangent and Newton-corrector steps for following the solution curve of the logit system
 * {@link LogitHomotopy} by pseudo-arc-length continuation (Keller 1977; Allgower and Georg,
 * "Numerical Continuation Methods: An Introduction", Springer, 1990, chapters 2-3). The curve is
 * parametrised by arc length, so turning points (where lambda decreases) are passed like any other
 * point.
 *
 * <p>Each step solves one bordered square system {@code [J; c^T] d = r} of size {@code M + 1} by
 * Gaussian elimination, {@code O(M^3)}, after one Jacobian evaluation.
 */
public final class ArcLengthContinuation {

  /** Largest number of Newton iterations before a correction is declared failed. */
  public static final int MAX_NEWTON_ITERATIONS = 8;

  /** A correction that stops contracting below this relative size is accepted as converged. */
  private static final double NOISE_FLOOR = 1e-8;

  private final LogitHomotopy system;

  /** Continuation on {@code system}. */
  public ArcLengthContinuation(LogitHomotopy system) {
    this.system = system;
  }

  /**
   * The orientation of {@code tangent} at {@code point}: the sign of the determinant of the
   * Jacobian bordered by the tangent, {@code det [J; t^T]}. Along a regular branch it is constant
   * for the tangent carried forward, and it flips only at a bifurcation, so a step that lands with
   * the opposite orientation has jumped to another arm of the curve (Allgower and Georg 1990,
   * section 2.1).
   */
  public int orientation(double[] point, double[] tangent) {
    double[][] jacobian = system.jacobian(point);
    int n = system.unknowns();
    double[][] bordered = new double[n][];
    System.arraycopy(jacobian, 0, bordered, 0, n - 1);
    bordered[n - 1] = tangent;
    return DenseLinearSolver.determinantSign(bordered);
  }

  /**
   * The unit tangent at {@code point}, oriented to make a positive inner product with
   * {@code previous}; {@code null} if the bordered Jacobian is singular (a bifurcation).
   */
  public double[] tangent(double[] point, double[] previous) {
    double[][] jacobian = system.jacobian(point);
    int n = system.unknowns();
    double[][] bordered = new double[n][];
    System.arraycopy(jacobian, 0, bordered, 0, n - 1);
    bordered[n - 1] = previous.clone();
    double[] rightHandSide = new double[n];
    rightHandSide[n - 1] = 1.0;
    double[] tangent = DenseLinearSolver.solve(bordered, rightHandSide);
    if (tangent == null) {
      return null;
    }
    double norm = 0.0;
    for (double value : tangent) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < n; i++) {
      tangent[i] /= norm;
    }
    return tangent;
  }

  /**
   * Newton's method on {@code H(x) = 0, constraint . x = target} from {@code start}; returns the
   * solution, or {@code null} if the iteration does not contract or does not converge within
   * {@link #MAX_NEWTON_ITERATIONS}. Convergence: every component's update is below
   * {@code 1e-10 * (1 + |component|)}, or below {@code 1e-8 * (1 + |component|)} once the updates
   * stop shrinking (the rounding floor when lambda times the payoffs is large).
   */
  public double[] correct(double[] start, double[] constraint, double target) {
    int n = system.unknowns();
    double[] point = start.clone();
    double previousSize = Double.POSITIVE_INFINITY;
    for (int iteration = 0; iteration < MAX_NEWTON_ITERATIONS; iteration++) {
      double[] residual = system.residual(point);
      double[][] jacobian = system.jacobian(point);
      double[][] bordered = new double[n][];
      System.arraycopy(jacobian, 0, bordered, 0, n - 1);
      bordered[n - 1] = constraint;
      double[] rightHandSide = new double[n];
      double constraintValue = 0.0;
      for (int i = 0; i < n; i++) {
        constraintValue += constraint[i] * point[i];
      }
      for (int i = 0; i < n - 1; i++) {
        rightHandSide[i] = -residual[i];
      }
      rightHandSide[n - 1] = target - constraintValue;
      double[] update = DenseLinearSolver.solve(bordered, rightHandSide);
      if (update == null) {
        return null;
      }
      double size = 0.0;
      for (int i = 0; i < n; i++) {
        point[i] += update[i];
        size = Math.max(size, Math.abs(update[i]) / (1.0 + Math.abs(point[i])));
      }
      if (!(size < 1e300)) {
        return null;
      }
      if (size <= 1e-10) {
        return point;
      }
      if (iteration > 0 && size > 0.5 * previousSize) {
        // No longer contracting: rounding noise at large lambda, or a failed correction.
        return size <= NOISE_FLOOR ? point : null;
      }
      previousSize = size;
    }
    return null;
  }
}
