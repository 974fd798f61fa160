package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SaturatingArithmeticTest {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private static long saturated(BigInteger exact) {
    return exact.compareTo(MAX) > 0 ? Long.MAX_VALUE : exact.longValueExact();
  }

  private static BigInteger exactBinomial(long n, long k) {
    if (k > n) {
      return BigInteger.ZERO;
    }
    BigInteger result = BigInteger.ONE;
    for (long i = 1; i <= k; i++) {
      result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return result;
  }

  @Test
  void productsThatWrapAroundSaturate() {
    // The Blotto guard multiplied 2 * C(1009, 9) twice and wrapped around to 2.
    assertThat(2 * Long.MAX_VALUE * Long.MAX_VALUE).isEqualTo(2);
    assertThat(SaturatingArithmetic.multiply(SaturatingArithmetic.multiply(2, Long.MAX_VALUE), Long.MAX_VALUE))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.multiply(1L << 32, 1L << 31)).isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.multiply(1L << 31, 1L << 31)).isEqualTo(1L << 62);
    assertThat(SaturatingArithmetic.multiply(0, Long.MAX_VALUE)).isZero();
    assertThat(SaturatingArithmetic.add(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.add(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.power(2, 62)).isEqualTo(1L << 62);
    assertThat(SaturatingArithmetic.power(2, 63)).isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.power(0, 5)).isZero();
    assertThat(SaturatingArithmetic.power(7, 0)).isEqualTo(1);
    assertThat(SaturatingArithmetic.product(65536, 65536, 65536, 65536)).isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.product(65536, 65536, 65536, 0)).isZero();
    assertThat(SaturatingArithmetic.product()).isEqualTo(1);
  }

  @Test
  void binomialsAreExactOrSaturated() {
    assertThat(SaturatingArithmetic.binomial(7, 2)).isEqualTo(21);
    assertThat(SaturatingArithmetic.binomial(5, 7)).isZero();
    assertThat(SaturatingArithmetic.binomial(66, 33)).isEqualTo(7219428434016265740L);
    assertThat(SaturatingArithmetic.binomial(67, 33)).isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.binomial(1009, 9)).isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.binomial(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(SaturatingArithmetic.binomial(Long.MAX_VALUE, Long.MAX_VALUE - 1)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void agreeWithBigIntegerOnSeededCases() {
    SplittableRandom random = new SplittableRandom(2024);
    for (int i = 0; i < 20_000; i++) {
      long a = random.nextLong(Long.MAX_VALUE) >>> random.nextInt(63);
      long b = random.nextLong(Long.MAX_VALUE) >>> random.nextInt(63);
      assertThat(SaturatingArithmetic.multiply(a, b)).as("%d * %d", a, b)
          .isEqualTo(saturated(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))));
      assertThat(SaturatingArithmetic.add(a, b)).as("%d + %d", a, b)
          .isEqualTo(saturated(BigInteger.valueOf(a).add(BigInteger.valueOf(b))));
      long n = random.nextLong(i % 2 == 0 ? 200 : 5_000_000);
      long k = random.nextLong(Math.min(n + 2, 70));
      assertThat(SaturatingArithmetic.binomial(n, k)).as("C(%d, %d)", n, k).isEqualTo(saturated(exactBinomial(n, k)));
      int base = random.nextInt(50);
      int exponent = random.nextInt(80);
      assertThat(SaturatingArithmetic.power(base, exponent)).as("%d^%d", base, exponent)
          .isEqualTo(saturated(BigInteger.valueOf(base).pow(exponent)));
    }
  }

  @Test
  void negativeSizesAreRejected() {
    assertThatThrownBy(() -> SaturatingArithmetic.multiply(-1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> SaturatingArithmetic.product(3, -4)).isInstanceOf(IllegalArgumentException.class);
  }
}
