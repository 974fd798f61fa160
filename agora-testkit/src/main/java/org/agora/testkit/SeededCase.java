package org.agora.testkit;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One case of a property test: its position among the cases, the seed it derives from, and the
 * random generator the test draws its inputs from.
 *
 * <p>The range draws ({@link #intBetween}, {@link #longBetween}, {@link #nextBoolean} and the
 * {@code oneOf} choices) make the first two cases edge cases: index 0 (case 1) draws every value
 * at its lower bound (the first choice, {@code false}) and index 1 (case 2) at its upper bound
 * (the last choice, {@code true}); every later case draws uniformly from its own generator. Draws
 * from {@link #random()} itself are uniform in every case. A case is used by one test invocation:
 * its generator advances as the test draws.
 */
public final class SeededCase {

  private final long baseSeed;
  private final int index;
  private final int count;
  private final long seed;
  private final SplittableRandom random;

  SeededCase(long baseSeed, int index, int count) {
    this.baseSeed = baseSeed;
    this.index = index;
    this.count = count;
    this.seed = SeededCases.caseSeed(baseSeed, index);
    this.random = new SplittableRandom(seed);
  }

  /** The seed of the property (the same for all its cases). */
  public long baseSeed() {
    return baseSeed;
  }

  /** Position of this case among the property's cases, from 0 (its {@link #number()} is one more). */
  public int index() {
    return index;
  }

  /** Number of cases of the property. */
  public int count() {
    return count;
  }

  /** The seed of this case's generator, derived from the base seed and the index. */
  public long seed() {
    return seed;
  }

  /** This case's generator; its draws are uniform in every case, edge cases included. */
  public SplittableRandom random() {
    return random;
  }

  /** Whether this is one of the two edge cases (all lower bounds, all upper bounds). */
  public boolean isEdgeCase() {
    return index < 2;
  }

  /** An int in {@code [min, max]} (both inclusive): {@code min} at index 0, {@code max} at index 1. */
  public int intBetween(int min, int max) {
    return (int) longBetween(min, max);
  }

  /** A long in {@code [min, max]} (both inclusive): {@code min} at index 0, {@code max} at index 1. */
  public long longBetween(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    if (index == 0) {
      return min;
    }
    if (index == 1) {
      return max;
    }
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    if (min > Long.MIN_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong();
  }

  /** A boolean: {@code false} at index 0, {@code true} at index 1. */
  public boolean nextBoolean() {
    return index == 0 ? false : index == 1 || random.nextBoolean();
  }

  /** Any long, uniformly (in every case: meant for seeds). */
  public long nextLong() {
    return random.nextLong();
  }

  /** One of the choices: the first at index 0, the last at index 1. */
  public <T> T oneOf(List<T> choices) {
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("no choices");
    }
    return choices.get(intBetween(0, choices.size() - 1));
  }

  /** One of the constants of an enum: the first at index 0, the last at index 1. */
  public <E extends Enum<E>> E oneOf(Class<E> type) {
    return oneOf(List.of(type.getEnumConstants()));
  }

  /**
   * Number of this case, from 1: {@code index() + 1}, the same as JUnit's invocation index
   * ({@code [n]}) when all cases run.
   */
  public int number() {
    return index + 1;
  }

  /**
   * Names the case so that a failure can be found and re-run alone, for example {@code case 17 of
   * 300 (seed 1950; re-run with -Dagora.case=17)}.
   */
  @Override
  public String toString() {
    return "case " + number() + " of " + count + " (seed " + baseSeed + "; re-run with -D" + SeededCases.ONLY_CASE
        + "=" + number() + ")";
  }
}
