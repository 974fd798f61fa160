package org.agora.markets.pacing;

import java.util.SplittableRandom;

/**
 * Probabilistic throttling: the bidder bids {@code factor x value} whenever it takes part, and enters
 * each auction with a probability adjusted to track the spend plan, as compared with multiplicative
 * pacing by Balseiro, Kim, Mahdian and Mirrokni, "Budget Management Strategies in Repeated Auctions",
 * WWW 2017 (see also Agarwal et al., "Budget Pacing for Targeted Online Advertisements at LinkedIn", KDD
 * 2014). After step {@code s} the spend error {@code e = (planned - spent) / (budget / steps)}
 * (cumulative, in units of an average step's budget) updates the probability multiplicatively:
 * {@code p <- clamp(p x exp(gain x e), minParticipation, 1)}.
 */
public final class ThrottlingAgent implements BiddingAgent {

  private final double factor;
  private final double gain;
  private final double initial;
  private final double minimum;
  private Campaign campaign;
  private double unit;
  private double planned;
  private double spent;
  private double participation;

  /**
   * A throttling agent.
   *
   * @param factor the bid multiplier when it takes part, finite and &gt;= 0
   * @param gain the update gain, finite and &gt; 0
   * @param initial the participation probability at the start of each period, in [minimum, 1]
   * @param minimum the least participation probability, in (0, 1]
   */
  public ThrottlingAgent(double factor, double gain, double initial, double minimum) {
    if (!(factor >= 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("a throttling bid factor must be finite and >= 0, got " + factor);
    }
    if (!(gain > 0) || Double.isInfinite(gain)) {
      throw new IllegalArgumentException("a throttling gain must be finite and > 0, got " + gain);
    }
    if (!(minimum > 0 && minimum <= 1) || !(initial >= minimum && initial <= 1)) {
      throw new IllegalArgumentException("throttling needs 0 < minimum <= initial <= 1, got minimum " + minimum
          + ", initial " + initial);
    }
    this.factor = factor;
    this.gain = gain;
    this.initial = initial;
    this.minimum = minimum;
  }

  @Override
  public void startPeriod(Campaign campaign, int opportunities, SplittableRandom random) {
    this.campaign = campaign;
    this.unit = campaign.budget() / campaign.steps();
    planned = 0;
    spent = 0;
    participation = initial;
  }

  @Override
  public double multiplier(int step) {
    return factor;
  }

  @Override
  public double participation(int step) {
    return participation;
  }

  @Override
  public void endStep(int step, StepOutcome outcome) {
    planned += campaign.budget() * campaign.planShare(step);
    spent += outcome.spend();
    double error = (planned - spent) / unit;
    participation = Math.max(minimum, Math.min(1, participation * Math.exp(Math.max(-50, Math.min(50, gain * error)))));
  }
}
