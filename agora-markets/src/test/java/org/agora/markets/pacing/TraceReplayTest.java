package org.agora.markets.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.ValueTrace;
import org.junit.jupiter.api.Test;

class TraceReplayTest {

  private static final ValueTrace TRACE = new ValueTrace(new double[] {1, 2, 3, 4}, new double[] {0.5, 2.5, 1, 3});

  @Test
  void secondAndFirstPricePaymentsAgainstTheRecordedMarket() {
    Campaign campaign = Campaign.even(100, Double.NaN, 2);
    // truthful: wins auctions 0 (1 > 0.5), 2 (3 > 1) and 3 (4 > 3); loses 1 (2 < 2.5)
    TraceReplay.Result second = TraceReplay.replay(TRACE, new TruthfulBidder(), campaign, SingleItemFormat.SECOND_PRICE, 0, 1);
    assertThat(second.wins()).isEqualTo(3);
    assertThat(second.spend()).isEqualTo(0.5 + 1 + 3);
    assertThat(second.value()).isEqualTo(1 + 3 + 4);
    assertThat(second.cumulativeSpend()).containsExactly(0.5, 4.5);
    TraceReplay.Result first = TraceReplay.replay(TRACE, new TruthfulBidder(), campaign, SingleItemFormat.FIRST_PRICE, 0, 1);
    assertThat(first.spend()).isEqualTo(1 + 3 + 4);
  }

  @Test
  void theBudgetCapsBids() {
    // budget 2: auction 0 costs 0.5 (1.5 left); auction 2's bid is capped at 1.5 > 1, costing 1 (0.5 left);
    // auction 3's bid is capped at 0.5 < 3 and loses
    TraceReplay.Result result = TraceReplay.replay(TRACE, new TruthfulBidder(), Campaign.even(2, Double.NaN, 1),
        SingleItemFormat.SECOND_PRICE, 0, 1);
    assertThat(result.spend()).isEqualTo(1.5);
    assertThat(result.wins()).isEqualTo(2);
  }
}
