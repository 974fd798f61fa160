package org.agora.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.agora.cli.ErrorReporter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Base of the {@code agora} subcommands: output goes to the command line's writers (so tests and
 * callers can capture it), and any exception becomes one {@code agora: message} line on the error
 * stream and exit code 1, even on a command line built without {@link ErrorReporter} installed.
 * A {@link ParameterException} thrown while running (a bad option value) stays a usage error
 * (exit code 2).
 */
abstract class AgoraSubcommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** Does the command's work and returns its exit code. */
  protected abstract int execute() throws Exception;

  @Override
  public final Integer call() {
    try {
      int exitCode = execute();
      out().flush();
      return exitCode;
    } catch (ParameterException usageError) {
      throw usageError;
    } catch (Exception exception) {
      out().flush();
      return new ErrorReporter().handleExecutionException(exception, spec.commandLine(), null);
    }
  }

  /** Standard output of this command line. */
  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Error stream of this command line. */
  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
