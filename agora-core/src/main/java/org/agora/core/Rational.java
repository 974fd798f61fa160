package org.agora.core;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number {@code numerator/denominator} in lowest terms with a positive
 * denominator. Used for payoffs and probabilities read from exact formats (Gambit .nfg/.efg) so that
 * exact solvers can compare results digit for digit.
 */
public final class Rational implements Comparable<Rational> {

  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** {@code numerator/denominator}, reduced. */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Rational(numerator, denominator);
  }

  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Rational of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** The exact value of a finite double (every double is a dyadic rational). */
  public static Rational of(double value) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException("not a finite number: " + value);
    }
    return parse(new BigDecimal(value).toPlainString());
  }

  /**
   * Parses {@code 3}, {@code -3/4}, {@code 0.25}, {@code 1.5e-3} or {@code -2E+4}.
   *
   * @throws NumberFormatException with the offending text
   */
  public static Rational parse(String text) {
    String s = text.trim();
    int slash = s.indexOf('/');
    try {
      if (slash >= 0) {
        BigInteger num = new BigInteger(s.substring(0, slash).trim());
        BigInteger den = new BigInteger(s.substring(slash + 1).trim());
        if (den.signum() == 0) {
          throw new NumberFormatException("zero denominator in '" + text + "'");
        }
        return of(num, den);
      }
      BigDecimal decimal = new BigDecimal(s);
      if (decimal.scale() <= 0) {
        return of(decimal.toBigIntegerExact(), BigInteger.ONE);
      }
      return of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new NumberFormatException("not a rational number: '" + text + "'");
    }
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  public int signum() {
    return numerator.signum();
  }

  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  public Rational add(Rational other) {
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  public Rational multiply(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Rational divide(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  public Rational negate() {
    return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /**
   * The nearest double (ties to even), so {@code Rational.of(d).doubleValue() == d} for every finite
   * {@code d}, subnormal ones included.
   */
  public double doubleValue() {
    if (isInteger()) {
      return numerator.doubleValue();
    }
    if (numerator.abs().bitLength() - denominator.bitLength() < -1020) {
      return subnormalCandidate();
    }
    // Scale so the integer quotient has at least 65 bits, fold the remainder into a sticky low bit,
    // and let BigInteger.doubleValue round that to 53 bits; the power-of-two scaling is then exact.
    BigInteger magnitude = numerator.abs();
    int shift = 65 - (magnitude.bitLength() - denominator.bitLength());
    BigInteger dividend = shift > 0 ? magnitude.shiftLeft(shift) : magnitude;
    BigInteger divisor = shift < 0 ? denominator.shiftLeft(-shift) : denominator;
    BigInteger[] quotientAndRemainder = dividend.divideAndRemainder(divisor);
    BigInteger quotient = quotientAndRemainder[0];
    if (quotientAndRemainder[1].signum() != 0) {
      quotient = quotient.setBit(0);
    }
    double value = Math.scalb(quotient.doubleValue(), -shift);
    return numerator.signum() < 0 ? -value : value;
  }

  /**
   * Conversion of a value that may lie below the normal range, where a double's last bit is worth
   * 2^-1074: rounds |x| * 2^1074 to an integer once (half to even, with the remainder as sticky
   * bit), so there is no second rounding; falls back to the normal path above 2^-1022.
   */
  private double subnormalCandidate() {
    BigInteger magnitude = numerator.abs();
    BigInteger[] scaled = magnitude.shiftLeft(1075).divideAndRemainder(denominator);
    BigInteger doubled = scaled[0];
    if (doubled.bitLength() > 54) {
      // |x| >= 2^-1021: a normal number, handled by the general path without double rounding.
      BigInteger dividend = magnitude.shiftLeft(1200);
      BigInteger[] wide = dividend.divideAndRemainder(denominator);
      BigInteger quotient = wide[1].signum() != 0 ? wide[0].setBit(0) : wide[0];
      double value = Math.scalb(quotient.doubleValue(), -1200);
      return numerator.signum() < 0 ? -value : value;
    }
    long units = doubled.longValue() >>> 1;
    boolean half = doubled.testBit(0);
    boolean sticky = scaled[1].signum() != 0;
    if (half && (sticky || (units & 1) == 1)) {
      units++;
    }
    double value = Math.scalb((double) units, -1074);
    return numerator.signum() < 0 ? -value : value;
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code n} for integers, {@code n/d} otherwise. */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
