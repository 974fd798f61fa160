package org.agora.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import picocli.CommandLine;

/**
 * The training run behind the class-data-sharing archive the launcher makes after each build: runs
 * a few small {@code agora} commands in one JVM, output discarded, so that the classes a typical
 * command loads (picocli's model and help, the registries, the game zoo, a solver, the runner) are
 * recorded with {@code -XX:ArchiveClassesAtExit} and later mapped at start-up instead of being
 * loaded and verified again. It writes no files and takes well under a second of work.
 */
public final class StartupTraining {

  /** The commands the training run executes, in order. */
  static final List<List<String>> COMMANDS = List.of(
      List.of("--help"),
      List.of("games"),
      List.of("solve", "--help"),
      List.of("show", "kuhn_poker"),
      List.of("play", "kuhn_poker", "--episodes", "10", "--no-progress"),
      List.of("solve", "matching_pennies", "--method", "lcp"),
      List.of("solve", "kuhn_poker", "--method", "cfr+", "--iterations", "10", "--no-progress"));

  private StartupTraining() {}

  /**
   * Runs the training commands and exits with 0 when all of them succeeded, 1 otherwise (the
   * launcher then keeps the archive anyway: it only affects start-up time).
   */
  public static void main(String[] args) {
    int failures = 0;
    for (List<String> command : COMMANDS) {
      String[] arguments = command.toArray(String[]::new);
      CommandLine commandLine = AgoraCommand.newCommandLine(arguments);
      PrintWriter discard = new PrintWriter(Writer.nullWriter());
      commandLine.setOut(discard);
      commandLine.setErr(discard);
      if (commandLine.execute(arguments) != 0) {
        failures++;
      }
    }
    System.exit(failures == 0 ? 0 : 1);
  }
}
