package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.agora.cli.MatchingPenniesTestProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

  private static final String PENNIES = MatchingPenniesTestProvider.NAME;
  private static final String TURN_BASED = "turn_based(game=" + PENNIES + ")";

  @TempDir
  Path directory;

  @Test
  void describesANormalFormGameWithItsBimatrix() {
    CliRun run = CliRun.run("show", PENNIES);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("game:", PENNIES)
        .contains("simultaneous, no chance, imperfect information, zero-sum")
        .contains("players:              2 (row, column)")
        .contains("strategies:           2 x 2 (4 profiles)")
        .contains("utility range:        [-1, 1]")
        .contains("utility sum:          0 (constant)")
        .contains("tree nodes:           5")
        .contains("row \\ column  heads  tails")
        .contains("heads         1, -1  -1, 1");
  }

  @Test
  void treeStatisticsOfTheTurnBasedView() {
    CliRun run = CliRun.run("show", TURN_BASED);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("game:                 " + TURN_BASED)
        .contains("sequential, no chance, imperfect information, zero-sum")
        .contains("tree nodes:           7 (enumerated in")
        .contains("  terminal:           4")
        .contains("  decision:           3")
        .contains("  chance:             0")
        .contains("tree depth:           2")
        .contains("information states:   row: 1, column: 1 (2 in all)")
        .contains("parameters:           game=" + PENNIES);
  }

  @Test
  void largeTreesAreNotEnumerated() {
    CliRun run = CliRun.run("show", "repeated(stage=" + PENNIES + ",rounds=10)", "--max-nodes", "1000");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("tree:", "more than 1,000 nodes (not enumerated");
  }

  @Test
  void aWideTreeOverTheDefaultLimitIsCountedOnlyUpToIt() {
    CliRun run = CliRun.run("show", "goofspiel(num_cards=30)");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("more than 2,000,000 nodes (not enumerated; see --max-nodes)");
  }

  @Test
  void deepTreesDoNotOverflowTheStack() {
    CliRun run = CliRun.run("show", "repeated(stage=" + PENNIES + ",rounds=3000)", "--max-nodes", "5000");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("more than 5,000 nodes");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonHasTheGameTheTreeAndThePayoffs() {
    CliRun run = CliRun.run("show", PENNIES, "--json");

    assertThat(run.exitCode()).isZero();
    Map<String, Object> show = Json.object(run.out());
    assertThat(show).containsEntry("name", PENNIES).containsEntry("players", 2.0).containsEntry("actions", 2.0)
        .containsEntry("utilitySum", 0.0).containsEntry("minUtility", -1.0).containsEntry("maxGameLength", 1.0)
        .containsKeys("type", "parameters", "maxChanceOutcomes", "playerNames");
    Map<String, Object> tree = (Map<String, Object>) show.get("tree");
    assertThat(tree).containsEntry("enumerated", true).containsEntry("nodes", 5.0)
        .containsEntry("simultaneousNodes", 1.0).containsEntry("terminalNodes", 4.0);
    Map<String, Object> normalForm = (Map<String, Object>) show.get("normalForm");
    assertThat((List<Object>) normalForm.get("payoffs")).containsExactly(
        List.of(1.0, -1.0), List.of(-1.0, 1.0), List.of(-1.0, 1.0), List.of(1.0, -1.0));
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonSaysWhenTheTreeWasNotEnumerated() {
    Map<String, Object> show = Json.object(
        CliRun.run("show", "repeated(stage=" + PENNIES + ",rounds=10)", "--max-nodes", "10", "--json").out());

    assertThat(show).containsEntry("utilitySum", 0.0);
    assertThat((Map<String, Object>) show.get("tree")).containsEntry("enumerated", false).containsEntry("nodeLimit", 10.0)
        .doesNotContainKey("nodes");
  }

  @Test
  void unknownGameFailsWithOneLine() {
    CliRun run = CliRun.run("show", "no_such_game");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("agora: unknown game 'no_such_game'").doesNotContain("Exception");
  }

  @Test
  void malformedGameStringFailsWithOneLine() {
    CliRun run = CliRun.run("show", "kuhn_poker(players=x");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "agora: bad game string 'kuhn_poker(players=x': expected ',' or ')' at the end");
  }

  @Test
  void badParameterValueFailsWithOneLine() {
    CliRun run = CliRun.run("show", "repeated(stage=" + PENNIES + ",rounds=0)");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).contains("rounds", "'0'", "out of range");
  }

  @Test
  void missingFileFailsWithOneLine() {
    CliRun run = CliRun.run("show", directory.resolve("absent.nfg").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("agora: no such file: " + directory.resolve("absent.nfg"));
  }

  @Test
  void malformedGambitFileFailsWithOneLine() throws IOException {
    Path file = Files.writeString(directory.resolve("bad.nfg"), "NFG 1 R \"broken\" { \"a\" \"b\" } { 2 oops\n");

    CliRun run = CliRun.run("show", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("agora: ").contains("bad.nfg").doesNotContain("internal error");
  }

  @Test
  void negativeNodeLimitIsAUsageError() {
    assertThat(CliRun.run("show", PENNIES, "--max-nodes", "0").exitCode()).isEqualTo(2);
  }
}
