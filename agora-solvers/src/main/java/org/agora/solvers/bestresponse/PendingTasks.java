package org.agora.solvers.bestresponse;

import java.util.Arrays;

/**
 * The explicit stack behind the best responses' memoised recursions: pending tasks (a node, or
 * {@code -1 - infoset}), each with a cursor to its next unknown dependency, so that a deep tree does
 * not overflow the call stack. A task is resolved when all it depends on is known; until then its
 * resolver names the dependency to compute first, which is pushed above it.
 */
final class PendingTasks {

  /** What a resolver returns when its task is complete. */
  static final int DONE = Integer.MIN_VALUE;

  /** Completes {@code task} (at stack slot {@code slot}) or returns the task it waits for. */
  @FunctionalInterface
  interface Resolver {
    int resolve(int task, int slot);
  }

  private int[] tasks = new int[64];
  private int[] cursors = new int[64];
  private int size;

  /** Resolves {@code root} and everything it depends on, dependencies first. */
  void run(int root, Resolver resolver) {
    push(root);
    while (size > 0) {
      int top = size - 1;
      int needed = resolver.resolve(tasks[top], top);
      if (needed == DONE) {
        size--;
      } else {
        push(needed);
      }
    }
  }

  /** Where the task at {@code slot} resumes (0 when it was pushed). */
  int cursor(int slot) {
    return cursors[slot];
  }

  void setCursor(int slot, int cursor) {
    cursors[slot] = cursor;
  }

  private void push(int task) {
    if (size == tasks.length) {
      tasks = Arrays.copyOf(tasks, 2 * size);
      cursors = Arrays.copyOf(cursors, 2 * size);
    }
    tasks[size] = task;
    cursors[size++] = 0;
  }
}
