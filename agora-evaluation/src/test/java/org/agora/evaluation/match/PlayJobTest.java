package org.agora.evaluation.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobRegistry;
import org.junit.jupiter.api.Test;

class PlayJobTest {

  private final PlaySpec spec = new PlaySpec("kuhn_poker", List.of("random", "random"), 1_000, 9);

  @Test
  void theRegisteredPlayJobGivesTheRunnersNumbers() {
    PlayResult viaRegistry = (PlayResult) JobRegistry.run(spec, JobContext.sequential());
    PlayResult direct = new EpisodeRunner(GameRegistry.create("kuhn_poker"), spec.agents(), 9)
        .run(1_000, JobContext.sequential());

    assertThat(JobRegistry.find("play")).isInstanceOf(PlayJob.class);
    assertThat(viaRegistry.episodes()).isEqualTo(1_000);
    assertThat(viaRegistry.returns().get(0).mean()).isEqualTo(direct.returns().get(0).mean());
    assertThat(viaRegistry.gameLength().mean()).isEqualTo(direct.gameLength().mean());
  }

  @Test
  void theSpecificationIsValidatedAndSerialisable() throws IOException, ClassNotFoundException {
    assertThat(spec.kind()).isEqualTo("play");
    assertThatThrownBy(() -> new PlaySpec("kuhn_poker", List.of("random"), 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("episodes must be >= 1, got 0");
    assertThatThrownBy(() -> new PlaySpec(" ", List.of("random"), 1, 1))
        .hasMessage("the game string is empty; give a game such as kuhn_poker");
    assertThatThrownBy(() -> new PlaySpec("kuhn_poker", List.of(), 1, 1))
        .hasMessage("no agents were given; give one agent per player");
    assertThatThrownBy(() -> new PlaySpec("kuhn_poker", List.of("random", ""), 1, 1))
        .hasMessage("agent 1 is empty; give an agent string such as random");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(spec);
    }
  }

  @Test
  void badGameAgentAndPlayerCountsAreOneLineErrors() {
    assertThatThrownBy(() -> JobRegistry.run(new PlaySpec("no_such_game", List.of("random"), 1, 1), JobContext.sequential()))
        .isInstanceOf(GameSpecException.class).hasMessageStartingWith("unknown game 'no_such_game'");
    assertThatThrownBy(() -> JobRegistry.run(new PlaySpec("kuhn_poker", List.of("random", "no_such_agent"), 1, 1),
        JobContext.sequential())).isInstanceOf(GameSpecException.class).hasMessageStartingWith("unknown agent 'no_such_agent'");
    assertThatThrownBy(() -> JobRegistry.run(new PlaySpec("kuhn_poker", List.of("random"), 1, 1), JobContext.sequential()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 2 players but 1 agents");
  }
}
