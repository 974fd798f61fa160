package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.cli.AgoraCommand;
import org.agora.cli.CliRun;
import org.agora.cli.solve.SolverOptions;
import org.agora.core.ParameterSpec;
import org.agora.core.solve.SolverInput;
import org.agora.core.solve.SolverProvider;
import org.agora.core.solve.SolverRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Walks every option of every command, as the picocli model declares it, gives it a value its type
 * cannot accept and checks that the run is a usage error: exit code 2, one {@code agora: } line
 * (then only the usage hint) and nothing on standard output. Solver flags are typed {@code String}
 * in picocli; their type comes from the solvers' declarations.
 */
class OptionValueErrorsTest {

  /** A valid command line for each command, before the option under test. */
  private static final Map<String, List<String>> BASE = Map.of(
      "games", List.of(),
      "show", List.of("matching_pennies", "--no-tree"),
      "play", List.of("matching_pennies", "--episodes", "10", "--no-progress"),
      "tournament", List.of("repeated_rock_paper_scissors(rounds=10)", "--agents", "rockbot,copybot", "--matches", "1",
          "--no-progress"),
      "evaluate", List.of("--table", "no-such-table.txt"),
      "rate", List.of("--table", "no-such-table.txt"),
      "psro", List.of("kuhn_poker", "--iterations", "1", "--no-progress"),
      "convert", List.of("matching_pennies", "--to", "nfg"),
      "serve", List.of("--port", "0"),
      "exploitability", List.of("kuhn_poker", "--policy", "no-such-policy.json"));

  @TestFactory
  Stream<DynamicTest> everyOptionRejectsAValueItsTypeCannotTake() {
    List<DynamicTest> tests = new ArrayList<>();
    CommandLine agora = AgoraCommand.newCommandLine();
    Map<String, ParameterSpec> solverParameters = SolverOptions.declaredParameters();
    Map<String, CommandLine> commands = new java.util.LinkedHashMap<>(agora.getSubcommands());
    agora.getSubcommands().get("bandit").getSubcommands()
        .forEach((name, subcommand) -> commands.put("bandit " + name, subcommand));
    for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
      if (command.getKey().equals("help")) {
        continue;
      }
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp() || option.arity().max() == 0) {
          continue;
        }
        String name = option.longestName();
        ParameterSpec declared = command.getKey().equals("solve")
            ? solverParameters.get(name.substring(2).replace('-', '_')) : null;
        for (String bad : badValues(option, declared)) {
          List<String> args = new ArrayList<>(List.of(command.getKey().split(" ")));
          args.addAll(base(command.getKey(), name, declared));
          int given = args.indexOf(name);
          if (given >= 0) {
            args.set(given + 1, bad); // the option is part of the base line: replace its value
          } else {
            args.add(name);
            args.add(bad);
          }
          tests.add(DynamicTest.dynamicTest(String.join(" ", args), () -> assertUsageError(args)));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(30);
    return tests.stream();
  }

  private static List<String> base(String command, String option, ParameterSpec declared) {
    if (command.equals("sweep")) {
      return List.of("../examples/sweeps/solver-sweep.json", "--no-progress");
    }
    if (command.startsWith("bandit ")) {
      List<String> line = new ArrayList<>(List.of("--horizon", "10", "--seeds", "1", "--no-progress", "--no-store"));
      if (command.equals("bandit contextual")) {
        line.addAll(List.of("--problem", "linear(arms=2,dimension=2)"));
      }
      return line;
    }
    if (command.equals("bandit")) {
      return List.of("--problem", "bernoulli(0.5)", "--horizon", "10", "--seeds", "1", "--no-progress", "--no-store");
    }
    if (command.equals("shapley")) {
      return List.of("glove(left=1,right=1)", "--no-progress");
    }
    if (command.equals("allocate")) {
      return List.of("no-such-instance.csv", "--no-progress");
    }
    if (!command.equals("solve")) {
      return BASE.get(command);
    }
    if (option.equals("--method")) {
      return List.of("matching_pennies", "--method", "enumpure");
    }
    SolverProvider provider = declared == null ? SolverRegistry.provider("enumpure")
        : SolverRegistry.providers().stream()
            .filter(p -> p.parameters().stream().anyMatch(parameter -> parameter.name().equals(declared.name())))
            .findFirst().orElseThrow();
    String game = provider.input() == SolverInput.GAME_TREE ? "kuhn_poker" : "matching_pennies";
    return List.of(game, "--method", provider.name());
  }

  /** Values the option's type cannot take (its picocli type, or the solver's declaration). */
  private static List<String> badValues(OptionSpec option, ParameterSpec declared) {
    if (declared != null) {
      return switch (declared.type()) {
        case INTEGER, LONG -> List.of("x", "1.5", "99999999999999999999");
        case REAL -> List.of("x", "NaN", "Infinity");
        case TEXT -> declared.choices().isEmpty() ? List.of() : List.of("no_such_choice");
        default -> List.of();
      };
    }
    Class<?> type = option.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return List.of("x", "1.5", "99999999999999999999");
    }
    if (type == double.class || type == Double.class) {
      return List.of("x", "NaN");
    }
    if (type == Path.class) {
      return List.of("bad\0name");
    }
    if (type.isEnum()) {
      return List.of("no_such_" + type.getSimpleName().toLowerCase());
    }
    if (type == String.class) {
      return List.of("no_such_value(");
    }
    return List.of();
  }

  private static void assertUsageError(List<String> args) {
    CliRun run = CliRun.run(args.toArray(String[]::new));
    String command = String.join(" ", args);
    assertThat(run.exitCode()).as(command + "\n" + run.err()).isEqualTo(2);
    assertThat(run.out()).as(command).isEmpty();
    List<String> lines = run.errLines();
    assertThat(lines).as(command).isNotEmpty();
    assertThat(lines.get(0)).as(command).startsWith("agora: ").doesNotContain("Exception");
    assertThat(lines.subList(1, lines.size())).as(command)
        .allSatisfy(line -> assertThat(line).startsWith("Try 'agora "));
    assertThat(Arrays.asList(lines.get(0).split(" "))).as(command).isNotEmpty();
  }
}
