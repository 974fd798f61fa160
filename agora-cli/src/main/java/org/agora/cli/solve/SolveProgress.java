package org.agora.cli.solve;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.agora.cli.output.ProgressBar;
import org.agora.core.job.ProgressListener;

/**
 * The progress of {@code agora solve} on the error stream: a {@link ProgressBar} when the solver
 * reports a total (iterations), otherwise a running count of its steps (pivots, support pairs,
 * bases) with the elapsed time. Nothing is shown in the first second; on a terminal the count is
 * redrawn in place at most ten times a second, elsewhere a line is printed at most every ten
 * seconds. Called from the solver's thread only.
 */
public final class SolveProgress implements ProgressListener {

  private static final long SHOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long LINE_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final PrintWriter err;
  private final String label;
  private final String unit;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private ProgressBar bar;
  private long reported;
  private long done;
  private boolean shown;
  private long lastDraw;
  private int lastWidth;

  /**
   * @param err the error stream
   * @param label the method, e.g. {@code sequence-lcp}
   * @param unit what the steps are, plural, e.g. {@code pivots}
   * @param terminal true to redraw in place
   */
  public SolveProgress(PrintWriter err, String label, String unit, boolean terminal) {
    this(err, label, unit, terminal, System::nanoTime);
  }

  /** As above, with a nanosecond clock for tests. */
  SolveProgress(PrintWriter err, String label, String unit, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.label = label;
    this.unit = unit;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  @Override
  public void progress(long done, long total) {
    this.done = done;
    if (total > 0) {
      if (bar == null) {
        bar = new ProgressBar(err, label, total, terminal);
      }
      bar.advance(done - reported);
      reported = done;
      bar.refresh();
      return;
    }
    long now = clock.getAsLong();
    if (now - start < SHOW_AFTER_NANOS) {
      return;
    }
    if (!shown || now - lastDraw >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
      draw(now);
    }
  }

  /** Steps reported so far. */
  public long done() {
    return done;
  }

  /** What the steps are, plural. */
  public String unit() {
    return unit;
  }

  /** Completes the report (the last count and a line end), if anything was shown. Idempotent. */
  public void finish() {
    if (bar != null) {
      bar.finish();
      return;
    }
    if (shown) {
      draw(clock.getAsLong());
      if (terminal) {
        err.println();
      }
      err.flush();
      shown = false;
    }
  }

  private void draw(long now) {
    String text = String.format(Locale.ROOT, "%s: %,d %s, %.1f s", label, done, unit, (now - start) / 1e9);
    if (terminal) {
      err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
      lastWidth = text.length();
    } else {
      err.println(text);
    }
    err.flush();
    lastDraw = now;
    shown = true;
  }
}
