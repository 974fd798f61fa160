package org.agora.markets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SingleItemAuctionTest {

  private static final double[] NO_PAYMENTS = new double[8];

  @Test
  void firstPriceChargesTheWinnersBidAndSecondPriceTheHighestLosingBidOrTheReserve() {
    double[] payments = new double[3];
    SingleItemAuction first = new SingleItemAuction(SingleItemFormat.FIRST_PRICE, 0.1, TieRule.LOWEST_INDEX);
    assertThat(first.run(new double[] {0.3, 0.8, 0.5}, 3, payments, null)).isEqualTo(1);
    assertThat(payments).containsExactly(0, 0.8, 0);
    SingleItemAuction second = new SingleItemAuction(SingleItemFormat.SECOND_PRICE, 0.6, TieRule.LOWEST_INDEX);
    assertThat(second.run(new double[] {0.3, 0.8, 0.5}, 3, payments, null)).isEqualTo(1);
    assertThat(payments).containsExactly(0, 0.6, 0); // the reserve, above the highest losing bid 0.5
    assertThat(second.run(new double[] {0.7, 0.8, 0.5}, 3, payments, null)).isEqualTo(1);
    assertThat(payments).containsExactly(0, 0.7, 0);
    assertThat(second.run(new double[] {0.3, 0.59, 0.5}, 3, payments, null)).as("nobody reaches the reserve").isEqualTo(-1);
    assertThat(payments).containsExactly(0, 0, 0);
  }

  @Test
  void allPayChargesEveryBidAtOrAboveTheReserve() {
    double[] payments = new double[4];
    SingleItemAuction allPay = new SingleItemAuction(SingleItemFormat.ALL_PAY, 0.2, TieRule.LOWEST_INDEX);
    assertThat(allPay.run(new double[] {0.3, 0.9, 0.1, 0.2}, 4, payments, null)).isEqualTo(1);
    assertThat(payments).containsExactly(0.3, 0.9, 0, 0.2);
  }

  @Test
  void tiesGoToTheLowestIndexOrUniformlyAtRandom() {
    double[] bids = {0.5, 0.9, 0.2, 0.9, 0.9};
    double[] payments = new double[5];
    assertThat(new SingleItemAuction(SingleItemFormat.SECOND_PRICE, 0, TieRule.LOWEST_INDEX).run(bids, 5, payments, null))
        .isEqualTo(1);
    assertThat(payments[1]).as("a tie is paid at the tied bid").isEqualTo(0.9);
    SingleItemAuction uniform = new SingleItemAuction(SingleItemFormat.FIRST_PRICE, 0, TieRule.UNIFORM);
    SplittableRandom random = new SplittableRandom(3);
    int[] wins = new int[5];
    int trials = 30_000;
    for (int t = 0; t < trials; t++) {
      wins[uniform.run(bids, 5, payments, random)]++;
    }
    assertThat(wins[0] + wins[2]).isZero();
    for (int tied : new int[] {1, 3, 4}) {
      assertThat(wins[tied] / (double) trials).isCloseTo(1.0 / 3, within(0.015)); // 5 standard errors
    }
  }

  /**
   * Revenue equivalence: n i.i.d. U[0,1] bidders playing the symmetric equilibrium of each format give
   * expected revenue (n-1)/(n+1). Bids: truthful (second price), (n-1)v/n (first price),
   * (n-1)v^n/n (all-pay).
   */
  @ParameterizedTest
  @EnumSource(SingleItemFormat.class)
  void equilibriumBiddingGivesTheRevenueOfRevenueEquivalence(SingleItemFormat format) {
    for (int n : new int[] {2, 3, 5}) {
      SingleItemAuction auction = new SingleItemAuction(format, 0, TieRule.LOWEST_INDEX);
      SplittableRandom random = new SplittableRandom(17 + n);
      double[] bids = new double[n];
      double[] payments = new double[n];
      int trials = 200_000;
      double sum = 0;
      double sumSquares = 0;
      for (int t = 0; t < trials; t++) {
        for (int i = 0; i < n; i++) {
          double v = random.nextDouble();
          bids[i] = switch (format) {
            case SECOND_PRICE -> v;
            case FIRST_PRICE -> (n - 1) * v / n;
            case ALL_PAY -> (n - 1) * Math.pow(v, n) / n;
          };
        }
        auction.run(bids, n, payments, random);
        double revenue = 0;
        for (int i = 0; i < n; i++) {
          revenue += payments[i];
        }
        sum += revenue;
        sumSquares += revenue * revenue;
      }
      double mean = sum / trials;
      double standardError = Math.sqrt((sumSquares / trials - mean * mean) / trials);
      assertThat(mean).as("%s, n = %d", format, n).isCloseTo((n - 1.0) / (n + 1.0), within(5 * standardError));
    }
  }

  /** In a second-price auction no bid earns a bidder more than bidding its value, whatever the others bid. */
  @Test
  void truthfulBiddingIsDominantInSecondPrice() {
    SplittableRandom random = new SplittableRandom(5);
    SingleItemAuction auction = new SingleItemAuction(SingleItemFormat.SECOND_PRICE, 0.05, TieRule.LOWEST_INDEX);
    double[] bids = new double[4];
    double[] payments = new double[4];
    for (int trial = 0; trial < 20_000; trial++) {
      for (int i = 1; i < 4; i++) {
        bids[i] = random.nextDouble();
      }
      double value = random.nextDouble();
      bids[0] = value;
      double truthful = (auction.run(bids, 4, payments, null) == 0 ? value : 0) - payments[0];
      bids[0] = random.nextDouble() * 1.5;
      double deviation = (auction.run(bids, 4, payments, null) == 0 ? value : 0) - payments[0];
      assertThat(deviation).as("trial %d", trial).isLessThanOrEqualTo(truthful + 1e-12);
    }
  }

  @Test
  void badBidsAndReservesAreRefused() {
    SingleItemAuction auction = new SingleItemAuction(SingleItemFormat.FIRST_PRICE, 0, TieRule.LOWEST_INDEX);
    assertThatThrownBy(() -> auction.run(new double[] {0.5, Double.NaN}, 2, NO_PAYMENTS, null))
        .hasMessage("bid 1 is NaN; bids must be finite and >= 0");
    assertThatThrownBy(() -> auction.run(new double[] {-0.5}, 1, NO_PAYMENTS, null)).hasMessageContaining("bid 0 is -0.5");
    assertThatThrownBy(() -> new SingleItemAuction(SingleItemFormat.ALL_PAY, -1, TieRule.UNIFORM))
        .hasMessageContaining("reserve");
    assertThatThrownBy(() -> new SingleItemAuction(SingleItemFormat.ALL_PAY, Double.NaN, TieRule.UNIFORM))
        .hasMessageContaining("reserve");
  }
}
