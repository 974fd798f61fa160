package org.agora.agents.rrps;

import java.math.BigInteger;

/**
 * {@code pibot}: a fixed sequence read from the decimal digits of pi, one of the dummy bots of the
 * first competition (Billings 2000; described in his test suite as one throw per digit of pi, zeros
 * skipped). The zeros are skipped so that the nine remaining digits split evenly over the three
 * throws: digit {@code d} becomes throw {@code d mod 3} (3, 6, 9 rock; 1, 4, 7 paper; 2, 5, 8
 * scissors). The mapping from digit to throw is not published; this one is ours. The sequence
 * starts afresh every match and wraps around after {@link #LENGTH} throws. Pi's digits look random,
 * so the bot breaks even against almost everything, but it plays the same sequence every match,
 * which a bot that remembers across matches could learn.
 */
final class PiBot extends RoshamboBot {

  /** Throws in the table before it wraps around: more than a 1000-throw match. */
  static final int LENGTH = 1200;

  private static final byte[] SEQUENCE = sequence(LENGTH);

  PiBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    return SEQUENCE[round() % LENGTH];
  }

  /** The bot's throw in round {@code t}. */
  static int throwAt(int t) {
    return SEQUENCE[t % LENGTH];
  }

  /** The first {@code count} nonzero decimal digits of pi (from the leading 3), each mod 3. */
  private static byte[] sequence(int count) {
    // about one digit in ten is a zero: compute a fifth more digits than needed, plus guard digits
    String digits = piDigits(count + count / 5 + 50);
    byte[] sequence = new byte[count];
    int n = 0;
    for (int i = 0; n < count; i++) {
      int digit = digits.charAt(i) - '0';
      if (digit != 0) {
        sequence[n++] = (byte) (digit % 3);
      }
    }
    return sequence;
  }

  /** Pi's first {@code count} decimal digits ("31415..."), from Machin's formula in fixed point. */
  static String piDigits(int count) {
    int guard = 10;
    BigInteger unity = BigInteger.TEN.pow(count - 1 + guard);
    BigInteger pi = arccot(5, unity).shiftLeft(2).subtract(arccot(239, unity)).shiftLeft(2);
    return pi.toString().substring(0, count);
  }

  /** arccot(x) scaled by {@code unity}, summing the alternating Taylor series of arctan(1/x). */
  private static BigInteger arccot(int x, BigInteger unity) {
    BigInteger xSquared = BigInteger.valueOf((long) x * x);
    BigInteger power = unity.divide(BigInteger.valueOf(x));
    BigInteger sum = power;
    boolean subtract = true;
    for (int n = 3; power.signum() != 0; n += 2) {
      power = power.divide(xSquared);
      BigInteger term = power.divide(BigInteger.valueOf(n));
      sum = subtract ? sum.subtract(term) : sum.add(term);
      subtract = !subtract;
    }
    return sum;
  }
}
