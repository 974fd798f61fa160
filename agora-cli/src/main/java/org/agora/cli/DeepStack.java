package org.agora.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs recursive work (tree enumeration, file export) on a thread with a large stack, so that long
 * games do not overflow the main thread's stack, and reports a stack overflow as a
 * {@link CommandFailure} instead of a crash.
 */
public final class DeepStack {

  private static final long STACK_BYTES = 512L * 1024 * 1024;

  private DeepStack() {}

  /**
   * Calls {@code work} on a fresh thread with a 512 MB stack and returns its result.
   *
   * @param what what the work does, for the message when the tree is too deep
   * @throws RuntimeException whatever {@code work} throws, unchanged (checked exceptions wrapped)
   */
  public static <T> T call(String what, Callable<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.call());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "agora-deep-stack", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while " + what, e);
    }
    Throwable thrown = failure.get();
    if (thrown == null) {
      return result.get();
    }
    if (thrown instanceof StackOverflowError) {
      throw new CommandFailure("game tree too deep for " + what + " (stack overflow)", thrown);
    }
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    throw new CommandFailure(what + " failed: " + ErrorReporter.describe(thrown), thrown);
  }
}
