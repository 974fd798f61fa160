package org.agora.markets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PositionAuctionTest {

  /**
   * Edelman, Ostrovsky and Schwarz (2007), section II: two slots with 200 and 100 clicks, bidders worth
   * 10, 4 and 2 per click bidding truthfully: VCG charges 600 and 200, GSP 800 and 200.
   */
  @Test
  void theEdelmanOstrovskySchwarzExample() {
    double[] bids = {10, 4, 2};
    int[] slot = new int[3];
    double[] payments = new double[3];
    PositionAuction vcg = new PositionAuction(PositionFormat.VCG, new double[] {200, 100}, 0, TieRule.LOWEST_INDEX);
    assertThat(vcg.run(bids, null, 3, slot, payments, null)).isEqualTo(2);
    assertThat(slot).containsExactly(0, 1, -1);
    assertThat(payments).containsExactly(600, 200, 0);
    PositionAuction gsp = new PositionAuction(PositionFormat.GSP, new double[] {200, 100}, 0, TieRule.LOWEST_INDEX);
    gsp.run(bids, null, 3, slot, payments, null);
    assertThat(payments).containsExactly(800, 200, 0);
  }

  /** With one slot both formats are the second-price auction, scaled by the slot's clicks. */
  @Test
  void oneSlotIsTheSecondPriceAuction() {
    SplittableRandom random = new SplittableRandom(9);
    SingleItemAuction second = new SingleItemAuction(SingleItemFormat.SECOND_PRICE, 0.3, TieRule.LOWEST_INDEX);
    double[] bids = new double[5];
    double[] single = new double[5];
    double[] payments = new double[5];
    int[] slot = new int[5];
    for (PositionFormat format : PositionFormat.values()) {
      PositionAuction one = new PositionAuction(format, new double[] {2.5}, 0.3, TieRule.LOWEST_INDEX);
      for (int trial = 0; trial < 5_000; trial++) {
        for (int i = 0; i < 5; i++) {
          bids[i] = random.nextInt(10) / 10.0; // ties happen
        }
        int winner = second.run(bids, 5, single, null);
        int filled = one.run(bids, null, 5, slot, payments, null);
        assertThat(filled).isEqualTo(winner < 0 ? 0 : 1);
        for (int i = 0; i < 5; i++) {
          assertThat(slot[i]).isEqualTo(i == winner ? 0 : -1);
          assertThat(payments[i]).isCloseTo(2.5 * single[i], within(1e-12));
        }
      }
    }
  }

  /** Under VCG no bid earns a bidder more than bidding its value per click, whatever the others bid. */
  @Test
  void truthfulBiddingIsDominantUnderVcgWithQualitiesAndAReserve() {
    SplittableRandom random = new SplittableRandom(21);
    double[] exposure = {1, 0.8, 0.6};
    PositionAuction vcg = new PositionAuction(PositionFormat.VCG, exposure, 0.1, TieRule.LOWEST_INDEX);
    double[] bids = new double[6];
    double[] quality = new double[6];
    double[] payments = new double[6];
    int[] slot = new int[6];
    for (int trial = 0; trial < 20_000; trial++) {
      int n = 2 + random.nextInt(5);
      for (int i = 0; i < n; i++) {
        bids[i] = random.nextDouble();
        quality[i] = 0.2 + random.nextDouble();
      }
      double value = random.nextDouble();
      bids[0] = value;
      vcg.run(bids, quality, n, slot, payments, null);
      double truthful = (slot[0] < 0 ? 0 : value * quality[0] * exposure[slot[0]]) - payments[0];
      bids[0] = random.nextDouble() * 1.5;
      vcg.run(bids, quality, n, slot, payments, null);
      double deviation = (slot[0] < 0 ? 0 : value * quality[0] * exposure[slot[0]]) - payments[0];
      assertThat(deviation).as("trial %d", trial).isLessThanOrEqualTo(truthful + 1e-12);
    }
  }

  /** At equal bids GSP charges each slot at least what VCG does (EOS 2007, their remark after Table 1). */
  @Test
  void gspChargesAtLeastVcgAtTheSameBids() {
    SplittableRandom random = new SplittableRandom(4);
    double[] exposure = {1, 0.8, 0.6};
    PositionAuction gsp = new PositionAuction(PositionFormat.GSP, exposure, 0.05, TieRule.LOWEST_INDEX);
    PositionAuction vcg = new PositionAuction(PositionFormat.VCG, exposure, 0.05, TieRule.LOWEST_INDEX);
    double[] bids = new double[8];
    double[] g = new double[8];
    double[] v = new double[8];
    int[] slot = new int[8];
    for (int trial = 0; trial < 10_000; trial++) {
      for (int i = 0; i < 8; i++) {
        bids[i] = random.nextDouble();
      }
      gsp.run(bids, null, 8, slot, g, null);
      vcg.run(bids, null, 8, slot, v, null);
      for (int i = 0; i < 8; i++) {
        assertThat(g[i]).isGreaterThanOrEqualTo(v[i] - 1e-12);
      }
    }
  }

  @Test
  void badSlotsBidsAndQualitiesAreRefused() {
    assertThatThrownBy(() -> new PositionAuction(PositionFormat.GSP, new double[0], 0, TieRule.LOWEST_INDEX))
        .hasMessageContaining("at least one slot");
    assertThatThrownBy(() -> new PositionAuction(PositionFormat.GSP, new double[] {0.8, 1}, 0, TieRule.LOWEST_INDEX))
        .hasMessageContaining("non-increasing; slot 1 has 1.0");
    PositionAuction auction = new PositionAuction(PositionFormat.VCG, new double[] {1, 0.8}, 0, TieRule.UNIFORM);
    assertThatThrownBy(() -> auction.run(new double[] {0.5, -1}, null, 2, new int[2], new double[2], new SplittableRandom(1)))
        .hasMessageContaining("bid 1 is -1.0");
    assertThatThrownBy(() -> auction.run(new double[] {0.5, 1}, new double[] {1, 0}, 2, new int[2], new double[2],
        new SplittableRandom(1))).hasMessageContaining("quality 1 is 0.0");
  }
}
