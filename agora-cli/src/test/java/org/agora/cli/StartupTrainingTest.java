package org.agora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {

  /** A training command that fails would leave its classes out of the archive, silently. */
  @Test
  void everyTrainingCommandSucceeds() {
    for (List<String> command : StartupTraining.COMMANDS) {
      CliRun run = CliRun.run(command.toArray(String[]::new));
      assertThat(run.exitCode()).as("agora %s: %s", String.join(" ", command), run.err()).isZero();
    }
  }
}
