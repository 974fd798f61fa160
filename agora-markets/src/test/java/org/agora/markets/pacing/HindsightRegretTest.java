package org.agora.markets.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.agora.markets.auction.AuctionRules;
import org.agora.markets.auction.PositionFormat;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.TieRule;
import org.junit.jupiter.api.Test;

class HindsightRegretTest {

  /** Bidder 0 (pCTR 1, value 1 per click) against per-click scores 0.8 and 0.3 (and its own entry, skipped). */
  private static HindsightRegret positions(PositionFormat format) {
    HindsightRegret regret = new HindsightRegret(
        AuctionRules.position(format, new double[] {1, 0.5}, 0, TieRule.LOWEST_INDEX), 0, 1);
    regret.record(0, 1, 1, new double[] {0.9, 0.8, 0.3}, new double[] {1, 1, 1}, new int[] {0, 1, 2}, 3);
    return regret;
  }

  @Test
  void replaysPositionAuctionsByHand() {
    HindsightRegret gsp = positions(PositionFormat.GSP);
    // m = 1: score 1 beats 0.8, slot 0 (exposure 1), value 1; m = 0.5: slot 1 (exposure 0.5), value 0.5
    assertThat(gsp.replay(1, 1, 100)).isEqualTo(1);
    assertThat(gsp.replay(0.5, 1, 100)).isEqualTo(0.5);
    assertThat(gsp.replay(0.2, 1, 100)).isZero();
    // budget 0.5 caps the per-click bid at 0.5 / (e_0 x 1): slot 1
    assertThat(gsp.replay(1, 1, 0.5)).isEqualTo(0.5);
  }

  @Test
  void regretIsBestGridValueMinusRealised() {
    // a score above 0.8 wins slot 0 and value 1 (the most there is); the grid picks the first such point
    RegretResult result = positions(PositionFormat.VCG).compute(0, 1, 100, 0.5, 1);
    assertThat(result.bestValue()).isEqualTo(1);
    assertThat(result.bestMultiplier()).isCloseTo(0.81, offset(1e-12)); // grid step 2 / 200; 0.8 ties and loses
    assertThat(result.regret()).isEqualTo(0.5);
  }

  @Test
  void replaysSingleItemAuctionsWithBudget() {
    HindsightRegret regret = new HindsightRegret(
        AuctionRules.singleItem(SingleItemFormat.FIRST_PRICE, 0, TieRule.LOWEST_INDEX), 1, 2);
    // two auctions with value 1 (pCTR 1 x 1) against highest competing bids 0.4 and 0.6
    regret.record(0, 1, 1, new double[] {0.4, 0.9}, new double[] {1, 1}, new int[] {0, 1}, 2);
    regret.record(1, 1, 1, new double[] {0.6}, new double[] {1}, new int[] {0}, 1);
    assertThat(regret.replay(0.5, 2, 10)).isEqualTo(1); // wins the first only
    assertThat(regret.replay(0.7, 2, 10)).isEqualTo(2);
    // budget 1: pays 0.7 for the first, then bids at most 0.3 < 0.6
    assertThat(regret.replay(0.7, 2, 1)).isEqualTo(1);
  }
}
