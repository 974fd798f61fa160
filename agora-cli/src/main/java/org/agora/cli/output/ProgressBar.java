package org.agora.cli.output;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress report for long work, written to the error stream so it never mixes with results.
 *
 * <p>Nothing is shown for work that finishes within the first second. After that, on a terminal the
 * bar is redrawn in place with a carriage return (at most ten times a second). Elsewhere (pipes,
 * log files, tests) a line is printed at most every ten seconds, the first ten seconds after the
 * start, and {@link #finish()} prints the final summary line, so a log gets a few lines however
 * fast the work advances. {@link #finish()} completes the last line.
 *
 * <p>{@link #advance(long)} is thread-safe and cheap, so workers may call it for every unit of
 * work; drawing happens only in {@link #refresh()} and {@link #finish()}, which one thread (usually
 * the one waiting for the workers) calls.
 */
public final class ProgressBar {

  private static final long SHOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long LINE_NANOS = TimeUnit.SECONDS.toNanos(10);
  /** System property the launcher sets to whether the error stream is a terminal ({@code [ -t 2 ]}). */
  static final String TERMINAL_PROPERTY = "agora.stderr.terminal";
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private final AtomicLong done = new AtomicLong();
  private boolean shown;
  private boolean finished;
  private long lastDraw;
  private int lastWidth;

  /**
   * @param err where to draw (the error stream)
   * @param label what is being done, e.g. {@code playing}
   * @param total units of work in all (at least 1)
   * @param terminal true to redraw in place (when the error stream is a terminal)
   */
  public ProgressBar(PrintWriter err, String label, long total, boolean terminal) {
    this(err, label, total, terminal, System::nanoTime);
  }

  /** As above, with a nanosecond clock for tests. */
  ProgressBar(PrintWriter err, String label, long total, boolean terminal, LongSupplier clock) {
    if (total < 1) {
      throw new IllegalArgumentException("progress total must be >= 1, got " + total);
    }
    this.err = err;
    this.label = label;
    this.total = total;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /**
   * True when this process's error stream is an interactive terminal: as the launcher found it
   * (system property {@value #TERMINAL_PROPERTY}), else when the JVM has an interactive console.
   * {@code System.console()} alone is not enough: it describes standard input and output, not the
   * error stream, and from Java 22 on it exists even when nothing is a terminal.
   */
  public static boolean errorStreamIsTerminal() {
    return errorStreamIsTerminal(System.getProperty(TERMINAL_PROPERTY), System.console());
  }

  static boolean errorStreamIsTerminal(String launcherSays, Object console) {
    if (launcherSays != null) {
      return Boolean.parseBoolean(launcherSays);
    }
    if (console == null) {
      return false;
    }
    try {
      // Java 22+: Console.isTerminal(); absent before, where a console implies a terminal
      return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException absent) {
      return true;
    }
  }

  /** Records {@code amount} more units done; safe to call from any thread. */
  public void advance(long amount) {
    done.addAndGet(amount);
  }

  /** Units done so far. */
  public long done() {
    return done.get();
  }

  /** Draws if a redraw is due; call it regularly from one thread. */
  public synchronized void refresh() {
    if (finished) {
      return;
    }
    long now = clock.getAsLong();
    long elapsed = now - start;
    if (elapsed < SHOW_AFTER_NANOS) {
      return;
    }
    long current = Math.min(done.get(), total);
    if (terminal) {
      if (!shown || now - lastDraw >= REDRAW_NANOS) {
        drawInPlace(current, elapsed);
        lastDraw = now;
      }
      shown = true;
    } else if (now - (shown ? lastDraw : start) >= LINE_NANOS) {
      err.println(describe(current, elapsed));
      err.flush();
      lastDraw = now;
      shown = true;
    }
  }

  /** Completes the report: a final state and a line end, if anything was shown. Idempotent. */
  public synchronized void finish() {
    if (finished) {
      return;
    }
    long elapsed = clock.getAsLong() - start;
    long current = Math.min(done.get(), total);
    if (terminal && shown) {
      drawInPlace(current, elapsed);
      err.println();
      err.flush();
    } else if (!terminal && elapsed >= SHOW_AFTER_NANOS) {
      err.println(describe(current, elapsed));
      err.flush();
    }
    finished = true;
  }

  private void drawInPlace(long current, long elapsed) {
    int filled = (int) (current * BAR_WIDTH / total);
    String text = label + " [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + describeNumbers(current, elapsed);
    String padding = " ".repeat(Math.max(0, lastWidth - text.length()));
    err.print("\r" + text + padding);
    err.flush();
    lastWidth = text.length();
  }

  private String describe(long current, long elapsed) {
    return label + ": " + describeNumbers(current, elapsed);
  }

  private String describeNumbers(long current, long elapsed) {
    double seconds = elapsed / 1e9;
    String text = String.format(Locale.ROOT, "%3d%% %,d/%,d, %.1f s", current * 100 / total, current, total, seconds);
    if (current > 0 && current < total) {
      double remaining = seconds * (total - current) / current;
      text += String.format(Locale.ROOT, ", about %.0f s left", Math.ceil(remaining));
    }
    return text;
  }
}
