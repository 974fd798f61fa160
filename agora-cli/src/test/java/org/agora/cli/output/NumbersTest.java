package org.agora.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void compactFormsAreShortAndExactForIntegers() {
    assertThat(Numbers.compact(2.0)).isEqualTo("2");
    assertThat(Numbers.compact(-1.0)).isEqualTo("-1");
    assertThat(Numbers.compact(0.5)).isEqualTo("0.5");
    assertThat(Numbers.compact(1.0 / 3)).isEqualTo("0.333333");
    assertThat(Numbers.compact(Double.NaN)).isEqualTo("n/a");
    assertThat(Numbers.compact(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
  }

  @Test
  void fixedAndGroupedForms() {
    assertThat(Numbers.fixed(0.123456, 4)).isEqualTo("0.1235");
    assertThat(Numbers.grouped(2_000_000)).isEqualTo("2,000,000");
    assertThat(Numbers.seconds(1_250_000_000L)).isEqualTo("1.25 s");
  }
}
