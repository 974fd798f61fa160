package org.agora.markets.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.markets.auction.ValueDistribution;
import org.junit.jupiter.api.Test;

class BidderStringsTest {

  @Test
  void parsesAgentsCampaignsAndValueModels() {
    BidderSetup pid = BidderStrings.parse("pid(budget=500,cpa=2,ctr=uniform(0.01,0.05),cvr=lognormal(-3,0.5),kp=0.2)");
    assertThat(pid.budget()).isEqualTo(500);
    assertThat(pid.cpaTarget()).isEqualTo(2);
    assertThat(pid.values().conversionValue()).isEqualTo(2); // a CPA campaign values a conversion at its target
    assertThat(pid.values().clickRate()).isEqualTo(new ValueDistribution.Uniform(0.01, 0.05));
    assertThat(pid.values().conversionRate()).isEqualTo(new ValueDistribution.LogNormal(-3, 0.5));
    assertThat(pid.agents().get()).isInstanceOf(PidPacingAgent.class);
    BidderSetup truthful = BidderStrings.parse("truthful");
    assertThat(truthful.hasBudget()).isFalse();
    assertThat(truthful.values().meanValue()).isEqualTo(0.5); // U[0,1] values by default
    assertThat(BidderStrings.parse("shaded(factor=0.8)").agents().get()).isInstanceOf(ShadedBidder.class);
    assertThat(BidderStrings.parse("dual(budget=5)").agents().get()).isInstanceOf(DualPacingAgent.class);
    BidderSetup throttle = BidderStrings.parse("throttle(budget=5,p0=0.5)");
    BiddingAgent throttling = throttle.agents().get();
    throttling.startPeriod(throttle.campaign(4), 100, new java.util.SplittableRandom(1));
    assertThat(throttling.participation(0)).isEqualTo(0.5);
    Campaign planned = BidderStrings.parse("dual(budget=10,plan=1/3)").campaign(2);
    assertThat(planned.spendPlan()).containsExactly(0.25, 0.75);
  }

  @Test
  void badStringsNameTheParameterTheValueAndWhatIsAllowed() {
    assertThatThrownBy(() -> BidderStrings.parse("pacer(budget=1)")).hasMessage(
        "unknown bidding agent 'pacer' in 'pacer(budget=1)'; allowed: truthful, shaded, dual, mirror, pid, throttle");
    assertThatThrownBy(() -> BidderStrings.parse("pid(budget=1,kx=2)"))
        .hasMessageContaining("unknown parameter 'kx'").hasMessageContaining("kp, ki, kd, kcpa, max");
    assertThatThrownBy(() -> BidderStrings.parse("dual(budget=-3)"))
        .hasMessage("bidder 'dual(budget=-3)': budget=-3 is not allowed; budget must be a finite number > 0");
    assertThatThrownBy(() -> BidderStrings.parse("pid(cpa=2)")).hasMessageContaining("give budget=");
    assertThatThrownBy(() -> BidderStrings.parse("truthful(ctr=normal(0,1))"))
        .hasMessageContaining("ctr=normal(0,1) is not allowed").hasMessageContaining("uniform(low,high)");
    assertThatThrownBy(() -> BidderStrings.parse("truthful(cvr=uniform(1,0))"))
        .hasMessageContaining("cvr=uniform(1,0) is not allowed");
    assertThatThrownBy(() -> BidderStrings.parse("truthful(cpa=2,value=3)")).hasMessageContaining("not both");
    assertThatThrownBy(() -> BidderStrings.parse("dual(budget=1,plan=1/x)")).hasMessageContaining("plan=1/x is not allowed");
    assertThatThrownBy(() -> BidderStrings.parse("dual(budget=1,plan=1/2)").campaign(3))
        .hasMessageContaining("its plan has 2 steps but the simulation has 3");
    assertThatThrownBy(() -> BidderStrings.parse("pid(budget=1")).hasMessageStartingWith("bad bidder string");
  }

  @Test
  void specValidatesFormatsTiesAndCounts() {
    assertThatThrownBy(() -> AuctionSimulationSpec.of("dutch", List.of("truthful"), 1, 1, 1, 1))
        .hasMessage("unknown auction format 'dutch'; allowed: first-price, second-price, all-pay, gsp, vcg");
    assertThatThrownBy(() -> new AuctionSimulationSpec("gsp", List.of("truthful"), 1, 1, 1, 0, "coin", List.of(), -1, 1))
        .hasMessage("unknown tie rule 'coin'; allowed: lowest-index, uniform");
    assertThatThrownBy(() -> AuctionSimulationSpec.of("gsp", List.of("truthful"), 1, 48, 10, 1))
        .hasMessageContaining("at least the number of steps (48)");
    assertThatThrownBy(() -> new AuctionSimulationSpec("gsp", List.of("truthful"), 1, 1, 1, 0, "uniform",
        List.of(1.0, 2.0), -1, 1)).hasMessageContaining("non-increasing");
    assertThat(AuctionSimulationSpec.of("GSP", AuctionSimulationSpec.repeat(48, "pid(budget=10)"), 1, 48, 48, 1)
        .rules().exposure()).containsExactly(1.0, 0.8, 0.6);
  }
}
