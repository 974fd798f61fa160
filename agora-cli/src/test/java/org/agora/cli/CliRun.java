package org.agora.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs {@code agora} in-process with captured output.
 *
 * @param exitCode the command's exit code
 * @param out what it wrote to standard output
 * @param err what it wrote to the error stream
 */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code args} on a command line built like {@link Main}'s (only the subcommand it names). */
  public static CliRun run(String... args) {
    return run(AgoraCommand.newCommandLine(args), args);
  }

  /** Runs {@code args} on a bare {@code new CommandLine(new AgoraCommand())}. */
  public static CliRun runBare(String... args) {
    return run(AgoraCommand.withSubcommands(new CommandLine(new AgoraCommand()), args), args);
  }

  private static CliRun run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Non-empty lines of the error stream. */
  public List<String> errLines() {
    return err.lines().filter(line -> !line.isBlank()).toList();
  }
}
