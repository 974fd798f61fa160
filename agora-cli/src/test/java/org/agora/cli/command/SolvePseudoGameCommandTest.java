package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora solve pseudo-game NAME}: the exchange economy and Kyoto game, JSON, plot, usage errors. */
class SolvePseudoGameCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  /**
   * The default exchange economy (weights (0.3, 0.7), (0.6, 0.4); endowments (1, 0), (0, 1)) has the
   * closed-form Cobb–Douglas prices (6/13, 7/13); JSON reports them with excess demand under 1e-6.
   */
  @Test
  void exchangeJsonGivesTheClosedFormPricesAndClearsTheMarket() throws IOException {
    CliRun run = CliRun.run("solve", "pseudo-game", "exchange()", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = MAPPER.readTree(run.out());
    assertThat(result.get("converged").asBoolean()).isTrue();
    assertThat(result.get("prices").get(0).asDouble()).isCloseTo(6.0 / 13, offset(1e-6));
    assertThat(result.get("prices").get(1).asDouble()).isCloseTo(7.0 / 13, offset(1e-6));
    for (JsonNode excess : result.get("excessDemand")) {
      assertThat(Math.abs(excess.asDouble())).isLessThan(1e-6);
    }
    assertThat(result.get("players")).hasSize(3);
    assertThat(result.get("curve").size()).isEqualTo(result.get("iterations").asInt() + 1);
  }

  @Test
  void kyotoTablesShowTheProfileGainsAndCurveAndThePlotIsWritten() {
    Path plot = directory.resolve("curve.png");
    CliRun run = CliRun.run("solve", "pseudo-game", "kyoto(benefit=10/8/6,cost=1,damage=0.5,cap=12)", "--plot",
        plot.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("exploitability:", "(converged)", "country 1", "country 3", "emissions",
        "ITERATION", "EXPLOITABILITY");
    assertThat(plot).exists();
    assertThat(plot.toFile().length()).isPositive();
  }

  /** {@code --method gne} on {@code agora solve} is the same computation, with the options it passes on. */
  @Test
  void methodGneRunsThePseudoGameCommand() throws IOException {
    CliRun direct = CliRun.run("solve", "pseudo-game", "exchange()", "--json", "--iterations", "500");
    CliRun viaMethod = CliRun.run("solve", "exchange()", "--method", "gne", "--json", "--iterations", "500");
    assertThat(viaMethod.exitCode()).as(viaMethod.err()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode a = mapper.readTree(direct.out());
    JsonNode b = mapper.readTree(viaMethod.out());
    assertThat(b.get("players")).isEqualTo(a.get("players"));
    assertThat(b.get("exploitability")).isEqualTo(a.get("exploitability"));
    CliRun refused = CliRun.run("solve", "exchange()", "--method", "gne", "--objective", "welfare");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.errLines().get(0)).isEqualTo("agora: --objective does not apply to --method gne; see agora solve"
        + " pseudo-game --help");
    CliRun unknown = CliRun.run("solve", "kuhn_poker", "--method", "nope");
    assertThat(unknown.errLines().get(0)).startsWith("agora: unknown method 'nope'; known methods: ").endsWith(", gne");
  }

  @Test
  void badInputIsAUsageErrorWithOneLine() {
    String[][] cases = {
        {"nonsense()", "unknown pseudo-game 'nonsense'"},
        {"kyoto(cap=-1)", "cap must be positive, got -1.0"},
        {"kyoto(benefit=1/x)", "parameter 'benefit' of kyoto takes numbers"},
        {"kyoto(speed=3)", "unknown parameter 'speed' of kyoto"},
        {"kyoto(cost=1/2)", "takes 1 or 3 values"},
        {"exchange(preferences=0.5/0.5:1/0)", "preference of consumer 2 for good 2 must be positive"},
        {"exchange(endowments=1/0)", "preferences are given for 2 consumers and endowments for 1"},
        {"kyoto(cap=1", "lacks its closing ')'"},
    };
    for (String[] c : cases) {
      CliRun run = CliRun.run("solve", "pseudo-game", c[0]);
      assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).as(c[0]).contains(c[1]).doesNotContain("Exception");
    }
    assertThat(CliRun.run("solve", "pseudo-game", "kyoto()", "--iterations", "0").err())
        .contains("--iterations must be at least 1, got 0");
    assertThat(CliRun.run("solve", "pseudo-game", "kyoto()", "--regularisation", "0").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("solve", "pseudo-game", "kyoto()", "--plot", directory.resolve("x.txt").toString()).err())
        .contains("must end in .png");
  }

  @Test
  void anUnwritablePlotIsAOneLineFailure() throws IOException {
    Path blocker = Files.createFile(directory.resolve("file"));
    CliRun run = CliRun.run("solve", "pseudo-game", "kyoto()", "--plot", blocker.resolve("curve.png").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("agora: ");
  }
}
