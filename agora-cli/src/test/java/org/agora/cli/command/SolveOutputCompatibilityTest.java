package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agora.cli.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code agora solve} prints, byte for byte, what it printed before the solvers moved into providers:
 * text, {@code --format gambit} and {@code --json} of every method, compared with outputs recorded
 * from the previous implementation (timings masked). Run with
 * {@code -Dagora.golden.write=<directory>} to record them again.
 */
class SolveOutputCompatibilityTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("enumpure-json", "prisoners_dilemma", "--method", "enumpure", "--json"),
        arguments("enumpure-3p-gambit", "blotto(players=3,soldiers=3,fields=2)", "--method", "enumpure", "--format", "gambit"),
        arguments("enummixed-text", "stag_hunt", "--method", "enummixed"),
        arguments("enummixed-json", "stag_hunt", "--method", "enummixed", "--json"),
        arguments("lcp-json", "battle_of_the_sexes", "--method", "lcp", "--json"),
        arguments("lcp-label-text", "battle_of_the_sexes", "--method", "lcp", "--label", "2"),
        arguments("lcp-floating-json", "battle_of_the_sexes", "--method", "lcp", "--floating", "--json"),
        arguments("lp-text", "biased_rock_paper_scissors", "--method", "lp"),
        arguments("lp-json", "biased_rock_paper_scissors", "--method", "lp", "--json"),
        arguments("lp-floating-json", "biased_rock_paper_scissors", "--method", "lp", "--floating", "--json"),
        arguments("support-text", "battle_of_the_sexes", "--method", "support"),
        arguments("support-floating-gambit", "battle_of_the_sexes", "--method", "support", "--floating", "--format", "gambit"),
        arguments("simpdiv-json", "blotto(players=3,soldiers=3,fields=2)", "--method", "simpdiv", "--precision", "1e-8", "--json"),
        arguments("logit-text", "battle_of_the_sexes", "--method", "logit"),
        arguments("logit-json", "battle_of_the_sexes", "--method", "logit", "--json"),
        arguments("ce-text", "chicken", "--method", "ce", "--objective", "welfare"),
        arguments("ce-json", "chicken", "--method", "ce", "--objective", "maxmin", "--json"),
        arguments("cce-reduced-text", "kuhn_poker", "--method", "cce", "--objective", "feasible"),
        arguments("fp-text", "rock_paper_scissors", "--method", "fp", "--iterations", "2000", "--no-progress"),
        arguments("fp-gambit", "prisoners_dilemma", "--method", "fp", "--iterations", "2000", "--format", "gambit"),
        arguments("rm-json", "rock_paper_scissors", "--method", "rm", "--iterations", "3000", "--seed", "3", "--json"),
        arguments("rm-plus-text", "matching_pennies", "--method", "rm+", "--iterations", "1000", "--sample-every", "100"),
        arguments("hedge-json", "matching_pennies", "--method", "hedge", "--iterations", "1000", "--json"),
        arguments("swap-text", "chicken", "--method", "swap", "--iterations", "1000"),
        arguments("replicator-json", "rock_paper_scissors", "--method", "replicator", "--iterations", "500", "--seed", "2", "--json"),
        arguments("projected-replicator-text", "rock_paper_scissors", "--method", "projected-replicator", "--iterations", "500"),
        arguments("cfr-text", "kuhn_poker", "--method", "cfr", "--iterations", "200", "--no-progress"),
        arguments("cfr-json", "kuhn_poker", "--method", "cfr", "--iterations", "200", "--json"),
        arguments("cfr-plus-json", "kuhn_poker", "--method", "cfr+", "--iterations", "300", "--threads", "2", "--json"),
        arguments("lcfr-json", "kuhn_poker", "--method", "lcfr", "--iterations", "100", "--sample-every", "25", "--json"),
        arguments("dcfr-text", "kuhn_poker", "--method", "dcfr", "--iterations", "100", "--alpha", "2", "--beta", "0.5", "--gamma", "3"),
        arguments("pcfr-plus-json", "kuhn_poker", "--method", "pcfr+", "--iterations", "100", "--json"),
        arguments("mccfr-es-json", "kuhn_poker", "--method", "mccfr-es", "--iterations", "500", "--seed", "7", "--json"),
        arguments("mccfr-os-text", "kuhn_poker", "--method", "mccfr-os", "--iterations", "500", "--seed", "7", "--epsilon", "0.4"),
        arguments("cfr-br-json", "kuhn_poker", "--method", "cfr-br", "--iterations", "50", "--json"),
        arguments("xfp-text", "kuhn_poker(players=3)", "--method", "xfp", "--iterations", "50"),
        arguments("sequence-lp-text", "kuhn_poker", "--method", "sequence-lp"),
        arguments("sequence-lp-json", "kuhn_poker", "--method", "sequence-lp", "--json"),
        arguments("sequence-lp-floating-json", "kuhn_poker", "--method", "sequence-lp", "--floating", "--json"),
        arguments("sequence-lcp-json", "../examples/centipede.efg", "--method", "sequence-lcp", "--json"),
        arguments("help", "--help"),
        arguments("leduc-policy-count-text", "leduc_poker", "--method", "cfr+", "--iterations", "20"));
  }

  private static Arguments arguments(String name, String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "solve";
    System.arraycopy(args, 0, full, 1, args.length);
    return Arguments.of(name, full);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputIsUnchanged(String name, String[] args) throws IOException {
    CliRun run = CliRun.run(args);
    String output = "exit " + run.exitCode() + "\n" + masked(run.out()) + "--- err\n" + run.err();
    String directory = System.getProperty("agora.golden.write");
    if (directory != null) {
      Files.writeString(Path.of(directory, name + ".txt"), output, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream expected = getClass().getResourceAsStream("/solve-golden/" + name + ".txt")) {
      assertThat(expected).as("recorded output " + name).isNotNull();
      assertThat(output).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The output with its timings (which vary from run to run) replaced by {@code #}. */
  static String masked(String output) {
    return output
        .replaceAll("(time: +)\\d+\\.\\d+ s", "$1# s")
        .replaceAll("compiled in \\d+\\.\\d+ s", "compiled in # s")
        .replaceAll("\"seconds\" *: *[-0-9.Ee]+", "\"seconds\": #")
        .replaceAll("(?m)^( +[0-9,]+ +\\S+ +)\\d+\\.\\d{3}$", "$1#");
  }

  static List<String> names() {
    return cases().map(arguments -> (String) arguments.get()[0]).toList();
  }
}
