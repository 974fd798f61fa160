package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

  @Test
  @SuppressWarnings("unchecked")
  void correlatedEquilibriumOfChickenAsJson() {
    CliRun run = CliRun.run("solve", "chicken", "--method", "ce", "--objective", "welfare", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> result = Json.object(run.out());
    assertThat(result).containsEntry("method", "ce").containsEntry("concept", "correlated equilibrium");
    List<Map<String, Object>> distribution = (List<Map<String, Object>>) result.get("distribution");
    double total = 0.0;
    for (Map<String, Object> entry : distribution) {
      // The crash (straight, straight) is never recommended by a welfare-maximising CE of chicken.
      assertThat((List<String>) entry.get("profile")).isNotEqualTo(List.of("straight", "straight"));
      total += (Double) entry.get("probability");
    }
    assertThat(total).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void regretMatchingInRockPaperScissorsConvergesAndPlots(@TempDir Path directory) throws IOException {
    Path plot = directory.resolve("rm.png");
    CliRun run = CliRun.run("solve", "rock_paper_scissors", "--method", "rm", "--iterations", "20000", "--seed", "3",
        "--plot", plot.toString(), "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("time-average profile 1").contains("trajectory (200 points)");
    byte[] png = Files.readAllBytes(plot);
    assertThat(png.length).isGreaterThan(1000);
    assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  @SuppressWarnings("unchecked")
  void dynamicsAreDeterministicForASeedAndReduceNashConv() {
    CliRun first = CliRun.run("solve", "matching_pennies", "--method", "hedge", "--iterations", "5000", "--json");
    CliRun second = CliRun.run("solve", "matching_pennies", "--method", "hedge", "--iterations", "5000", "--json");
    assertThat(first.out()).isEqualTo(second.out());
    Map<String, Object> trajectory = (Map<String, Object>) Json.object(first.out()).get("trajectory");
    List<Double> nashConv = (List<Double>) trajectory.get("NashConv of the average");
    assertThat(nashConv.get(nashConv.size() - 1)).isLessThan(nashConv.get(0)).isLessThan(0.05);
  }

  @Test
  void gambitFormatPrintsOneLinePerEquilibrium() {
    CliRun run = CliRun.run("solve", "prisoners_dilemma", "--method", "fp", "--iterations", "2000", "--format", "gambit");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).startsWith("NE,").doesNotContain("\n");
  }

  @Test
  void unknownMethodIsAUsageErrorListingTheMethods() {
    CliRun run = CliRun.run("solve", "chicken", "--method", "magic");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown method 'magic'").contains("ce, cce");
  }

  @Test
  void unknownObjectiveIsAUsageError() {
    CliRun run = CliRun.run("solve", "chicken", "--method", "cce", "--objective", "happiness");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "agora: unknown objective 'happiness'; allowed: feasible, welfare, maxmin, entropy",
        "Try 'agora solve --help' for usage.");
  }

  @Test
  void extensiveGamesAreReducedToNormalForm() {
    CliRun run = CliRun.run("solve", "kuhn_poker", "--method", "cce", "--objective", "feasible");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("reduced_normal_form(game=kuhn_poker(players=2))");
  }

  @Test
  void supportEnumerationFindsTheThreeEquilibriaOfBattleOfTheSexesExactly() {
    CliRun run = CliRun.run("solve", "battle_of_the_sexes", "--method", "support", "--format", "gambit");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip().split("\\R")).containsExactly("NE,1,0,1,0", "NE,0,1,0,1", "NE,3/5,2/5,2/5,3/5");
    CliRun text = CliRun.run("solve", "battle_of_the_sexes", "--method", "support");
    assertThat(text.out()).contains("found:   3 Nash equilibria").contains("payoffs 6/5, 6/5; NashConv 0 (exact)");
  }

  @Test
  void floatingZeroSumLpGivesTheValueOfBiasedRockPaperScissors() {
    CliRun run = CliRun.run("solve", "biased_rock_paper_scissors", "--method", "lp", "--floating");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("value:   0 (expected payoff of row)").contains("rock 0.0625, paper 0.625, scissors 0.3125");
  }

  @Test
  void pureEquilibriaOfAThreePlayerGame() {
    CliRun run = CliRun.run("solve", "blotto(players=3,soldiers=3,fields=2)", "--method", "enumpure", "--format", "gambit");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip().split("\\R")).hasSize(18).allMatch(line -> line.startsWith("NE,"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void logitPathEndsAtTheMixedEquilibriumOfBattleOfTheSexes(@TempDir Path directory) throws IOException {
    Path plot = directory.resolve("logit.png");
    CliRun run = CliRun.run("solve", "battle_of_the_sexes", "--method", "logit", "--json", "--plot", plot.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> result = Json.object(run.out());
    List<Map<String, Object>> profiles = (List<Map<String, Object>>) result.get("profiles");
    List<List<Double>> strategies = (List<List<Double>>) profiles.get(0).get("strategies");
    assertThat(strategies.get(0).get(0)).isCloseTo(0.6, within(1e-5));
    assertThat(strategies.get(1).get(0)).isCloseTo(0.4, within(1e-5));
    assertThat(Files.size(plot)).isGreaterThan(1000);
  }

  @Test
  void simplicialSubdivisionReachesThePrecisionInAThreePlayerGame() {
    CliRun run = CliRun.run("solve", "blotto(players=3,soldiers=3,fields=2)", "--method", "simpdiv", "--precision", "1e-8");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("found:   1 Nash equilibrium");
  }

  @Test
  void vertexEnumerationAndLemkeHowsonAgreeOnTheStagHunt() {
    CliRun all = CliRun.run("solve", "stag_hunt", "--method", "enummixed", "--format", "gambit");
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out().strip().split("\\R")).containsExactlyInAnyOrder("NE,0,1,0,1", "NE,3/4,1/4,3/4,1/4", "NE,1,0,1,0");
    CliRun lemkeHowson = CliRun.run("solve", "stag_hunt", "--method", "lcp", "--format", "gambit");
    assertThat(all.out().strip().split("\\R")).contains(lemkeHowson.out().strip().split("\\R"));
    CliRun text = CliRun.run("solve", "stag_hunt", "--method", "enummixed");
    assertThat(text.out()).contains("maximal Nash subset 2: hull [[3/4, 1/4]] x hull [[3/4, 1/4]]");
  }

  @Test
  void exactLpValueOfBiasedRockPaperScissors() {
    CliRun run = CliRun.run("solve", "biased_rock_paper_scissors", "--method", "lp", "--format", "gambit");
    assertThat(run.out().strip()).isEqualTo("NE,1/16,5/8,5/16,1/16,5/8,5/16");
  }

  @Test
  void twoPlayerMethodsRejectThreePlayerGamesWithOneLine() {
    CliRun run = CliRun.run("solve", "blotto(players=3,soldiers=3,fields=2)", "--method", "lcp");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).startsWith("agora: ").contains("3 players").doesNotContain("\n");
  }

  @Test
  void aFlagTheMethodDoesNotDeclareIsAUsageErrorNamingItsOptions() {
    CliRun fictitiousPlay = CliRun.run("solve", "chicken", "--method", "fp", "--seed", "3");
    assertThat(fictitiousPlay.exitCode()).isEqualTo(2);
    assertThat(fictitiousPlay.err()).contains("method fp does not take --seed; its options: --iterations, --sample-every");
    CliRun pure = CliRun.run("solve", "chicken", "--method", "enumpure", "--iterations", "10");
    assertThat(pure.exitCode()).isEqualTo(2);
    assertThat(pure.err()).contains("method enumpure does not take --iterations; it takes no options");
  }

  @Test
  void solverFlagsComeFromTheDeclarationsWithTheirRanges() {
    CliRun help = CliRun.run("solve", "--help");
    assertThat(help.out()).contains("--objective=OBJECTIVE").contains("--sample-every=K").contains("--epsilon=<epsilon>");
    CliRun epsilon = CliRun.run("solve", "kuhn_poker", "--method", "mccfr-os", "--epsilon", "0");
    assertThat(epsilon.exitCode()).isEqualTo(2);
    assertThat(epsilon.err()).contains("--epsilon must be in (0, 1], got 0");
    CliRun precision = CliRun.run("solve", "chicken", "--method", "simpdiv", "--precision", "-1");
    assertThat(precision.exitCode()).isEqualTo(2);
    assertThat(precision.err()).contains("--precision must be > 0, got -1");
    CliRun objective = CliRun.run("solve", "chicken", "--method", "ce", "--objective", "MaxMin", "--json");
    assertThat(objective.exitCode()).as(objective.err()).isZero();
    assertThat(objective.out()).contains("objective maximum minimum payoff");
  }

  /** Values only the CLI or the game can refuse are usage errors too. */
  @Test
  void optionValuesTheGameOrTheCliRefuseAreUsageErrors() {
    CliRun label = CliRun.run("solve", "matching_pennies", "--method", "lcp", "--label", "99");
    assertThat(label.exitCode()).isEqualTo(2);
    assertThat(label.errLines().get(0)).isEqualTo(
        "agora: --label: label 99 is outside 1..4 (1..m are row strategies, m+1..m+n column strategies)");
    CliRun alpha = CliRun.run("solve", "kuhn_poker", "--method", "dcfr", "--alpha", "Infinity");
    assertThat(alpha.exitCode()).isEqualTo(2);
    assertThat(alpha.errLines().get(0)).isEqualTo("agora: --alpha must be a finite number, got Infinity");
    for (String method : List.of("rm", "cfr")) {
      CliRun zero = CliRun.run("solve", "kuhn_poker", "--method", method, "--sample-every", "0");
      assertThat(zero.exitCode()).as(method).isEqualTo(2);
      assertThat(zero.errLines().get(0)).isEqualTo(
          "agora: --sample-every must be >= 1 (leave it out for the default spacing), got 0");
      CliRun negative = CliRun.run("solve", "kuhn_poker", "--method", method, "--sample-every", "-3");
      assertThat(negative.exitCode()).as(method).isEqualTo(2);
    }
  }

  /** rae's iterations (default 2000) and everyone else's (default 10000) share --iterations: each default names its methods. */
  @Test
  void iterationsHelpSaysWhichDefaultIsWhoseMethod() {
    String help = CliRun.run("solve", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("--iterations=N rae: fictitious-play iterations (default: 2000). Other methods: "
        + "iterations of iterative methods (default: 10000).");
  }

  /** One flag, two meanings: the help states both defaults, as the README does. */
  @Test
  void sampleEveryHelpStatesTheDefaultOfDynamicsAndOfTreeMethods() {
    String help = CliRun.run("solve", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("Learning dynamics: record the trajectory every K iterations (default: about 200 points).")
        .contains("Tree methods: measure the average policy every K iterations (default: about 50 points).")
        .doesNotContain("tree tree");
  }
}
