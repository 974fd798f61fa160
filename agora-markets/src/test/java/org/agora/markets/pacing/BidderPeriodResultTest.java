package org.agora.markets.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class BidderPeriodResultTest {

  /** AuctionNet's score, conversions x min(1, target / CPA)^2, on hand-made cases. */
  @Test
  void auctionNetScore() {
    // CPA 30 / 10 = 3 over a target of 2: 10 x (2/3)^2 = 40/9
    BidderPeriodResult over = new BidderPeriodResult(0, 0, "x", 100, 2, 30, 20, 10, 50, 12);
    assertThat(over.cpa()).isEqualTo(3);
    assertThat(over.score()).isCloseTo(40.0 / 9, offset(1e-12));
    // CPA 1.5 within the target of 2: the conversions
    assertThat(new BidderPeriodResult(0, 0, "x", 100, 2, 15, 20, 10, 50, 12).score()).isEqualTo(10);
    // no CPA target: the conversions; no conversion: 0
    assertThat(new BidderPeriodResult(0, 0, "x", 100, Double.NaN, 30, 20, 10, 50, 12).score()).isEqualTo(10);
    assertThat(new BidderPeriodResult(0, 0, "x", 100, 2, 30, 20, 0, 50, 12).score()).isZero();
    assertThat(over.roi()).isCloseTo(20.0 / 30, offset(1e-12));
    assertThat(over.budgetUsed()).isEqualTo(0.3);
  }
}
