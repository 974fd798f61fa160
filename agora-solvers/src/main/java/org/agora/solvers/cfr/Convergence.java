package org.agora.solvers.cfr;

import java.util.Arrays;
import org.agora.core.GameType;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.ProgressMeter;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/**
 * Convergence curves of any {@link IterativeSolver}: runs it for a number of iterations and measures
 * its average profile every {@code every} iterations and after the last one, with
 * {@link Exploitability#exploitability} for two-player zero-sum and constant-sum games and
 * {@link Exploitability#nashConv} otherwise. Each measurement costs O(players x nodes). It lives in
 * this package (not in {@code tree}) because it uses the best-response package, which itself depends
 * on {@code tree}.
 */
public final class Convergence {

  private Convergence() {}

  /** What a curve measures. */
  public enum Measure {
    /** NashConv divided by the number of players, for two-player constant-sum games. */
    EXPLOITABILITY("exploitability"),
    /** Sum of the players' best-response gains. */
    NASH_CONV("NashConv");

    private final String label;

    Measure(String label) {
      this.label = label;
    }

    /** The measure's name in results and live series: {@code exploitability} or {@code NashConv}. */
    public String label() {
      return label;
    }
  }

  /** Called after each measurement, e.g. to draw a progress bar. */
  @FunctionalInterface
  public interface Listener {
    /**
     * A new point of the curve.
     *
     * @param iteration total iterations the solver has run
     * @param value the measure at that point
     * @param elapsedSeconds solver time so far, measurements excluded
     */
    void point(long iteration, double value, double elapsedSeconds);
  }

  /**
   * A convergence curve; the three arrays have one entry per measurement.
   *
   * @param measure what {@code values} holds
   * @param iterations solver iterations at each measurement
   * @param values the measure at each point
   * @param elapsedSeconds cumulative solver time at each point, measurements excluded
   */
  public record Curve(Measure measure, long[] iterations, double[] values, double[] elapsedSeconds) {

    /** Number of points. */
    public int size() {
      return iterations.length;
    }

    /** The last measured value. */
    public double last() {
      return values[values.length - 1];
    }
  }

  /** The measure used for {@code tree}'s game. */
  public static Measure measureFor(GameTree tree) {
    GameType.Utility utility = tree.game().type().utility();
    boolean constantSum = utility == GameType.Utility.ZERO_SUM || utility == GameType.Utility.CONSTANT_SUM;
    return constantSum && tree.playerCount() == 2 ? Measure.EXPLOITABILITY : Measure.NASH_CONV;
  }

  /** The measure of {@code behaviour} on {@code tree}. */
  public static double measure(GameTree tree, double[] behaviour) {
    return measureFor(tree) == Measure.EXPLOITABILITY ? Exploitability.exploitability(tree, behaviour)
        : Exploitability.nashConv(tree, behaviour);
  }

  /** {@link #run(IterativeSolver, int, int, Listener)} without a listener. */
  public static Curve run(IterativeSolver solver, int iterations, int every) {
    return run(solver, iterations, every, null);
  }

  /**
   * Runs {@code iterations} more iterations of {@code solver}, measuring its average profile after
   * every {@code every} iterations and after the last; with {@code iterations = 0} the curve has the
   * single point of the current profile.
   *
   * @param listener called after each measurement, or null
   * @throws IllegalArgumentException if {@code iterations < 0} or {@code every < 1}
   */
  public static Curve run(IterativeSolver solver, int iterations, int every, Listener listener) {
    return run(solver, iterations, every, listener, Cancellation.never());
  }

  /**
   * {@link #run(IterativeSolver, int, int, Listener)} that polls {@code cancellation} before each
   * step of {@code every} iterations.
   *
   * @throws JobCancelledException when the flag is set before the run finished
   */
  public static Curve run(IterativeSolver solver, int iterations, int every, Listener listener,
      Cancellation cancellation) {
    return run(solver, iterations, every, listener, cancellation, null);
  }

  /**
   * {@link #run(IterativeSolver, int, int, Listener)} one iteration at a time, each started by
   * {@code meter.step()} (which reports the iterations done and polls the job's cancellation), so
   * that a run over a large tree shows progress and stops within one iteration; each measurement is
   * also reported to the meter as a point of the series named by {@link Measure#label()}, x being
   * the solver's iterations.
   *
   * @throws JobCancelledException when the job is cancelled before the run finished
   */
  public static Curve run(IterativeSolver solver, int iterations, int every, Listener listener, ProgressMeter meter) {
    return run(solver, iterations, every, listener, Cancellation.never(), meter);
  }

  private static Curve run(IterativeSolver solver, int iterations, int every, Listener listener,
      Cancellation cancellation, ProgressMeter meter) {
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be non-negative, got " + iterations);
    }
    if (every < 1) {
      throw new IllegalArgumentException("evaluation interval must be at least 1, got " + every);
    }
    GameTree tree = solver.tree();
    int points = Math.max(1, (iterations + every - 1) / every);
    long[] at = new long[points];
    double[] values = new double[points];
    double[] seconds = new double[points];
    long solverNanos = 0;
    int done = 0;
    int point = 0;
    do {
      cancellation.throwIfCancelled();
      int step = Math.min(every, iterations - done);
      long start = System.nanoTime();
      if (meter == null) {
        solver.iterate(step);
      } else {
        for (int i = 0; i < step; i++) {
          meter.step();
          solver.iterate(1);
        }
      }
      solverNanos += System.nanoTime() - start;
      done += step;
      at[point] = solver.iterations();
      values[point] = measure(tree, solver.averageBehaviour());
      seconds[point] = solverNanos / 1e9;
      if (listener != null) {
        listener.point(at[point], values[point], seconds[point]);
      }
      if (meter != null) {
        meter.point(measureFor(tree).label(), at[point], values[point]);
      }
      point++;
    } while (done < iterations);
    return new Curve(measureFor(tree), Arrays.copyOf(at, point), Arrays.copyOf(values, point),
        Arrays.copyOf(seconds, point));
  }
}
