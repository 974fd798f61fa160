package org.agora.cli.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.cli.CommandFailure;
import org.agora.cli.MatchingPenniesTestProvider;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.junit.jupiter.api.Test;

class EpisodeRunnerTest {

  private final Game pennies = GameRegistry.create(MatchingPenniesTestProvider.NAME);

  @Test
  void chunkSizeDependsOnlyOnTheEpisodeCount() {
    assertThat(EpisodeRunner.chunkSize(1)).isEqualTo(256);
    assertThat(EpisodeRunner.chunkSize(1_000_000)).isEqualTo(256);
    assertThat(EpisodeRunner.chunkSize(2_000_000)).isEqualTo(489);
    assertThat(EpisodeRunner.chunkSize(10_000_000)).isEqualTo(2442);
  }

  @Test
  void sameSeedSameNumbersOnAnyThreadCount() {
    EpisodeRunner runner = new EpisodeRunner(pennies, List.of("random", "random"), 3);
    EpisodeRunner.Result one = runner.run(5_000, 1, null);
    EpisodeRunner.Result four = runner.run(5_000, 4, null);

    assertThat(four.episodes()).isEqualTo(5_000);
    for (int player = 0; player < 2; player++) {
      assertThat(four.returns().get(player).mean()).isEqualTo(one.returns().get(player).mean());
      assertThat(four.returns().get(player).standardDeviation()).isEqualTo(one.returns().get(player).standardDeviation());
    }
  }

  @Test
  void illegalAgentActionsAreReported() {
    EpisodeRunner runner = new EpisodeRunner(pennies, List.of("random", "cli_test_illegal"), 0);

    assertThatThrownBy(() -> runner.run(10, 2, null)).isInstanceOf(CommandFailure.class)
        .hasMessage("agent 'cli_test_illegal' (column) chose illegal action 99 after history []; legal: [0, 1]");
  }

  @Test
  void agentCountMustMatchPlayers() {
    assertThatThrownBy(() -> new EpisodeRunner(pennies, List.of("random"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 2 players but 1 agents");
  }
}
