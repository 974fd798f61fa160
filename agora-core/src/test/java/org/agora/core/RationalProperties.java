package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Field laws of {@link Rational} arithmetic and the exactness of its conversions. */
class RationalProperties {

  @Provide
  Arbitrary<Rational> rationals() {
    Arbitrary<Long> numerators = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    Arbitrary<Long> denominators = Arbitraries.longs().between(1, 1_000_000_000L);
    return Combinators.combine(numerators, denominators).as(Rational::of);
  }

  @Property(seed = "20261124")
  void additionIsCommutativeAndAssociative(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b,
      @ForAll("rationals") Rational c) {
    assertThat(a.add(b)).isEqualTo(b.add(a));
    assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
    assertThat(a.add(Rational.ZERO)).isEqualTo(a);
  }

  @Property(seed = "20261124")
  void subtractionUndoesAddition(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    assertThat(a.add(b).subtract(b)).isEqualTo(a);
    assertThat(a.subtract(a)).isEqualTo(Rational.ZERO);
    assertThat(a.subtract(b)).isEqualTo(a.add(b.negate()));
  }

  @Property(seed = "20261124")
  void multiplicationDistributesOverAddition(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b,
      @ForAll("rationals") Rational c) {
    assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
    assertThat(a.multiply(b.add(c))).isEqualTo(a.multiply(b).add(a.multiply(c)));
    assertThat(a.multiply(Rational.ONE)).isEqualTo(a);
  }

  @Property(seed = "20261124")
  void divisionUndoesMultiplication(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    Assume.that(b.signum() != 0);
    assertThat(a.multiply(b).divide(b)).isEqualTo(a);
    assertThat(b.divide(b)).isEqualTo(Rational.ONE);
  }

  @Property(seed = "20261124")
  void resultsAreInLowestTermsWithAPositiveDenominator(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    for (Rational value : new Rational[] {a.add(b), a.subtract(b), a.multiply(b)}) {
      assertThat(value.denominator().signum()).isPositive();
      assertThat(value.numerator().gcd(value.denominator())).isEqualTo(BigInteger.ONE);
    }
  }

  @Property(seed = "20261124")
  void comparisonAgreesWithTheSignOfTheDifference(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.subtract(b).signum());
    assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
  }

  @Property(seed = "20261124")
  void textRoundTrips(@ForAll("rationals") Rational a) {
    assertThat(Rational.parse(a.toString())).isEqualTo(a);
  }

  @Provide
  Arbitrary<Double> anyFiniteDouble() {
    return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
  }

  @Property(seed = "20261124")
  void everyFiniteDoubleRoundTrips(@ForAll("anyFiniteDouble") double value) {
    Rational exact = Rational.of(value);
    assertThat(exact.doubleValue()).isEqualTo(value);
    assertThat(Rational.parse(Double.toString(value)).doubleValue()).isEqualTo(value);
  }

  @Property(seed = "20261124")
  void doubleValueIsCorrectlyRounded(@ForAll long numerator, @ForAll long denominator) {
    // below 2^53 both operands are exact doubles, and IEEE division rounds their quotient correctly
    long n = numerator % (1L << 53);
    long d = denominator % (1L << 53);
    Assume.that(d != 0);
    assertThat(Rational.of(n, d).doubleValue()).isEqualTo((double) n / (double) d);
  }
}
