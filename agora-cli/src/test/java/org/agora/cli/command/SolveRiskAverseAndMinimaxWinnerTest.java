package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;

/** {@code agora solve --method rae} and {@code --method minimax-winner}. */
class SolveRiskAverseAndMinimaxWinnerTest {

  /** Cyclic preferences with an uneven cycle: the winner is (2/7, 2/7, 3/7) (kernel of the 3x3 margins). */
  private static final String CYCLE = "matrix(payoffs=\"1/2 4/5 3/10; 1/5 1/2 7/10; 7/10 3/10 1/2\")";

  @Test
  @SuppressWarnings("unchecked")
  void riskAverseEquilibriumOfTheStagHuntIsHareAsJson() {
    CliRun run = CliRun.run("solve", "stag_hunt", "--method", "rae", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> result = Json.object(run.out());
    assertThat(result).containsEntry("method", "rae").containsEntry("concept", "risk-averse equilibrium");
    List<Map<String, Object>> profiles = (List<Map<String, Object>>) result.get("profiles");
    assertThat(profiles).hasSize(1);
    List<List<Double>> strategies = (List<List<Double>>) profiles.get(0).get("strategies");
    assertThat(strategies.get(0)).containsExactly(0.0, 1.0);
    assertThat(strategies.get(1)).containsExactly(0.0, 1.0);
    assertThat((List<String>) result.get("notes")).anyMatch(note -> note.startsWith("converged after 1 iterations"));
  }

  @Test
  void riskAverseTextTableAndOptionValidation() {
    CliRun run = CliRun.run("solve", "stag_hunt", "--method", "rae", "--reward-tolerance", "0.5", "--iterations", "50");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("risk-averse equilibrium 1: payoffs 3, 3").contains("row     stag 0, hare 1")
        .contains("reward tolerance 0.5");
    CliRun negative = CliRun.run("solve", "stag_hunt", "--method", "rae", "--reward-tolerance", "-1");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err()).startsWith("agora: ").contains("--reward-tolerance");
  }

  @Test
  void minimaxWinnerIsExactAndTheSampledOneIsClose() {
    CliRun exact = CliRun.run("solve", CYCLE, "--method", "minimax-winner", "--format", "gambit");
    assertThat(exact.exitCode()).as(exact.err()).isZero();
    assertThat(exact.out().strip()).isEqualTo("NE,2/7,2/7,3/7,2/7,2/7,3/7");
    CliRun sampled = CliRun.run("solve", CYCLE, "--method", "minimax-winner", "--samples", "600000", "--seed", "4",
        "--json");
    assertThat(sampled.exitCode()).as(sampled.err()).isZero();
    @SuppressWarnings("unchecked")
    List<Double> lottery = ((List<List<Double>>) ((List<Map<String, Object>>) Json.object(sampled.out())
        .get("profiles")).get(0).get("strategies")).get(0);
    // 200000 Hedge rounds: regret ~ sqrt(ln 3 / 4e5) ~ 2e-3, so the lottery is within 2e-2 of the winner
    assertThat(lottery.get(0)).isCloseTo(2.0 / 7, within(0.02));
    assertThat(lottery.get(2)).isCloseTo(3.0 / 7, within(0.02));
  }

  @Test
  void minimaxWinnerRefusesWhatIsNotAPreferenceMatrixWithOneLine() {
    CliRun stagHunt = CliRun.run("solve", "stag_hunt", "--method", "minimax-winner");
    assertThat(stagHunt.exitCode()).isEqualTo(1);
    assertThat(stagHunt.err().strip()).startsWith("agora: ").contains("neither preference probabilities")
        .doesNotContain("\n");
    CliRun margins = CliRun.run("solve", "rock_paper_scissors", "--method", "minimax-winner", "--samples", "100");
    assertThat(margins.exitCode()).isEqualTo(1);
    assertThat(margins.err().strip()).startsWith("agora: ").contains("need preference probabilities");
    CliRun rectangle = CliRun.run("solve", "matrix(payoffs=\"1 0 1; 0 1 0\")", "--method", "minimax-winner");
    assertThat(rectangle.exitCode()).isEqualTo(1);
    assertThat(rectangle.err()).contains("is square").contains("2 x 3");
  }
}
