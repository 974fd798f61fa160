package org.agora.markets.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.ValueTrace;
import org.junit.jupiter.api.Test;

class DualPacingAgentTest {

  /**
   * One bidder with value 1 against competing bids U[0,1] in second price pays E[h; h < b] = b^2/2 per
   * auction when bidding b, so spending rho = 0.08 per auction needs b = sqrt(2 rho) = 0.4, i.e. mu = 1.5.
   * Tolerances: per auction spend has variance b^3/3 - b^4/4 = 0.0149, so a 500-auction step's spend has sd
   * 2.73 against a target of 40; with step size 0.1 the dual is an AR(1) process around mu* with
   * coefficient 1 - 0.1 x 32/40 = 0.92 and innovation sd 0.1 x 2.73 / 40 = 0.0068, so sd(mu) = 0.017 and
   * sd(multiplier) = b^2 x 0.017 = 0.003; averaged over 100 steps far less. We allow 0.01.
   */
  @Test
  void multiplierApproachesSqrtTwoRhoAndSpendReachesTheBudget() {
    int steps = 200;
    int perStep = 500;
    int n = steps * perStep;
    double rho = 0.08;
    double[] values = new double[n];
    double[] competing = new double[n];
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < n; k++) {
      values[k] = 1;
      competing[k] = random.nextDouble();
    }
    Campaign campaign = Campaign.even(rho * n, Double.NaN, steps);
    TraceReplay.Result result = TraceReplay.replay(new ValueTrace(values, competing), new DualPacingAgent(0.1, 0, 100),
        campaign, SingleItemFormat.SECOND_PRICE, 0, 1);
    double[] m = result.multiplier();
    double mean = 0;
    // steps 60-159: after convergence (about 40 steps from mu = 0), before the budget runs out near step 185
    // (the early overspend is never paid back: the dual tracks each step's target, not the cumulative plan)
    for (int s = 60; s < 160; s++) {
      mean += m[s] / 100;
    }
    assertThat(mean).isCloseTo(Math.sqrt(2 * rho), org.assertj.core.data.Offset.offset(0.01));
    assertThat(result.spend()).isLessThanOrEqualTo(campaign.budget());
    assertThat(result.spend()).isGreaterThan(0.97 * campaign.budget());
  }

  @Test
  void theDualStaysInItsBoundsAndStartsEachPeriodAfresh() {
    DualPacingAgent agent = new DualPacingAgent(1, 0.5, 2);
    Campaign campaign = Campaign.even(10, Double.NaN, 2);
    agent.startPeriod(campaign, 2, new SplittableRandom(1));
    assertThat(agent.multiplier(0)).isEqualTo(1 / 1.5);
    agent.endStep(0, new StepOutcome(1, 1, 1, 1000, 1, 0, 0)); // vast overspend: projected to the bound
    assertThat(agent.dual()).isEqualTo(2);
    agent.endStep(1, new StepOutcome(1, 0, 0, 0, 0, 0, 0)); // no spend: mu decreases by 1 x 5/5, to 1
    assertThat(agent.dual()).isEqualTo(1);
    agent.startPeriod(campaign, 2, new SplittableRandom(1));
    assertThat(agent.dual()).isEqualTo(0.5);
  }
}
