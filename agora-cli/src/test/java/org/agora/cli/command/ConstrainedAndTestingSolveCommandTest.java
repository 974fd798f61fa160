package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;

/** {@code agora solve --method constrained-ce|constrained-cce|constrained-phi|test-equilibrium|sparse-cce}. */
class ConstrainedAndTestingSolveCommandTest {

  /** Welfare of the default prisoner's dilemma (T 5, R 3, P 1, S 0) under a JSON distribution. */
  @SuppressWarnings("unchecked")
  private static double welfare(Map<String, Object> result) {
    Map<String, Double> welfare = Map.of("cooperate,cooperate", 6.0, "cooperate,defect", 5.0, "defect,cooperate", 5.0,
        "defect,defect", 2.0);
    double total = 0.0;
    double mass = 0.0;
    for (Map<String, Object> entry : (List<Map<String, Object>>) result.get("distribution")) {
      double probability = (Double) entry.get("probability");
      total += probability * welfare.get(String.join(",", (List<String>) entry.get("profile")));
      mass += probability;
    }
    assertThat(mass).isCloseTo(1.0, within(1e-9));
    return total;
  }

  @Test
  void constrainedCoarseCorrelatedEquilibriumOfThePrisonersDilemma() {
    CliRun unconstrained = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-cce", "--json");
    assertThat(unconstrained.exitCode()).as(unconstrained.err()).isZero();
    // No budgets: the cce LP's optimum, (defect, defect), welfare 2.
    assertThat(welfare(Json.object(unconstrained.out()))).isCloseTo(2.0, within(1e-9));
    // Defecting costs 1, budget 1/2 per player. With mu = (a, b, c, d) on (CC, CD, DC, DD), the row's
    // best safe deviation defects with probability 1/2 and earns 3.5 q + 0.5 (q = a + c), so its
    // incentive is -a/2 + 3c/2 + d >= 1/2; the column's likewise with b. Summing them with a = 1 - b - c - d:
    // 5/2 (b + c) + 3d >= 2, and welfare = 6 - (b + c) - 4d is at most 6 - 0.8 = 5.2 (b + c = 0.8, d = 0),
    // reached by b = c = 0.4, a = 0.2, which meets both incentives and budgets (0.4 <= 0.5).
    CliRun constrained = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-cce", "--costs",
        "0:0 1<=0.5;1:0 1<=0.5", "--json");
    assertThat(constrained.exitCode()).as(constrained.err()).isZero();
    assertThat(welfare(Json.object(constrained.out()))).isCloseTo(5.2, within(1e-9));
  }

  @Test
  void constrainedCorrelatedEquilibriumShowsItsBudgetsInTheTable() {
    CliRun run = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-ce", "--costs",
        "0:0 1<=0.5;1:0 1<=0.5", "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("constrained-ce").contains("player 0 expected cost")
        .contains("best over the multiplier grid").contains("121 linear program(s)");
  }

  @Test
  void constrainedPhiEquilibriumForAListedDeviationSet() {
    // Phi_0 = hull{not deviating, always defect}, defecting costs player 0 one unit, budget 1/2; player 1
    // untested. Mixing w of "always defect" gains w (2a + b) at cost w + (1 - w)(c + d) <= 1/2, safe for
    // some w > 0 unless c + d = 1/2: the best welfare is 6/2 + 5/2 = 5.5 (mu(CC) = mu(DC) = 1/2).
    CliRun run = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-phi", "--phi", "0:0 1;0:1 1",
        "--costs", "0:0 1<=0.5", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(welfare(Json.object(run.out()))).isCloseTo(5.5, within(1e-9));
    CliRun missing = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-phi");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("agora: --phi: no deviations given").doesNotContain("Exception");
    CliRun badTarget = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-phi", "--phi", "0:0 2");
    assertThat(badTarget.exitCode()).isEqualTo(2);
    assertThat(badTarget.err()).contains("bad target 2").contains("strategies 0 to 1");
  }

  @Test
  void badCostsAndObjectivesAreUsageErrors() {
    CliRun costs = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-cce", "--costs", "0:1 2 3<=1");
    assertThat(costs.exitCode()).isEqualTo(2);
    assertThat(costs.err()).contains("agora: --costs: cost constraint for player 0 has 3 costs").doesNotContain("\tat ");
    CliRun objective = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-ce", "--objective", "entropy");
    assertThat(objective.exitCode()).isEqualTo(2);
    assertThat(objective.err()).contains("linear objective");
    CliRun infeasible = CliRun.run("solve", "prisoners_dilemma", "--method", "constrained-cce", "--costs", "0:1 1<=0.5");
    assertThat(infeasible.exitCode()).isEqualTo(1);
    assertThat(infeasible.err()).startsWith("agora: ").contains("budgets").doesNotContain("\tat ");
  }

  @Test
  void testEquilibriumPassesANashEquilibriumAndFailsUniformDefection() {
    CliRun pass = CliRun.run("solve", "matching_pennies", "--method", "test-equilibrium", "--seed", "4", "--json");
    assertThat(pass.exitCode()).as(pass.err()).isZero();
    assertThat(pass.out()).contains("PASSED").contains("16241 samples");
    // Uniform play in the prisoner's dilemma: defecting always gains 0.75, far above epsilon 0.5.
    CliRun fail = CliRun.run("solve", "prisoners_dilemma", "--method", "test-equilibrium", "--profile",
        "0.5 0.5;0.5 0.5", "--tolerance", "0.5", "--concept", "cce", "--no-progress");
    assertThat(fail.exitCode()).as(fail.err()).isZero();
    assertThat(fail.out()).contains("FAILED").contains("epsilon-CCE");
    CliRun bad = CliRun.run("solve", "matching_pennies", "--method", "test-equilibrium", "--profile", "1 0");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--profile");
  }

  /** Without --tolerance epsilon is 5% of the payoff range: 4.9 for payoffs spanning 98, about 21,000 samples. */
  @Test
  void theDefaultEpsilonScalesWithThePayoffRange() {
    CliRun run = CliRun.run("solve", "random_normal_form(strategies=10,seed=1)", "--method", "test-equilibrium",
        "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("(epsilon 4.9", "FAILED");
  }

  @Test
  void sparseCoarseCorrelatedEquilibriumBoundsItsSupport() {
    CliRun run = CliRun.run("solve", "random_normal_form(strategies=6,seed=3)", "--method", "sparse-cce", "--support",
        "4", "--seed", "2", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat((List<?>) Json.object(run.out()).get("distribution")).hasSizeLessThanOrEqualTo(4);
  }
}
