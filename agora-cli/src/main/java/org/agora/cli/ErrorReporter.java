package org.agora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on the error stream and an exit code: 1 when a command fails
 * (bad game string, unreadable or malformed file, illegal value found while running), 2 for usage
 * errors (unknown option, missing or malformed argument).
 *
 * <p>Messages of {@link IllegalArgumentException} (which covers {@code GameSpecException} and
 * {@code GambitParseException}), {@link CommandFailure} and I/O errors are meant for people and are
 * shown as they are; anything else is a bug and is shown as {@code internal error: class: message}.
 * With {@code AGORA_DEBUG=1} in the environment the stack trace follows.
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Exit code of a failed command. */
  public static final int FAILURE = 1;
  /** Exit code of a usage error. */
  public static final int USAGE = 2;

  private final boolean debug;

  /** Reads {@code AGORA_DEBUG} from the environment. */
  public ErrorReporter() {
    this("1".equals(System.getenv("AGORA_DEBUG")));
  }

  /** @param debug true to print stack traces after the message */
  public ErrorReporter(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println("agora: " + describe(exception));
    if (debug) {
      exception.printStackTrace(err);
    }
    err.flush();
    return FAILURE;
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String unknownCommand = unknownCommand(exception);
    if (unknownCommand != null) {
      err.println("agora: unknown command '" + unknownCommand + "'; commands: " + AgoraCommand.commandList());
    } else {
      err.println("agora: " + oneLine(exception.getMessage()));
    }
    UnmatchedArgumentException.printSuggestions(exception, err);
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
    if (debug) {
      exception.printStackTrace(err);
    }
    err.flush();
    return USAGE;
  }

  /**
   * The word given where the top-level command expects a command name, when that is what went
   * wrong ({@code agora frobnicate}); null for any other usage error.
   */
  private static String unknownCommand(ParameterException exception) {
    if (!(exception instanceof UnmatchedArgumentException unmatched)
        || exception.getCommandLine().getParent() != null
        || !(exception.getCommandLine().getCommand() instanceof AgoraCommand)) {
      return null;
    }
    var words = unmatched.getUnmatched();
    if (words.isEmpty() || words.get(0).startsWith("-")) {
      return null;
    }
    return words.get(0);
  }

  /** The one-line message shown for {@code throwable}. */
  public static String describe(Throwable throwable) {
    if (throwable instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
      return describeInputOutput(unchecked.getCause());
    }
    if (throwable instanceof IOException io) {
      return describeInputOutput(io);
    }
    String message = throwable.getMessage();
    if ((throwable instanceof IllegalArgumentException || throwable instanceof CommandFailure)
        && message != null && !message.isBlank()) {
      return oneLine(message);
    }
    if (throwable instanceof OutOfMemoryError) {
      return "out of memory; try a smaller game or limit, or give Java more memory (JAVA_TOOL_OPTIONS=-Xmx...)";
    }
    return oneLine("internal error: " + throwable.getClass().getName() + (message == null ? "" : ": " + message));
  }

  /** A readable description of an I/O error, naming the file where there is one. */
  public static String describeInputOutput(IOException exception) {
    if (exception instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (exception instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (exception instanceof FileSystemException system) {
      String reason = system.getReason() == null ? "i/o error" : system.getReason();
      return oneLine(system.getFile() == null ? reason : system.getFile() + ": " + reason);
    }
    String message = exception.getMessage();
    return oneLine("i/o error: " + (message == null ? exception.getClass().getSimpleName() : message));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
