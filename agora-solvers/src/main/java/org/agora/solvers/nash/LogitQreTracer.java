package org.agora.solvers.nash;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.agora.solvers.nash.approximate.ArcLengthContinuation;
import org.agora.solvers.nash.approximate.LogitHomotopy;

/**
 * Traces the principal branch of the logit quantal response equilibrium (QRE) correspondence of an
 * N-player normal-form game, from the centroid at {@code lambda = 0} towards a Nash equilibrium as
 * {@code lambda} grows, and returns the end point as an approximate Nash equilibrium together with
 * the whole path.
 *
 * <p>A logit QRE at precision lambda is a profile in which every player plays each pure strategy
 * with probability proportional to {@code exp(lambda * payoff)} against the others' mixtures
 * (McKelvey and Palfrey, "Quantal response equilibria for normal form games", Games and Economic
 * Behavior 10, 1995). For generic games the QRE through the centroid form a unique smooth branch
 * whose limit as lambda goes to infinity is a Nash equilibrium, which the branch thereby selects
 * (Turocy, "A dynamic homotopy interpretation of the logistic quantal response equilibrium
 * correspondence", Games and Economic Behavior 51, 2005).
 *
 * <p>Method: predictor-corrector path following of {@link LogitHomotopy} in log-probability
 * coordinates; the unit tangent spans the Jacobian's null space (a bordered linear system solved
 * by Gaussian elimination), an Euler predictor steps along it, and Newton's method corrects back
 * onto the curve in the hyperplane orthogonal to the tangent (pseudo-arc length, so turning points
 * in lambda are followed).
 *
 * <p>Step control: a step is rejected and halved when Newton fails, when the corrector moves the
 * point by more than 0.3 steps, when any probability changes by more than 0.05, when the tangent
 * turns by more than about 18 degrees, when lambda would go negative, or when the orientation
 * {@code sign det [J; t]} changes. These guard against jumping across a hairpin to another arm of
 * the curve: the probability bound keeps steps short where the profile moves and leaves them long
 * at large lambda, where only log-probabilities of vanishing strategies move, and the orientation
 * test catches a jump onto an arm traversed the other way. An orientation change that persists
 * down to a step of {@code 1e-3} is taken to be a bifurcation (as in symmetric games, e.g. the
 * pitchfork of battle of the sexes) and crossed straight on. A step is doubled when the correction
 * is below a tenth of it, with no upper bound, so large lambda (where the curve is nearly straight
 * in log coordinates) is reached in a number of steps logarithmic in lambda.
 *
 * <p>Tracing stops at the first point whose NashConv ({@link ProfileMeasures#nashConv}) is at most
 * {@code precision}, or when lambda exceeds {@code maxLambda}, or after {@code maxSteps} steps.
 *
 * <p>Cost: each step is a few Jacobian evaluations, {@code O(profiles * players^3)} each, and
 * dense solves of size {@code M + 1}, {@code M} the total number of strategies.
 *
 * <p>Departures: lambda multiplies the raw payoffs (no rescaling), so the lambda needed for a
 * precision scales inversely with the payoff range; near a mixed equilibrium NashConv falls like
 * {@code 1/lambda}, so precision 1e-6 typically ends near lambda 1e5 to 1e6 for payoffs in [0, 1].
 * At a bifurcation the branch followed is the straight continuation, not a choice among arms. If
 * the step shrinks below 1e-12 or the step budget ends, the tracer stops and reports
 * {@code converged = false} with the last point.
 */
public final class LogitQreTracer {

  /** One point of the traced branch. */
  public record PathPoint(double lambda, MixedProfile profile) {}

  /**
   * The outcome of {@link #trace}: the last profile (the approximate Nash equilibrium when {@code
   * converged}), its lambda and NashConv, and the branch from lambda = 0 as traced.
   */
  public record Result(MixedProfile equilibrium, double lambda, double nashConv, boolean converged,
      List<PathPoint> path) {
    public Result {
      path = List.copyOf(path);
    }
  }

  private static final double MIN_STEP = 1e-12;
  private static final double MIN_TANGENT_COSINE = 0.95;
  private static final double MAX_CORRECTION = 0.3;
  private static final double MAX_PROBABILITY_CHANGE = 0.05;
  private static final double BIFURCATION_STEP = 1e-3;

  private final double maxLambda;
  private final double precision;
  private final double initialStep;
  private final int maxSteps;

  /** Defaults: {@code maxLambda = 1e9}, {@code precision = 1e-6}. */
  public LogitQreTracer() {
    this(1e9, 1e-6);
  }

  /** Initial step 0.03, at most 100,000 steps. */
  public LogitQreTracer(double maxLambda, double precision) {
    this(maxLambda, precision, 0.03, 100_000);
  }

  /**
   * @param maxLambda stop once lambda exceeds this (positive)
   * @param precision stop once NashConv is at most this (non-negative)
   * @param initialStep first arc-length step (positive)
   * @param maxSteps largest number of accepted and rejected steps (positive)
   */
  public LogitQreTracer(double maxLambda, double precision, double initialStep, int maxSteps) {
    if (!(maxLambda > 0.0)) {
      throw new IllegalArgumentException("maxLambda must be positive, got " + maxLambda);
    }
    if (!(precision >= 0.0)) {
      throw new IllegalArgumentException("precision must be non-negative, got " + precision);
    }
    if (!(initialStep > 0.0) || !Double.isFinite(initialStep)) {
      throw new IllegalArgumentException("initialStep must be positive and finite, got " + initialStep);
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be positive, got " + maxSteps);
    }
    this.maxLambda = maxLambda;
    this.precision = precision;
    this.initialStep = initialStep;
    this.maxSteps = maxSteps;
  }

