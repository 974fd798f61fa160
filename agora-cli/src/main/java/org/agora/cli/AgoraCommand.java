package org.agora.cli;

import org.agora.cli.command.AllocateCommand;
import org.agora.cli.command.BanditCommand;
import org.agora.cli.command.ConvertCommand;
import org.agora.cli.command.EvaluateCommand;
import org.agora.cli.command.ExploitabilityCommand;
import org.agora.cli.command.GamesCommand;
import org.agora.cli.command.PlayCommand;
import org.agora.cli.command.PsroCommand;
import org.agora.cli.command.RateCommand;
import org.agora.cli.command.ServeCommand;
import org.agora.cli.command.ShapleyCommand;
import org.agora.cli.command.ShowCommand;
import org.agora.cli.command.SimulateCommand;
import org.agora.cli.command.SolveCommand;
import org.agora.cli.command.SweepCommand;
import org.agora.cli.command.TournamentCommand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
   * The subcommands in the order help lists them. Building a subcommand's picocli model costs
   * reflection over its options (solve's also loads every solver provider), so
   * {@link #newCommandLine(String...)} builds only what a run can reach.
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** First arguments that only the top-level command handles: its help and version options. */
  private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    byName.put("games", GamesCommand.class);
    byName.put("show", ShowCommand.class);
    byName.put("play", PlayCommand.class);
    byName.put("tournament", TournamentCommand.class);
    byName.put("evaluate", EvaluateCommand.class);
    byName.put("rate", RateCommand.class);
    byName.put("psro", PsroCommand.class);
    byName.put("sweep", SweepCommand.class);
    byName.put("simulate", SimulateCommand.class);
    byName.put("bandit", BanditCommand.class);
    byName.put("shapley", ShapleyCommand.class);
    byName.put("allocate", AllocateCommand.class);
    byName.put("solve", SolveCommand.class);
    byName.put("exploitability", ExploitabilityCommand.class);
    byName.put("convert", ConvertCommand.class);
    byName.put("serve", ServeCommand.class);
    byName.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(byName);
  }

  /**
   * A command line for {@code agora} with every subcommand and the error handling installed:
   * one-line messages, exit codes 1 and 2. Set its out/err writers afterwards to capture output.
   */
  public static CommandLine newCommandLine() {
    return configure(withAllSubcommands(new CommandLine(new AgoraCommand())));
  }

  /**
   * A command line for running {@code args}, behaving exactly like {@link #newCommandLine()}: when the
   * first argument names a subcommand other than {@code help}, only that subcommand is built (the
   * others cannot be reached by such a run); when it is the top-level help or version option, or
   * there is none, the subcommands are only listed (their names and descriptions, read from their
   * annotations); otherwise every subcommand is built, so that help, suggestions and errors see them
   * all.
   */
  public static CommandLine newCommandLine(String... args) {
    return configure(withSubcommands(new CommandLine(new AgoraCommand()), args));
  }

  /**
   * Adds to {@code root} (a command line around an {@link AgoraCommand}) the subcommands a run of
   * {@code args} can reach, as {@link #newCommandLine(String...)} describes, and returns it.
   */
  public static CommandLine withSubcommands(CommandLine root, String... args) {
    String first = args.length > 0 ? args[0] : null;
    if (first != null && !first.equals("help") && SUBCOMMANDS.containsKey(first)) {
      root.addSubcommand(first, subcommand(first));
    } else if (first == null || TOP_LEVEL_OPTIONS.contains(first)) {
      SUBCOMMANDS.keySet().forEach(name -> root.addSubcommand(name, listing(name)));
    } else {
      withAllSubcommands(root);
    }
    return root;
  }

  private static CommandLine withAllSubcommands(CommandLine root) {
    SUBCOMMANDS.keySet().forEach(name -> root.addSubcommand(name, subcommand(name)));
    return root;
  }

  /**
   * The command line of one subcommand, built on its own so that picocli applies the command's model
   * transformer (solve's flags come from the solvers' declarations); a bare object given to
   * {@code addSubcommand} would skip it.
   */
  private static CommandLine subcommand(String name) {
    return new CommandLine(SUBCOMMANDS.get(name), CommandLine.defaultFactory());
  }

  /**
   * A stand-in for a subcommand in the top-level command list: its name, header and description as
   * its annotation declares them, and nothing else (no options, never run).
   */
  private static CommandLine listing(String name) {
    Command declared = SUBCOMMANDS.get(name).getAnnotation(Command.class);
    CommandSpec listed = CommandSpec.create().name(name);
    listed.usageMessage().header(declared.header()).description(declared.description());
    return new CommandLine(listed);
  }

  /**
   * Installs the error reporting and the value converters on a command line built around an
   * {@link AgoraCommand}, with its subcommands added.
   */
  public static CommandLine configure(CommandLine commandLine) {
    ErrorReporter reporter = new ErrorReporter();
    OptionValues.register(commandLine);
    return commandLine
        .setExecutionExceptionHandler(reporter)
        .setParameterExceptionHandler(reporter);
  }

  /** The command names, in help order, as one list for messages: {@code games, show, ..., help}. */
  public static String commandList() {
    return String.join(", ", SUBCOMMANDS.keySet());
  }

  /** Without a subcommand: a usage error that lists the commands. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command; one of: " + commandList());
  }
}
