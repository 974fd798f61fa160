package org.agora.solvers.nash.support;

import java.math.BigInteger;
import org.agora.core.Rational;

/**
 * One player's mixed strategy found from an indifference system, exactly: probability of strategy s
 * is {@code numerators[s] / denominator} (denominator positive). {@code support} holds the strategies
 * with positive probability, {@code bestResponses} the opponent's strategies that are best responses
 * to it.
 */
public record ExactSideSolution(BigInteger[] numerators, BigInteger denominator, long support, long bestResponses) {

  /** The probabilities as reduced rationals. */
  public Rational[] probabilities() {
    Rational[] probabilities = new Rational[numerators.length];
    for (int s = 0; s < numerators.length; s++) {
      probabilities[s] = Rational.of(numerators[s], denominator);
    }
    return probabilities;
  }
}
