package org.agora.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.evaluation.population.CrossTable;
import org.junit.jupiter.api.Test;

class CrossTableRatingsTest {

  @Test
  void rockPaperScissorsGetsUniformWeightsZeroRatingsAndUniformMass() {
    CrossTable rps = new CrossTable(List.of("rock", "paper", "scissors"),
        new double[] {0, -1, 1, 1, 0, -1, -1, 1, 0});
    CrossTableRatings ratings = CrossTableRatings.of(rps, 1.0, 50);
    assertThat(ratings.nashWeights()).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-9));
    assertThat(ratings.nashRatings()).containsExactly(new double[] {0, 0, 0}, within(1e-9));
    assertThat(ratings.alphaRankMass()).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-9));
  }

  @Test
  void aMeasuredTableIsRatedByItsAntisymmetricPart() {
    // "strong" beats "weak" by 10 one way and loses 9 the other way (noise): not antisymmetric
    CrossTable noisy = new CrossTable(List.of("weak", "strong"), new double[] {0, -9, 10, 0});
    CrossTableRatings ratings = CrossTableRatings.of(noisy, 1.0, 50);
    assertThat(ratings.nashWeights()).containsExactly(new double[] {0, 1}, within(1e-9));
    assertThat(ratings.nashRatings()).containsExactly(new double[] {-9.5, 0}, within(1e-9));
    assertThat(ratings.alphaRankMass()[1]).isGreaterThan(0.99);
  }
}
