package org.agora.evaluation.rating;

import java.util.List;

/**
 * The Glicko-2 rating system, as specified in M. E. Glickman, "Example of the Glicko-2 system"
 * (Boston University, revision of 2012 and later; the model is from Glickman, "Dynamic paired
 * comparison models with stochastic variances", Journal of Applied Statistics, 2001). The step
 * numbers below are the document's.
 *
 * <p>Games of a rating period count as simultaneous: every player is updated from the ratings at
 * the start of the period. For a player {@code (mu, phi, sigma)} on the Glicko-2 scale
 * (step 2: {@code mu = (r - 1500)/173.7178}, {@code phi = RD/173.7178}) with opponents
 * {@code (mu_j, phi_j)} and scores {@code s_j}, where {@code g(phi) = 1/sqrt(1 + 3 phi^2/pi^2)} and
 * {@code E_j = 1/(1 + exp(-g(phi_j)(mu - mu_j)))}:
 * <ol>
 *   <li>step 3, estimated variance {@code v = 1 / sum_j g(phi_j)^2 E_j (1 - E_j)};
 *   <li>step 4, estimated improvement {@code Delta = v sum_j g(phi_j)(s_j - E_j)};
 *   <li>step 5, new volatility {@code sigma' = exp(A/2)} where {@code A} is the root of
 *       {@code f(x) = e^x (Delta^2 - phi^2 - v - e^x) / (2 (phi^2 + v + e^x)^2) - (x - ln sigma^2)/tau^2},
 *       found by the Illinois variant of regula falsi to tolerance {@code epsilon} (bracket:
 *       {@code ln(Delta^2 - phi^2 - v)} when {@code Delta^2 > phi^2 + v}, else the first
 *       {@code ln sigma^2 - k tau} with {@code f >= 0});
 *   <li>step 6, pre-period deviation {@code phi* = sqrt(phi^2 + sigma'^2)};
 *   <li>step 7, {@code phi' = 1/sqrt(1/phi*^2 + 1/v)}, {@code mu' = mu + phi'^2 sum_j g(phi_j)(s_j - E_j)};
 *   <li>step 8, back to {@code r' = 173.7178 mu' + 1500}, {@code RD' = 173.7178 phi'}.
 * </ol>
 * A player with no game in the period keeps rating and volatility and its deviation grows to
 * {@code sqrt(phi^2 + sigma^2)}. Time is linear in the number of games plus the root-finding
 * iterations (a few dozen at most).
 *
 * @param tau the system constant, which limits the change of volatility (Glickman suggests 0.3 to 1.2)
 * @param epsilon the convergence tolerance of the volatility iteration (positive)
 * @param initial the rating of a player that has not played
 */
public record Glicko2(double tau, double epsilon, Glicko2Rating initial) {

  /** The factor between the Glicko and Glicko-2 scales, {@code 400 / ln 10}. */
  public static final double SCALE = 173.7178;

  /** The centre of the Glicko scale. */
  public static final double CENTRE = 1500;

  /** Glickman's tolerance for the volatility iteration. */
  public static final double DEFAULT_EPSILON = 0.000001;

  /** The system constant of {@link #standard()} (the one of Glickman's example). */
  public static final double DEFAULT_TAU = 0.5;

  /** Glickman's rating of an unrated player: 1500, RD 350, volatility 0.06. */
  public static final Glicko2Rating UNRATED = new Glicko2Rating(1500, 350, 0.06);

  /** Upper bound on the iterations of the volatility search (each halves the bracket or better). */
  private static final int MAX_ITERATIONS = 10_000;

  public Glicko2 {
    if (!(tau > 0) || !Double.isFinite(tau)) {
      throw new IllegalArgumentException("the Glicko-2 system constant tau must be positive and finite, got " + tau);
    }
    if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
      throw new IllegalArgumentException("the Glicko-2 tolerance must be positive and finite, got " + epsilon);
    }
    if (initial == null) {
      throw new IllegalArgumentException("the Glicko-2 system needs an initial rating");
    }
  }

  /** tau = 0.5, Glickman's tolerance and unrated players at 1500/350/0.06. */
  public static Glicko2 standard() {
    return new Glicko2(DEFAULT_TAU, DEFAULT_EPSILON, UNRATED);
  }

  /** The same system with another {@code tau}. */
  public Glicko2 withTau(double newTau) {
    return new Glicko2(newTau, epsilon, initial);
  }

  /** {@code player}'s rating at the end of a rating period in which it played {@code games}. */
  public Glicko2Rating update(Glicko2Rating player, List<Glicko2Game> games) {
    double phi = player.deviation() / SCALE;
    double sigma = player.volatility();
    if (games.isEmpty()) {
      return new Glicko2Rating(player.rating(), SCALE * Math.sqrt(phi * phi + sigma * sigma), sigma);
    }
    double mu = (player.rating() - CENTRE) / SCALE;
    double information = 0;
    double surprise = 0;
    for (Glicko2Game game : games) {
      double opponentMu = (game.opponent().rating() - CENTRE) / SCALE;
      double g = g(game.opponent().deviation() / SCALE);
      double expected = 1 / (1 + Math.exp(-g * (mu - opponentMu)));
      information += g * g * expected * (1 - expected);
      surprise += g * (game.score() - expected);
    }
    double variance = 1 / information;
    double improvement = variance * surprise;
    double newSigma = volatility(phi, sigma, variance, improvement);
    double phiStar = Math.sqrt(phi * phi + newSigma * newSigma);
    double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / variance);
    double newMu = mu + newPhi * newPhi * surprise;
    return new Glicko2Rating(SCALE * newMu + CENTRE, SCALE * newPhi, newSigma);
  }

  /** {@code g(phi) = 1 / sqrt(1 + 3 phi^2 / pi^2)}, the weight of an opponent with deviation {@code phi}. */
  static double g(double phi) {
    return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
  }

  /** Step 5: the new volatility, by the Illinois algorithm. */
  private double volatility(double phi, double sigma, double variance, double improvement) {
    double a = Math.log(sigma * sigma);
    double phiSquared = phi * phi;
    double deltaSquared = improvement * improvement;
    double low = a;
    double high;
    if (deltaSquared > phiSquared + variance) {
      high = Math.log(deltaSquared - phiSquared - variance);
    } else {
      int k = 1;
      while (f(a - k * tau, a, phiSquared, variance, deltaSquared) < 0) {
        k++;
      }
      high = a - k * tau;
    }
    double fLow = f(low, a, phiSquared, variance, deltaSquared);
    double fHigh = f(high, a, phiSquared, variance, deltaSquared);
    for (int iteration = 0; Math.abs(high - low) > epsilon && iteration < MAX_ITERATIONS; iteration++) {
      if (fHigh == fLow) {
        break; // a flat secant: the bracket cannot shrink further in floating point
      }
      double next = low + (low - high) * fLow / (fHigh - fLow);
      double fNext = f(next, a, phiSquared, variance, deltaSquared);
      if (fNext * fHigh <= 0) {
        low = high;
        fLow = fHigh;
      } else {
        fLow /= 2;
      }
      high = next;
      fHigh = fNext;
    }
    return Math.exp(low / 2);
  }

  private double f(double x, double a, double phiSquared, double variance, double deltaSquared) {
    double ex = Math.exp(x);
    double denominator = phiSquared + variance + ex;
    return ex * (deltaSquared - phiSquared - variance - ex) / (2 * denominator * denominator) - (x - a) / (tau * tau);
  }
}
