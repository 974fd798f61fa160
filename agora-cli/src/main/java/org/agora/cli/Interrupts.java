package org.agora.cli;

import org.agora.core.job.Cancellation;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) into a job's {@link Cancellation} while a long computation runs, so that the
 * job stops at its next step and the command reports it in one line instead of the JVM dying
 * mid-pivot. The previous handler is restored on {@link #close()}. Where the platform does not let
 * the signal be handled (no SIGINT, or a JVM started with {@code -Xrs}) nothing changes and Ctrl-C
 * ends the process as before.
 */
@SuppressWarnings("restriction")
public final class Interrupts implements AutoCloseable {

  private static final String SIGINT = "INT";

  private final SignalHandler previous;

  private Interrupts(SignalHandler previous) {
    this.previous = previous;
  }

  /** While the returned handle is open, Ctrl-C cancels {@code cancellation}. */
  public static Interrupts cancel(Cancellation cancellation) {
    SignalHandler previous;
    try {
      previous = Signal.handle(new Signal(SIGINT), signal -> cancellation.cancel());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      previous = null;
    }
    return new Interrupts(previous);
  }

  /** Restores the handler that was in place before. */
  @Override
  public void close() {
    if (previous != null) {
      Signal.handle(new Signal(SIGINT), previous);
    }
  }
}