  /** Traces the principal branch of {@code game} until NashConv, lambda or step limits stop it. */
  public Result trace(NormalFormGame game) {
    Tracing tracing = new Tracing(game);
    List<PathPoint> path = new ArrayList<>();
    MixedProfile profile = tracing.profile();
    double nashConv = ProfileMeasures.nashConv(game, profile);
    path.add(new PathPoint(0.0, profile));
    while (nashConv > precision) {
      if (tracing.lambda() > maxLambda || !tracing.advance() ) {
        return new Result(profile, tracing.lambda(), nashConv, false, path);
      }
      profile = tracing.profile();
      nashConv = ProfileMeasures.nashConv(game, profile);
      path.add(new PathPoint(tracing.lambda(), profile));
    }
    return new Result(profile, tracing.lambda(), nashConv, true, path);
  }

  /**
   * The logit QRE of {@code game} at {@code lambda} on the principal branch (the first point of the
   * branch, in arc length from the centroid, at that lambda).
   *
   * @throws IllegalArgumentException if lambda is negative or not finite
   * @throws IllegalStateException if the branch cannot be followed up to lambda
   */
  public MixedProfile qreAt(NormalFormGame game, double lambda) {
    if (!(lambda >= 0.0) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("lambda must be non-negative and finite, got " + lambda);
    }
    Tracing tracing = new Tracing(game);
    if (lambda == 0.0) {
      return tracing.profile();
    }
    while (true) {
      double[] before = tracing.point.clone();
      if (!tracing.advance()) {
        throw new IllegalStateException("the logit branch could not be followed past lambda " + tracing.lambda()
            + " towards " + lambda);
      }
      if (tracing.lambda() >= lambda) {
        return tracing.landAt(before, lambda);
      }
    }
  }

  /** The state of one path-following run. */
  private final class Tracing {

    private final LogitHomotopy system;
    private final ArcLengthContinuation continuation;
    private final int lambdaIndex;
    private double[] point;
    private double[] tangent;
    private double step = initialStep;
    private int orientation;
    private int steps;

    Tracing(NormalFormGame game) {
      this.system = new LogitHomotopy(game);
      this.continuation = new ArcLengthContinuation(system);
      this.lambdaIndex = system.unknowns() - 1;
      this.point = system.centroid();
      double[] increasingLambda = new double[system.unknowns()];
      increasingLambda[lambdaIndex] = 1.0;
      this.tangent = continuation.tangent(point, increasingLambda);
      if (tangent == null) {
        throw new IllegalStateException("the logit system is singular at the centroid");
      }
      this.orientation = continuation.orientation(point, tangent);
    }

    double lambda() {
      return point[lambdaIndex];
    }

    MixedProfile profile() {
      return MixedProfile.of(system.strategies(point));
    }

    /** One accepted predictor-corrector step; false when the step shrinks to nothing or the budget ends. */
    boolean advance() {
      while (steps++ < maxSteps) {
        if (step < MIN_STEP) {
          return false;
        }
        int n = point.length;
        double[] predicted = new double[n];
        double target = 0.0;
        for (int i = 0; i < n; i++) {
          predicted[i] = point[i] + step * tangent[i];
          target += tangent[i] * predicted[i];
        }
        double[] corrected = continuation.correct(predicted, tangent, target);
        double distance = Double.POSITIVE_INFINITY;
        if (corrected != null) {
          distance = 0.0;
          for (int i = 0; i < n; i++) {
            distance += (corrected[i] - predicted[i]) * (corrected[i] - predicted[i]);
          }
          distance = Math.sqrt(distance);
        }
        boolean acceptable = distance <= MAX_CORRECTION * step
            && probabilityChange(point, corrected) <= MAX_PROBABILITY_CHANGE;
        double[] nextTangent = acceptable ? continuation.tangent(corrected, tangent) : null;
        if (nextTangent == null || cosine(tangent, nextTangent) < MIN_TANGENT_COSINE || corrected[lambdaIndex] < 0.0) {
          step *= 0.5;
          continue;
        }
        int nextOrientation = continuation.orientation(corrected, nextTangent);
        if (nextOrientation != 0 && nextOrientation != orientation) {
          if (step > BIFURCATION_STEP) {
            step *= 0.5;
            continue;
          }
          orientation = nextOrientation;
        }
        point = corrected;
        tangent = nextTangent;
        step *= distance < 0.1 * step ? 2.0 : 1.0;
        return true;
      }
      return false;
    }

    /** Largest change of any probability between two points of the system. */
    private double probabilityChange(double[] from, double[] to) {
      double[][] before = system.strategies(from);
      double[][] after = system.strategies(to);
      double change = 0.0;
      for (int p = 0; p < before.length; p++) {
        for (int s = 0; s < before[p].length; s++) {
          change = Math.max(change, Math.abs(after[p][s] - before[p][s]));
        }
      }
      return change;
    }

    /** Corrects onto the branch at {@code lambda} between {@code before} and the current point. */
    MixedProfile landAt(double[] before, double lambda) {
      double span = point[lambdaIndex] - before[lambdaIndex];
      double fraction = span > 0.0 ? (lambda - before[lambdaIndex]) / span : 1.0;
      double[] start = new double[point.length];
      for (int i = 0; i < point.length; i++) {
        start[i] = before[i] + fraction * (point[i] - before[i]);
      }
      double[] lambdaAxis = new double[point.length];
      lambdaAxis[lambdaIndex] = 1.0;
      double[] landed = continuation.correct(start, lambdaAxis, lambda);
      if (landed == null) {
        throw new IllegalStateException("Newton's method failed at lambda " + lambda);
      }
      return MixedProfile.of(system.strategies(landed));
    }
  }

  private static double cosine(double[] a, double[] b) {
    double dot = 0.0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
