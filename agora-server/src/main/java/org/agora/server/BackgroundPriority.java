package org.agora.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the scheduling priority of the calling thread, so that the job workers, which keep every core
 * busy for minutes, yield the CPU to the threads answering requests whenever those have work: on 2
 * cores with two jobs running, requests otherwise wait behind the jobs' time slices. Java's thread
 * priorities are ignored on Linux, so this sets the thread's nice value with {@code renice} on its
 * kernel thread id (read from {@code /proc/thread-self}); a thread may always lower its own
 * priority. Elsewhere, or when that fails, it does nothing: the jobs still run, only at the same
 * priority as the requests.
 */
final class BackgroundPriority {

  /** The nice value of the job workers (0 is normal, 19 lowest): the request threads then get ~10x the share. */
  static final int NICE = 10;

  private static final Logger LOG = Logger.getLogger(BackgroundPriority.class.getName());
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");
  private static final Path RENICE = Path.of("/usr/bin/renice");

  private BackgroundPriority() {}

  /** Lowers the calling thread's priority where the platform allows; true when it did. */
  static boolean lowerCurrentThread() {
    if (!Files.isSymbolicLink(THREAD_SELF) || !Files.isExecutable(RENICE)) {
      return false;
    }
    try {
      String link = Files.readSymbolicLink(THREAD_SELF).toString(); // PID/task/TID
      String tid = link.substring(link.lastIndexOf('/') + 1);
      if (tid.isEmpty() || !tid.chars().allMatch(Character::isDigit)) {
        return false;
      }
      Process renice = new ProcessBuilder(RENICE.toString(), "-n", Integer.toString(NICE), "-p", tid)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        return false;
      }
      return renice.exitValue() == 0;
    } catch (IOException | RuntimeException failure) {
      LOG.log(Level.FINE, "cannot lower the job thread's priority", failure);
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The calling thread's nice value as the kernel reports it, or empty where it cannot be read. */
  static java.util.OptionalInt currentNice() {
    try {
      String stat = Files.readString(THREAD_SELF.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return java.util.OptionalInt.of(Integer.parseInt(fields[16])); // field 19 of stat: nice
    } catch (IOException | RuntimeException unreadable) {
      return java.util.OptionalInt.empty();
    }
  }
}
