package org.agora.cli.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.ValueTrace;
import org.agora.markets.pacing.Campaign;
import org.agora.markets.pacing.ShadedBidder;
import org.agora.markets.pacing.TraceReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The best fixed multiplier in hindsight is at least as good as every multiplier of a fine grid, and attained. */
class TraceHindsightTest {

  private static ValueTrace randomTrace(SplittableRandom random, int n) {
    double[] values = new double[n];
    double[] competing = new double[n];
    for (int k = 0; k < n; k++) {
      values[k] = random.nextDouble() < 0.1 ? 0 : random.nextDouble();
      competing[k] = 0.8 * random.nextDouble();
    }
    return new ValueTrace(values, competing);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void noMultiplierOfAFineGridBeatsTheBreakpointScan(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ValueTrace trace = randomTrace(random, 300);
    double budget = 5 + 20 * random.nextDouble();
    for (SingleItemFormat format : new SingleItemFormat[] {SingleItemFormat.FIRST_PRICE, SingleItemFormat.SECOND_PRICE}) {
      TraceHindsight.Best best = TraceHindsight.best(trace, budget, format);
      assertThat(best.exact()).isTrue();
      Campaign campaign = Campaign.even(budget, Double.NaN, 1);
      TraceReplay.Result attained = TraceReplay.replay(trace, new ShadedBidder(best.multiplier()), campaign, format, 0, 0);
      assertThat(attained.value()).isEqualTo(best.value());
      assertThat(best.spend()).isLessThanOrEqualTo(budget + 1e-9);
      for (int g = 0; g <= 3000; g++) {
        double m = 3.0 * g / 3000;
        double value = TraceReplay.replay(trace, new ShadedBidder(m), campaign, format, 0, 0).value();
        assertThat(value).as("%s, multiplier %s", format, m).isLessThanOrEqualTo(best.value() + 1e-9);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12})
  void theTwoRoundScanOfALargeTraceComesCloseToTheExactScan(long seed) {
    // 6,000 auctions: more breakpoints than EXACT_LIMIT, so the default scans 2 x COARSE quantiles; the exact scan
    // of every breakpoint bounds it from above, and on this unimodal market it should lose under 0.5%
    SplittableRandom random = new SplittableRandom(seed);
    ValueTrace trace = randomTrace(random, 6000);
    for (SingleItemFormat format : new SingleItemFormat[] {SingleItemFormat.FIRST_PRICE, SingleItemFormat.SECOND_PRICE}) {
      TraceHindsight.Best quick = TraceHindsight.best(trace, 150, format);
      TraceHindsight.Best exact = TraceHindsight.best(trace, 150, format, null, Integer.MAX_VALUE);
      assertThat(quick.exact()).isFalse();
      assertThat(exact.exact()).isTrue();
      assertThat(quick.candidates()).isLessThanOrEqualTo(2 * TraceHindsight.COARSE);
      assertThat(quick.value()).isLessThanOrEqualTo(exact.value() + 1e-9).isGreaterThan(0.995 * exact.value());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8})
  void withABudgetThatNeverBindsTheBestWinsEveryAuctionWithAValue(long seed) {
    // closed form: with no binding budget, a multiplier above every competing-bid/value ratio wins every auction of
    // positive value, which no multiplier can beat
    ValueTrace trace = randomTrace(new SplittableRandom(seed), 200);
    double all = 0;
    for (int k = 0; k < trace.size(); k++) {
      all += trace.value(k);
    }
    TraceHindsight.Best best = TraceHindsight.best(trace, 1e9, SingleItemFormat.SECOND_PRICE);
    assertThat(best.value()).isCloseTo(all, org.assertj.core.data.Offset.offset(1e-9));
  }
}
