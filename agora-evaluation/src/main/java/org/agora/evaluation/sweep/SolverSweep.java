package org.agora.evaluation.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameType;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.core.solve.EquilibriumProfile;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolveResult;
import org.agora.core.solve.SolverConfiguration;
import org.agora.core.solve.SolverRegistry;
import org.agora.core.solve.TreeSolveResult;
import org.agora.evaluation.match.ParallelWork;
import org.agora.solvers.provider.SolveJob;

/**
 * Runs a {@link SolverSweepSpec} on the local engine and summarises any engine's rows.
 *
 * <p>Each {@link SolveTask} is one solve on one worker of the context ({@link ParallelWork}); a solver's
 * own threads are its parameter, as in {@link SolveJob}. Progress counts tasks, reported from the
 * workers in any order; cancellation is polled before each task and inside the solvers that poll it.
 */
public final class SolverSweep {

  private SolverSweep() {}

  /**
   * Runs one task: creates its game, configures its solver and solves. A failure of the game or the
   * solver (a bad string, a limit exceeded, a solver that does not apply, an exception inside it, a
   * stack overflow or an exhausted heap) is recorded as a row with status {@code failed} and a one-line
   * error, never thrown.
   *
   * @throws JobCancelledException only when cancelled
   */
  public static SolveRow solve(SolveTask task, SolveLimits limits) {
    return solve(task, limits, Cancellation.never());
  }

  /** {@link #solve(SolveTask, SolveLimits)} polling {@code cancellation} (before and inside the solver). */
  public static SolveRow solve(SolveTask task, SolveLimits limits, Cancellation cancellation) {
    cancellation.throwIfCancelled();
    long start = System.nanoTime();
    try {
      Game game = GameRegistry.create(task.game());
      SolverConfiguration solver = SolverRegistry.configure(task.solver());
      SolveResult result = SolveJob.solve(game, solver, limits, JobContext.sequential(ProgressListener.NONE, cancellation));
      return row(task, game, result);
    } catch (JobCancelledException cancelled) {
      throw cancelled;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
      return new SolveRow(task.index(), task.game(), task.solver(), task.seed(), SolveRow.FAILED, oneLine(failure),
          null, Double.NaN, Double.NaN, Double.NaN, 0, (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * Expands the sweep and solves every task.
   *
   * @throws IllegalArgumentException when the expansion fails (see {@link SolverSweepSpec#tasks()})
   * @throws JobCancelledException when cancelled
   */
  public static SolverSweepResult run(SolverSweepSpec spec, JobContext context) {
    List<SolveTask> tasks = spec.tasks();
    AtomicReferenceArray<SolveRow> rows = new AtomicReferenceArray<>(tasks.size());
    AtomicLong done = new AtomicLong();
    context.progress().progress(0, tasks.size());
    ParallelWork.forEach(context, tasks.size(), i -> {
      rows.set(i, solve(tasks.get(i), spec.limits(), context.cancellation()));
      context.progress().progress(done.incrementAndGet(), tasks.size());
    });
    List<SolveRow> all = new ArrayList<>(tasks.size());
    for (int i = 0; i < tasks.size(); i++) {
      all.add(rows.get(i));
    }
    return summarise(spec, all);
  }

  /**
   * Summarises the rows of a sweep, in whatever order they come: they are sorted by task index, each
   * is checked against the spec's expansion, and the figures are folded in index order.
   *
   * @throws IllegalArgumentException for a missing, repeated or foreign row
   */
  public static SolverSweepResult summarise(SolverSweepSpec spec, List<SolveRow> rows) {
    List<SolveRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt(SolveRow::index));
    List<SolverSweepSpec.Planned> plan = spec.plan();
    if (sorted.size() != plan.size()) {
      throw new IllegalArgumentException("the sweep has " + plan.size() + " solves; " + sorted.size()
          + " rows were given");
    }
    Map<List<String>, List<SolveRow>> groups = new LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      SolveRow row = sorted.get(i);
      SolveTask task = plan.get(i).task();
      if (row.index() != i || !row.game().equals(task.game()) || !row.solver().equals(task.solver())
          || row.seed() != task.seed()) {
        throw new IllegalArgumentException("row " + row.index() + " (" + row.game() + ", " + row.solver()
            + ") is not task " + i + " of the sweep, or a row is missing or repeated");
      }
      groups.computeIfAbsent(List.of(plan.get(i).gameLabel(), plan.get(i).solverLabel()), key -> new ArrayList<>())
          .add(row);
    }
    List<SolverSweepResult.Summary> summaries = new ArrayList<>(groups.size());
    groups.forEach((key, group) -> summaries.add(summary(key.get(0), key.get(1), group)));
    return new SolverSweepResult(spec, summaries, sorted);
  }

  private static SolverSweepResult.Summary summary(String game, String solver, List<SolveRow> rows) {
    Figure nashConv = new Figure();
    Figure exploitability = new Figure();
    Figure value = new Figure();
    double seconds = 0;
    int failures = 0;
    String concept = null;
    for (SolveRow row : rows) {
      seconds += row.seconds();
      if (!row.ok()) {
        failures++;
        continue;
      }
      concept = concept == null ? row.concept() : concept;
      nashConv.add(row.nashConv());
      exploitability.add(row.exploitability());
      value.add(row.value());
    }
    return new SolverSweepResult.Summary(game, solver, rows.size(), failures, concept, nashConv.mean(),
        nashConv.min, nashConv.max, exploitability.mean(), exploitability.min, exploitability.max, value.mean(),
        seconds / rows.size());
  }

  /** Mean, minimum and maximum of the finite values added, in the order added (NaN when none). */
  private static final class Figure {
    private double sum;
    private int count;
    private double min = Double.NaN;
    private double max = Double.NaN;

    void add(double x) {
      if (Double.isNaN(x)) {
        return;
      }
      sum += x;
      min = count == 0 ? x : Math.min(min, x);
      max = count == 0 ? x : Math.max(max, x);
      count++;
    }

    double mean() {
      return count == 0 ? Double.NaN : sum / count;
    }
  }

  private static SolveRow row(SolveTask task, Game game, SolveResult result) {
    GameType.Utility utility = game.type().utility();
    boolean constantSum = utility == GameType.Utility.ZERO_SUM || utility == GameType.Utility.CONSTANT_SUM;
    if (result instanceof TreeSolveResult tree) {
      double exploitability = tree.exploitability() == null ? Double.NaN : tree.exploitability();
      double value = tree.players().isEmpty() ? Double.NaN : tree.players().get(0).expectedReturn();
      return new SolveRow(task.index(), task.game(), task.solver(), task.seed(), SolveRow.OK, null, tree.concept(),
          tree.nashConv(), exploitability, value, 1, tree.seconds());
    }
    NormalFormSolveResult normal = (NormalFormSolveResult) result;
    double nashConv = Double.NaN;
    for (EquilibriumProfile profile : normal.profiles()) {
      nashConv = Double.isNaN(nashConv) ? profile.nashConv() : Math.max(nashConv, profile.nashConv());
    }
    double exploitability = constantSum && !Double.isNaN(nashConv) ? nashConv / game.playerCount() : Double.NaN;
    double value = normal.value() == null ? Double.NaN : normal.value().value();
    return new SolveRow(task.index(), task.game(), task.solver(), task.seed(), SolveRow.OK, null, normal.concept(),
        nashConv, exploitability, value, normal.profiles().size(), normal.seconds());
  }

  /** The first line of a failure's message, or its type when it has none. */
  static String oneLine(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
