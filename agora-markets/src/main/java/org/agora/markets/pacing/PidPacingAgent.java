package org.agora.markets.pacing;

import java.util.SplittableRandom;

/**
 * A PID controller on the bid multiplier that tracks the spend plan and, for a CPA campaign, the CPA
 * target (the feedback-control pacing used in industry: Zhang et al., "Feedback Control of Real-Time
 * Display Advertising", WSDM 2016; the PID baseline of AuctionNet, Su et al., NeurIPS 2024).
 *
 * <p>After step {@code s} the spend error is {@code e = (planned - spent) / (budget / steps)}, cumulative
 * planned minus cumulative spent in units of an average step's budget; the multiplier of the next step
 * is {@code exp(kp e + ki sum(e) + kd (e - e_prev))}, clamped to [{@value #MIN}, {@code maxMultiplier}].
 * For a CPA campaign a second, integral-only controller on the CPA ratio
 * {@code spent / value} (the realised CPA over the target, since a CPA campaign's value is the target
 * times the expected conversions) gives {@code exp(kcpa sum(1 - spent/value))}, and the bid uses the
 * smaller of the two multipliers. The integrals are clamped to +-{@value #WINDUP} (anti-windup).
 */
public final class PidPacingAgent implements BiddingAgent {

  static final double MIN = 1e-3;
  static final double WINDUP = 50;

  private final double kp;
  private final double ki;
  private final double kd;
  private final double kcpa;
  private final double maxMultiplier;
  private Campaign campaign;
  private double unit;
  private double planned;
  private double spent;
  private double value;
  private double integral;
  private double previous;
  private double cpaIntegral;
  private double multiplier;

  /**
   * A controller.
   *
   * @param kp proportional gain, finite
   * @param ki integral gain, finite
   * @param kd derivative gain, finite
   * @param kcpa the CPA controller's integral gain, finite and &gt;= 0 (ignored without a CPA target)
   * @param maxMultiplier the largest multiplier, finite and &gt;= 1
   */
  public PidPacingAgent(double kp, double ki, double kd, double kcpa, double maxMultiplier) {
    if (!Double.isFinite(kp) || !Double.isFinite(ki) || !Double.isFinite(kd) || !(kcpa >= 0) || Double.isInfinite(kcpa)) {
      throw new IllegalArgumentException("PID gains must be finite (kcpa >= 0), got kp " + kp + ", ki " + ki + ", kd "
          + kd + ", kcpa " + kcpa);
    }
    if (!(maxMultiplier >= 1) || Double.isInfinite(maxMultiplier)) {
      throw new IllegalArgumentException("a PID maximum multiplier must be finite and >= 1, got " + maxMultiplier);
    }
    this.kp = kp;
    this.ki = ki;
    this.kd = kd;
    this.kcpa = kcpa;
    this.maxMultiplier = maxMultiplier;
  }

  @Override
  public void startPeriod(Campaign campaign, int opportunities, SplittableRandom random) {
    this.campaign = campaign;
    this.unit = campaign.budget() / campaign.steps();
    planned = 0;
    spent = 0;
    value = 0;
    integral = 0;
    previous = 0;
    cpaIntegral = 0;
    multiplier = 1.0;
  }

  @Override
  public double multiplier(int step) {
    return multiplier;
  }

  @Override
  public void endStep(int step, StepOutcome outcome) {
    planned += campaign.budget() * campaign.planShare(step);
    spent += outcome.spend();
    value += outcome.value();
    double error = (planned - spent) / unit;
    integral = clamp(integral + error, -WINDUP, WINDUP);
    double log = kp * error + ki * integral + kd * (error - previous);
    previous = error;
    double next = Math.exp(Math.min(log, 700));
    if (campaign.hasCpaTarget() && kcpa > 0 && value > 0) {
      cpaIntegral = clamp(cpaIntegral + (1 - spent / value), -WINDUP, WINDUP);
      next = Math.min(next, Math.exp(kcpa * cpaIntegral));
    }
    multiplier = clamp(next, MIN, maxMultiplier);
  }

  private static double clamp(double x, double low, double high) {
    return Math.max(low, Math.min(high, x));
  }
}
