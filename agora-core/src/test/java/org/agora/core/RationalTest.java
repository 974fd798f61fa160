package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RationalTest {

  @ParameterizedTest
  @CsvSource({
      "3, 3, 1",
      "-3/4, -3, 4",
      "0.25, 1, 4",
      "1.5e-3, 3, 2000",
      "-2E+4, -20000, 1",
      "' 6/8 ', 3, 4",
      "4/-6, -2, 3",
      "-0, 0, 1",
      "0/5, 0, 1",
      "100/10, 10, 1",
      "12345678901234567890/3, 4115226300411522630, 1"})
  void parsesAndReduces(String text, String numerator, String denominator) {
    Rational value = Rational.parse(text);
    assertThat(value.numerator()).isEqualTo(new BigInteger(numerator));
    assertThat(value.denominator()).isEqualTo(new BigInteger(denominator));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "1/", "/2", "1/2/3", "0x10", "1.2.3", "3/4.5"})
  void badInputNamesTheText(String text) {
    assertThatThrownBy(() -> Rational.parse(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("not a rational number: '" + text + "'");
  }

  @Test
  void zeroDenominatorsAreRejected() {
    assertThatThrownBy(() -> Rational.parse("3/0")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("'3/0'");
    assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class)
        .hasMessage("zero denominator");
    assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class)
        .hasMessage("division by zero");
  }

  @Test
  void arithmetic() {
    Rational half = Rational.of(1, 2);
    Rational third = Rational.of(1, 3);
    assertThat(half.add(third)).isEqualTo(Rational.of(5, 6));
    assertThat(half.subtract(third)).isEqualTo(Rational.of(1, 6));
    assertThat(half.multiply(third)).isEqualTo(Rational.of(1, 6));
    assertThat(half.divide(third)).isEqualTo(Rational.of(3, 2));
    assertThat(half.negate()).isEqualTo(Rational.of(-1, 2));
    assertThat(Rational.of(1, 4).add(Rational.of(3, 4))).isEqualTo(Rational.ONE);
    assertThat(half.subtract(half)).isSameAs(Rational.ZERO);
    assertThat(Rational.ZERO.negate()).isSameAs(Rational.ZERO);
  }

  @Test
  void comparesByValue() {
    assertThat(Rational.of(1, 3)).isLessThan(Rational.of(1, 2));
    assertThat(Rational.of(-1, 2)).isLessThan(Rational.of(-1, 3));
    assertThat(Rational.of(2, 4).compareTo(Rational.of(1, 2))).isZero();
    assertThat(Rational.of(2, 4)).isEqualTo(Rational.of(1, 2)).hasSameHashCodeAs(Rational.of(1, 2));
    assertThat(Rational.of(1, 2)).isNotEqualTo(Rational.of(1, 3)).isNotEqualTo("1/2");
  }

  @Test
  void describesItself() {
    assertThat(Rational.of(6, 3)).hasToString("2");
    assertThat(Rational.of(-6, 4)).hasToString("-3/2");
    assertThat(Rational.of(6, 3).isInteger()).isTrue();
    assertThat(Rational.of(1, 3).isInteger()).isFalse();
    assertThat(Rational.of(-1, 3).signum()).isEqualTo(-1);
    assertThat(Rational.ZERO.signum()).isZero();
  }

  @Test
  void doublesConvertExactly() {
    assertThat(Rational.of(0.25)).isEqualTo(Rational.of(1, 4));
    assertThat(Rational.of(-3.0)).isEqualTo(Rational.of(-3));
    assertThat(Rational.of(0.1)).isEqualTo(Rational.of(BigInteger.valueOf(3602879701896397L), BigInteger.ONE.shiftLeft(55)));
    assertThatThrownBy(() -> Rational.of(Double.NaN)).isInstanceOf(ArithmeticException.class).hasMessageContaining("NaN");
  }

  @Test
  void doubleValueIsTheNearestDouble() {
    // with 16 significant digits the conversion used to give 0.3 here
    double sum = 0.1 + 0.2;
    assertThat(Rational.of(sum).doubleValue()).isEqualTo(sum);
    assertThat(Rational.of(1, 3).doubleValue()).isEqualTo(1.0 / 3.0);
    assertThat(Rational.of(-2, 3).doubleValue()).isEqualTo(-2.0 / 3.0);
    assertThat(Rational.of(Double.MIN_NORMAL).doubleValue()).isEqualTo(Double.MIN_NORMAL);
    assertThat(Rational.of(Double.MAX_VALUE).doubleValue()).isEqualTo(Double.MAX_VALUE);
    assertThat(Rational.parse("1/1000000000000000000000000000000").doubleValue()).isEqualTo(1e-30);
    // exactly halfway between 1 and the next double: ties go to the even neighbour, 1
    Rational halfway = Rational.of(BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE), BigInteger.ONE.shiftLeft(53));
    assertThat(halfway.doubleValue()).isEqualTo(1.0);
    Rational aboveHalfway = halfway.add(Rational.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(80)));
    assertThat(aboveHalfway.doubleValue()).isEqualTo(Math.nextUp(1.0));
  }

  @org.junit.jupiter.api.Test
  void valuesAroundTheSubnormalRangeConvertWithoutDoubleRounding() {
    double[] values = {Double.MIN_VALUE, -Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL,
        -Math.nextDown(Double.MIN_NORMAL), Math.nextDown(Double.MIN_NORMAL) / 3, Math.nextUp(Double.MIN_NORMAL),
        2 * Double.MIN_NORMAL, -2.2250738585072014E-308, -2.225073858507201E-308, 1e-310, -4.9e-322};
    for (double value : values) {
      assertThat(Rational.of(value).doubleValue()).as("%s", value).isEqualTo(value);
    }
    // Exactly halfway between 2 and 3 units of 2^-1074 rounds to the even 2 units; a hair above, to 3.
    Rational unit = Rational.of(Double.MIN_VALUE);
    Rational halfway = unit.multiply(Rational.of(5, 2));
    assertThat(halfway.doubleValue()).isEqualTo(2 * Double.MIN_VALUE);
    assertThat(halfway.add(unit.multiply(Rational.of(1, 1000))).doubleValue()).isEqualTo(3 * Double.MIN_VALUE);
    assertThat(unit.multiply(Rational.of(7, 2)).doubleValue()).isEqualTo(4 * Double.MIN_VALUE);
    // A tiny value far below half a unit rounds to zero (with its sign lost, as 0.0).
    assertThat(unit.divide(Rational.of(3)).doubleValue()).isEqualTo(0.0);
  }
}
