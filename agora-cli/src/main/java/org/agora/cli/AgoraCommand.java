package org.agora.cli;

import org.agora.cli.command.ConvertCommand;
import org.agora.cli.command.ExploitabilityCommand;
import org.agora.cli.command.GamesCommand;
import org.agora.cli.command.PlayCommand;
import org.agora.cli.command.ShowCommand;
import org.agora.cli.command.SolveCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code agora} command: lists, inspects, plays and converts games. Exit codes are 0
 * for success, 1 for a failed command and 2 for a usage error (see {@link ErrorReporter}).
 */
@Command(
    name = "agora",
    mixinStandardHelpOptions = true,
    version = "agora " + AgoraCommand.VERSION,
    description = "Games, equilibria and multi-agent learning on the JVM.",
    subcommands = {
        GamesCommand.class,
        ShowCommand.class,
        PlayCommand.class,
        SolveCommand.class,
        ExploitabilityCommand.class,
        ConvertCommand.class,
        CommandLine.HelpCommand.class
    },
    footer = {
        "",
        "GAME is a game string, e.g. kuhn_poker(players=3), or a Gambit .nfg/.efg file.",
        "Exit codes: 0 ok, 1 failure, 2 usage error. AGORA_DEBUG=1 shows stack traces."
    })
public final class AgoraCommand implements Runnable {

  /** The version printed by {@code --version}. */
  public static final String VERSION = "0.1.0";

  @Spec
  CommandSpec spec;

  /**
   * A command line for {@code agora} with the error handling installed: one-line messages, exit
   * codes 1 and 2. Set its out/err writers afterwards to capture output.
   */
  public static CommandLine newCommandLine() {
    return configure(new CommandLine(new AgoraCommand()));
  }

  /** Installs the error reporting on a command line built around an {@link AgoraCommand}. */
  public static CommandLine configure(CommandLine commandLine) {
    ErrorReporter reporter = new ErrorReporter();
    return commandLine
        .setExecutionExceptionHandler(reporter)
        .setParameterExceptionHandler(reporter);
  }

  /** Without a subcommand: a usage error that lists the commands. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "missing command; one of: games, show, play, convert, help");
  }
}
