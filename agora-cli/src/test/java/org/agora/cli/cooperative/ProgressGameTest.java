package org.agora.cli.cooperative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.agora.cli.output.ProgressBar;
import org.agora.cooperative.game.GloveGame;
import org.junit.jupiter.api.Test;

/** The evaluation-counting wrapper behind the progress bar of {@code agora shapley}. */
class ProgressGameTest {

  @Test
  void forwardsValuesAndAdvancesTheBarEveryStep() {
    GloveGame glove = new GloveGame(2, 2);
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), "evaluations", 1L << 20, false);
    ProgressGame counted = new ProgressGame(glove, bar);
    assertThat(counted.playerCount()).isEqualTo(4);
    for (long i = 0; i < 2L * ProgressGame.STEP + 5; i++) {
      assertThat(counted.value(i & 15)).isEqualTo(glove.value(i & 15));
    }
    assertThat(counted.evaluations()).isEqualTo(2L * ProgressGame.STEP + 5);
    assertThat(bar.done()).isEqualTo(2L * ProgressGame.STEP);
    assertThat(new ProgressGame(glove, null).value(15)).isEqualTo(2.0);
  }
}
