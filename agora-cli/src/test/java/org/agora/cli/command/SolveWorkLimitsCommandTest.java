package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code agora solve} refuses out-of-reach work in one line, and the limits are flags. */
class SolveWorkLimitsCommandTest {

  @Test
  void sequenceLcpOnLeducIsRefusedWithTheEstimateAndTheFlag() {
    CliRun run = CliRun.run("solve", "leduc_poker", "--method", "sequence-lcp", "--no-progress");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("agora: sequence-lcp on leduc_poker")
        .contains("4,062 x 8,126 exact LCP tableau").contains("(raise it with --max-exact-tableau)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void raisingOrLoweringALimitByItsFlagChangesTheAnswer() {
    CliRun refused = CliRun.run("solve", "battle_of_the_sexes", "--method", "support", "--max-supports", "3");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("may need 5 equal-size support pairs; the limit is 3 (raise it with --max-supports)");
    CliRun solved = CliRun.run("solve", "battle_of_the_sexes", "--method", "support", "--max-supports", "5");
    assertThat(solved.exitCode()).isZero();
    assertThat(solved.out()).contains("found:   3 Nash equilibria");
  }

  @Test
  void aLimitBelowOneIsAUsageError() {
    CliRun run = CliRun.run("solve", "battle_of_the_sexes", "--method", "lcp", "--max-exact-tableau", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--max-exact-tableau must be >= 1, got 0");
    CliRun nodes = CliRun.run("solve", "kuhn_poker", "--method", "cfr", "--max-nodes", "0");
    assertThat(nodes.exitCode()).isEqualTo(2);
    assertThat(nodes.err()).contains("--max-nodes must be >= 1, got 0");
  }

  @Test
  void helpListsEveryLimitFlag() {
    CliRun run = CliRun.run("solve", "--help");
    assertThat(run.out()).contains("--max-profiles", "--max-nodes", "--max-tableau", "--max-exact-tableau",
        "--max-supports", "--max-vertices");
  }

  @Test
  void theTreeLimitStillNamesItsFlag() {
    CliRun run = CliRun.run("solve", "leduc_poker", "--method", "cfr", "--iterations", "1", "--max-nodes", "100");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("more than 100 nodes").contains("see --max-nodes");
  }
}
