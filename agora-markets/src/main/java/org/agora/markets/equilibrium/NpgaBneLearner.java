package org.agora.markets.equilibrium;

import java.util.SplittableRandom;
import org.agora.markets.auction.SingleItemFormat;

/**
 * The zeroth-order baseline for {@link SmoothedGradientBneLearner}: neural pseudo-gradient ascent (NPGA, Bichler,
 * Fichtl, Heidekrüger, Kohring, Sutterer, "Learning equilibria in symmetric auction games using artificial neural
 * networks", Nature Machine Intelligence 2021), an evolution-strategies estimate (Salimans et al., 2017) of the
 * gradient of the unsmoothed expected utility. Each step draws {@code population} antithetic Gaussian
 * perturbations {@code +/- sigma eps} of the shared piecewise-linear bid function, evaluates bidder 0's ex-post
 * utility in the exact auction (ties to the lowest index) when it alone plays the perturbed function and the
 * others the current one, on one common batch of value profiles, and estimates the gradient as
 * {@code sum_p (u(theta + sigma eps_p) - u(theta - sigma eps_p)) eps_p / (2 sigma P)}; the knots take Adam steps
 * as in the first-order learner. Per step {@code O(population batch n)}: far more auction evaluations per
 * step than the first-order method for the same accuracy, which is the comparison of Kohring et al.
 */
public final class NpgaBneLearner {

  /** Antithetic pairs per step. */
  static final int POPULATION = 16;
  /** Perturbation scale. */
  static final double SIGMA = 0.02;

  private NpgaBneLearner() {}

  /** Learns a bid function under these settings. */
  public static BneLearningResult learn(BneLearningSettings settings) {
    int n = settings.bidders();
    int batch = settings.batch();
    boolean firstPrice = settings.format() == SingleItemFormat.FIRST_PRICE;
    double[] knots = PiecewiseLinearBid.initial(settings.knots());
    double[] perturbed = new double[knots.length];
    double[] noise = new double[knots.length];
    double[] gradient = new double[knots.length];
    double[] first = new double[knots.length];
    double[] second = new double[knots.length];
    double[] ownValues = new double[batch];
    double[] bestOther = new double[batch];
    SplittableRandom random = new SplittableRandom(settings.seed());
    for (int step = 1; step <= settings.iterations(); step++) {
      for (int sample = 0; sample < batch; sample++) {
        ownValues[sample] = random.nextDouble();
        double other = 0;
        for (int k = 1; k < n; k++) {
          other = Math.max(other, PiecewiseLinearBid.evaluate(knots, random.nextDouble()));
        }
        bestOther[sample] = other;
      }
      java.util.Arrays.fill(gradient, 0);
      for (int member = 0; member < POPULATION; member++) {
        for (int k = 0; k < knots.length; k++) {
          noise[k] = gaussian(random);
        }
        double difference = 0;
        for (int sign = 1; sign >= -1; sign -= 2) {
          for (int k = 0; k < knots.length; k++) {
            perturbed[k] = Math.max(0, knots[k] + sign * SIGMA * noise[k]);
          }
          difference += sign * meanUtility(perturbed, ownValues, bestOther, firstPrice);
        }
        for (int k = 0; k < knots.length; k++) {
          gradient[k] += difference * noise[k] / (2 * SIGMA * POPULATION);
        }
      }
      PiecewiseLinearBid.adamStep(knots, gradient, first, second, step, PiecewiseLinearBid.decayed(settings, step));
    }
    return new BneLearningResult(settings, "zeroth-order (NPGA)", knots, PiecewiseLinearBid.distanceToEquilibrium(knots, settings));
  }

  /** Bidder 0's mean ex-post utility; it wins only with a strictly higher bid (ties go to the others). */
  private static double meanUtility(double[] knots, double[] ownValues, double[] bestOther, boolean firstPrice) {
    double total = 0;
    for (int sample = 0; sample < ownValues.length; sample++) {
      double bid = PiecewiseLinearBid.evaluate(knots, ownValues[sample]);
      if (bid > bestOther[sample]) {
        total += ownValues[sample] - (firstPrice ? bid : bestOther[sample]);
      }
    }
    return total / ownValues.length;
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
