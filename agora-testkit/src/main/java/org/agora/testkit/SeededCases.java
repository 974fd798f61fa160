package org.agora.testkit;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Reproducible cases for property tests in plain JUnit 5: a fixed number of {@link SeededCase}s
 * whose generators derive from one seed, for {@code @ParameterizedTest @MethodSource} (see
 * {@link #of}) or {@code @TestFactory} (see {@link #tests}).
 *
 * <p>The case with index {@code i} of seed {@code s} always draws the same values, whatever other
 * cases run: its generator is seeded with the SplitMix64 finalizer of
 * {@code s + (i + 1) * 0x9E3779B97F4A7C15} (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014). Each case's display name gives its number (index plus one, as
 * JUnit counts invocations) and the seed; running the tests with the system property
 * {@value #ONLY_CASE} set to a number (for example
 * {@code mvn test -Dtest='SomeProperties#law' -Dagora.case=17}) keeps only that case of every
 * property (and none of a property with fewer cases).
 */
public final class SeededCases {

  /** System property that keeps only the case with this number (its index plus one). */
  public static final String ONLY_CASE = "agora.case";

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private SeededCases() {}

  /** The {@code count} cases of {@code seed}, or only the one {@value #ONLY_CASE} selects. */
  public static Stream<SeededCase> of(long seed, int count) {
    return of(seed, count, selectedIndex(System.getProperty(ONLY_CASE)));
  }

  /**
   * The {@code count} cases of {@code seed}; with {@code only >= 0}, just the case with that index
   * (none when {@code only >= count}).
   */
  public static Stream<SeededCase> of(long seed, int count, int only) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    IntStream indexes = only < 0 ? IntStream.range(0, count) : IntStream.of(only).filter(i -> i < count);
    return indexes.mapToObj(index -> new SeededCase(seed, index, count));
  }

  /** One dynamic test per case of {@link #of(long, int)}, each named after its case. */
  public static Stream<DynamicTest> tests(long seed, int count, ThrowingConsumer<SeededCase> body) {
    return of(seed, count).map(one -> DynamicTest.dynamicTest(one.toString(), () -> body.accept(one)));
  }

  /** The seed of case {@code index} of {@code seed}. */
  public static long caseSeed(long seed, int index) {
    long z = seed + (index + 1L) * GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The index of the case the property value (a case number) selects, or -1 when it is unset or blank. */
  static int selectedIndex(String value) {
    if (value == null || value.isBlank()) {
      return -1;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= 1) {
        return number - 1;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(ONLY_CASE + " must be a case number (1 or more), got \"" + value + "\"");
  }
}
