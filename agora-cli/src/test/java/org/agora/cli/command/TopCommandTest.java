package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.agora.cli.AgoraCommand;
import org.agora.cli.CliRun;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class TopCommandTest {

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: agora", "games", "show", "play", "convert");
    assertThat(run.err()).isEmpty();
  }

  /** {@code agora bandit} lists its subcommands; an unknown one is a usage error that names the bandit command. */
  @Test
  void banditListsItsSubcommands() {
    CliRun help = CliRun.run("bandit", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Commands:", "multiplayer", "contextual", "collaborative", "federated", "market",
        "--policies");
    for (String subcommand : List.of("multiplayer", "contextual", "collaborative", "federated", "market")) {
      CliRun run = CliRun.run("bandit", subcommand, "--help");
      assertThat(run.exitCode()).as(subcommand).isZero();
      assertThat(run.out()).as(subcommand).contains("Usage: agora bandit " + subcommand, "--seeds", "--horizon",
          "--plot", "--json", "--csv", "--no-progress");
    }
    CliRun misplaced = CliRun.run("bandit", "--seeds", "5", "market", "--no-progress");
    assertThat(misplaced.exitCode()).isEqualTo(2);
    assertThat(misplaced.out()).isEmpty();
    assertThat(misplaced.errLines().get(0)).isEqualTo("agora: options of agora bandit (--seeds) do not apply to agora"
        + " bandit market; give its options after the subcommand, e.g. agora bandit market --seeds 5");
    CliRun unknown = CliRun.run("bandit", "frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines().get(0)).startsWith("agora: ").contains("frobnicate");
  }

  /** Main builds only the subcommand a run names; what the run prints must not depend on that. */
  @Test
  void aCommandLineWithOneSubcommandBehavesLikeTheFullOne() {
    for (String[] args : List.of(new String[] {"play", "--help"}, new String[] {"solve", "--help"},
        new String[] {"games"}, new String[] {"show", "--bogus", "x"}, new String[] {"convert"},
        new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"}, new String[0],
        new String[] {"help"}, new String[] {"help", "solve"}, new String[] {"frobnicate"},
        new String[] {"bandit", "--help"}, new String[] {"bandit", "market", "--help"},
        new String[] {"bandit", "frobnicate"},
        new String[] {"--bogus"})) {
      String[] lazy = runWith(AgoraCommand.newCommandLine(args), args);
      String[] full = runWith(AgoraCommand.newCommandLine(), args);
      assertThat(lazy).as(String.join(" ", args)).containsExactly(full);
    }
  }

  private static String[] runWith(CommandLine commandLine, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new String[] {Integer.toString(exitCode), out.toString(), err.toString()};
  }

  @Test
  void versionIsPrinted() {
    CliRun run = CliRun.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().trim()).isEqualTo("agora 0.1.0");
  }

  @Test
  void subcommandHelpWorks() {
    CliRun run = CliRun.run("play", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--agents", "--episodes", "--seed", "--threads", "95% confidence");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.run("show", "--bogus", "cli_test_matching_pennies");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("agora: Unknown option: '--bogus'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingArgumentsAndCommandsAreUsageErrors() {
    assertThat(CliRun.run("show").exitCode()).isEqualTo(2);
    assertThat(CliRun.run().exitCode()).isEqualTo(2);
    assertThat(CliRun.run("frobnicate").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("play", "cli_test_matching_pennies", "--episodes", "many").exitCode()).isEqualTo(2);
  }

  @Test
  void bareCommandLineStillReportsFailuresInOneLine() {
    CliRun run = CliRun.runBare("show", "no_such_game");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("agora: unknown game 'no_such_game'");
  }

  /** Without a command and with an unknown one, every command of the table is listed. */
  @Test
  void missingAndUnknownCommandsListEveryCommand() {
    String all = "games, show, play, tournament, evaluate, rate, psro, sweep, simulate, bandit, shapley, allocate, solve, exploitability, convert, serve, help";
    CliRun none = CliRun.run();
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.errLines().get(0)).isEqualTo("agora: missing command; one of: " + all);
    CliRun unknown = CliRun.run("frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines().get(0)).isEqualTo("agora: unknown command 'frobnicate'; commands: " + all);
    CliRun option = CliRun.run("--bogus");
    assertThat(option.errLines().get(0)).isEqualTo("agora: Unknown option: '--bogus'");
  }
}
