package org.agora.core;

/**
 * Arithmetic on sizes (strategy counts, profile counts, table entries, numbers of states) that never
 * wraps around: every result that would exceed {@link Long#MAX_VALUE} is {@link Long#MAX_VALUE}.
 *
 * <p>A guard such as {@code players * strategies^players <= limit} computed in plain {@code long}
 * arithmetic can overflow to a small or negative number and let an impossible size through; computed
 * here it saturates, so a comparison with any limit below {@link Long#MAX_VALUE} stays correct. Sizes
 * are never negative: every method rejects negative arguments.
 */
public final class SaturatingArithmetic {

  private SaturatingArithmetic() {}

  /** {@code a * b}, or {@link Long#MAX_VALUE} when the product does not fit. */
  public static long multiply(long a, long b) {
    requireNonNegative(a);
    requireNonNegative(b);
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    return high != 0 || product < 0 ? Long.MAX_VALUE : product;
  }

  /** {@code a + b}, or {@link Long#MAX_VALUE} when the sum does not fit. */
  public static long add(long a, long b) {
    requireNonNegative(a);
    requireNonNegative(b);
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** {@code base^exponent} (1 for exponent 0), or {@link Long#MAX_VALUE} when it does not fit. */
  public static long power(long base, int exponent) {
    requireNonNegative(base);
    requireNonNegative(exponent);
    long result = 1;
    for (int i = 0; i < exponent && result != 0 && result != Long.MAX_VALUE; i++) {
      result = multiply(result, base);
    }
    return exponent > 0 && base == 0 ? 0 : result;
  }

  /** The product of {@code factors} (1 for none), or {@link Long#MAX_VALUE} when it does not fit. */
  public static long product(int... factors) {
    long result = 1;
    for (int factor : factors) {
      requireNonNegative(factor);
      if (factor == 0) {
        return 0;
      }
      result = multiply(result, factor);
    }
    return result;
  }

  /**
   * The binomial coefficient C(n, k) (0 when {@code k > n}), or {@link Long#MAX_VALUE} when it does not
   * fit. Computed as a running product C(n - k + i, i), i = 1..min(k, n - k), each step exact in 128
   * bits, so it saturates only when the result itself is too large.
   */
  public static long binomial(long n, long k) {
    requireNonNegative(n);
    requireNonNegative(k);
    if (k > n) {
      return 0;
    }
    long steps = Math.min(k, n - k);
    long result = 1;
    for (long i = 1; i <= steps; i++) {
      // result = C(n - steps + i - 1, i - 1); the next one is result * (n - steps + i) / i, exactly.
      long factor = n - steps + i;
      long high = Math.multiplyHigh(result, factor);
      long low = result * factor;
      if (high >= i) {
        return Long.MAX_VALUE;
      }
      long quotient = divide128(high, low, i);
      if (quotient < 0) {
        return Long.MAX_VALUE;
      }
      result = quotient;
    }
    return result;
  }

  /** The unsigned 128-bit {@code (high, low)} divided by {@code divisor}, given {@code high < divisor}. */
  private static long divide128(long high, long low, long divisor) {
    if (high == 0) {
      return Long.divideUnsigned(low, divisor);
    }
    // Long division bit by bit; only reached for intermediate products above 2^64, so rarely.
    long remainder = high;
    long quotient = 0;
    for (int bit = 63; bit >= 0; bit--) {
      boolean carry = remainder < 0;
      remainder = remainder << 1 | (low >>> bit & 1);
      quotient <<= 1;
      if (carry || Long.compareUnsigned(remainder, divisor) >= 0) {
        remainder -= divisor;
        quotient |= 1;
      }
    }
    return quotient;
  }

  private static void requireNonNegative(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a size cannot be negative, got " + value);
    }
  }
}
