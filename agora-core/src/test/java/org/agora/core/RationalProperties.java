package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Field laws of {@link Rational} arithmetic and the exactness of its conversions, each checked on
 * 1000 seeded cases. (agora-core depends on nothing, so these cases are made here rather than by the
 * testkit's {@code SeededCases}, in the same way: a case of a seed draws the same values whatever
 * else runs, and its name gives its number and the seed.)
 */
class RationalProperties {

  private static final long SEED = 20261124L;
  private static final int CASES = 1000;
  private static final long MAX_NUMERATOR = 1_000_000_000_000L;
  private static final long MAX_DENOMINATOR = 1_000_000_000L;
  /** Numerators and denominators drawn now and then instead of uniform ones: zero, units and bounds. */
  private static final long[] EDGE_NUMERATORS = {0, 1, -1, MAX_NUMERATOR, -MAX_NUMERATOR};
  private static final long[] EDGE_DENOMINATORS = {1, MAX_DENOMINATOR};
  private static final long EXACT = 1L << 53;

  /** A check of one case, given its index and its generator. */
  private interface Case {
    void check(int index, SplittableRandom random) throws Throwable;
  }

  /** The cases of a property: case {@code i} draws from a generator seeded by {@code (SEED, i)} alone. */
  private static Stream<DynamicTest> cases(Case body) {
    return IntStream.range(0, CASES).mapToObj(index -> DynamicTest.dynamicTest(
        "case " + (index + 1) + " of " + CASES + " (seed " + SEED + ")",
        () -> body.check(index, new SplittableRandom(new SplittableRandom(SEED + index).nextLong()))));
  }

  /** The cases of a property that draws from the generator only. */
  private static Stream<DynamicTest> cases(ThrowingConsumer<SplittableRandom> body) {
    return cases((index, random) -> body.accept(random));
  }

  /** A numerator in [-10^12, 10^12] over a denominator in [1, 10^9], an edge value one draw in eight. */
  private static Rational rational(SplittableRandom random) {
    long numerator = random.nextInt(8) == 0 ? EDGE_NUMERATORS[random.nextInt(EDGE_NUMERATORS.length)]
        : random.nextLong(-MAX_NUMERATOR, MAX_NUMERATOR + 1);
    long denominator = random.nextInt(8) == 0 ? EDGE_DENOMINATORS[random.nextInt(EDGE_DENOMINATORS.length)]
        : random.nextLong(1, MAX_DENOMINATOR + 1);
    return Rational.of(numerator, denominator);
  }

  private static Rational nonZeroRational(SplittableRandom random) {
    Rational value = rational(random);
    while (value.signum() == 0) {
      value = rational(random);
    }
    return value;
  }

  @TestFactory
  Stream<DynamicTest> additionIsCommutativeAndAssociative() {
    return cases(random -> {
      Rational a = rational(random);
      Rational b = rational(random);
      Rational c = rational(random);
      assertThat(a.add(b)).isEqualTo(b.add(a));
      assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
      assertThat(a.add(Rational.ZERO)).isEqualTo(a);
    });
  }

  @TestFactory
  Stream<DynamicTest> subtractionUndoesAddition() {
    return cases(random -> {
      Rational a = rational(random);
      Rational b = rational(random);
      assertThat(a.add(b).subtract(b)).isEqualTo(a);
      assertThat(a.subtract(a)).isEqualTo(Rational.ZERO);
      assertThat(a.subtract(b)).isEqualTo(a.add(b.negate()));
    });
  }

  @TestFactory
  Stream<DynamicTest> multiplicationDistributesOverAddition() {
    return cases(random -> {
      Rational a = rational(random);
      Rational b = rational(random);
      Rational c = rational(random);
      assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
      assertThat(a.multiply(b.add(c))).isEqualTo(a.multiply(b).add(a.multiply(c)));
      assertThat(a.multiply(Rational.ONE)).isEqualTo(a);
    });
  }

  @TestFactory
  Stream<DynamicTest> divisionUndoesMultiplication() {
    return cases(random -> {
      Rational a = rational(random);
      Rational b = nonZeroRational(random);
      assertThat(a.multiply(b).divide(b)).isEqualTo(a);
      assertThat(b.divide(b)).isEqualTo(Rational.ONE);
    });
  }

  @TestFactory
  Stream<DynamicTest> resultsAreInLowestTermsWithAPositiveDenominator() {
    return cases(random -> {
      Rational a = rational(random);
      Rational b = rational(random);
      for (Rational value : new Rational[] {a.add(b), a.subtract(b), a.multiply(b)}) {
        assertThat(value.denominator().signum()).isPositive();
        assertThat(value.numerator().gcd(value.denominator())).isEqualTo(BigInteger.ONE);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> comparisonAgreesWithTheSignOfTheDifference() {
    return cases(random -> {
      Rational a = rational(random);
      // one case in eight compares a value with itself
      Rational b = random.nextInt(8) == 0 ? Rational.of(a.numerator(), a.denominator()) : rational(random);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.subtract(b).signum());
      assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
    });
  }

  @TestFactory
  Stream<DynamicTest> textRoundTrips() {
    return cases(random -> {
      Rational a = rational(random);
      assertThat(Rational.parse(a.toString())).isEqualTo(a);
    });
  }

  /** Doubles every run starts with: zeros, the extremes of the subnormals and normals, and one. */
  private static final double[] EDGE_DOUBLES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
      -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0};

  @TestFactory
  Stream<DynamicTest> everyFiniteDoubleRoundTrips() {
    return cases((index, random) -> {
      double value = index < EDGE_DOUBLES.length ? EDGE_DOUBLES[index] : Double.longBitsToDouble(random.nextLong());
      while (!Double.isFinite(value)) {
        value = Double.longBitsToDouble(random.nextLong());
      }
      Rational exact = Rational.of(value);
      assertThat(exact.doubleValue()).isEqualTo(value);
      assertThat(Rational.parse(Double.toString(value)).doubleValue()).isEqualTo(value);
    });
  }

  @TestFactory
  Stream<DynamicTest> doubleValueIsCorrectlyRounded() {
    // below 2^53 both operands are exact doubles, and IEEE division rounds their quotient correctly
    long[] edges = {0, 1, -1, EXACT - 1, -(EXACT - 1)};
    return cases((index, random) -> {
      long n;
      long d;
      if (index < edges.length * (edges.length - 1)) {
        // first every pair of edge values, zero denominators left out
        n = edges[index / (edges.length - 1)];
        d = edges[1 + index % (edges.length - 1)];
      } else {
        n = random.nextLong() % EXACT;
        d = random.nextLong() % EXACT;
        while (d == 0) {
          d = random.nextLong() % EXACT;
        }
      }
      assertThat(Rational.of(n, d).doubleValue()).isEqualTo((double) n / (double) d);
    });
  }
}
