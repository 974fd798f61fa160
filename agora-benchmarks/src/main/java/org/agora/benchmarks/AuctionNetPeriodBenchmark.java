package org.agora.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.markets.auction.AuctionRules;
import org.agora.markets.auction.PositionFormat;
import org.agora.markets.auction.TieRule;
import org.agora.markets.pacing.AuctionSimulationResult;
import org.agora.markets.pacing.BidderSetup;
import org.agora.markets.pacing.BidderStrings;
import org.agora.markets.pacing.RepeatedAuctionSimulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One AuctionNet-sized period ({@link RepeatedAuctionSimulation}): 500,000 opportunities among 48
 * budget- and CPA-constrained advertisers paced by PID controllers over 48 decision steps, in a 3-slot GSP
 * with exposures [1, 0.8, 0.6]; pCTR ~ U[0.005, 0.05] and pCVR ~ lognormal(-3, 0.5) drawn per bidder and
 * opportunity (24 million of each). {@code threads} is the parallelism of the value draws (a fork/join
 * pool of that size); auctions are cleared on the calling thread. Run with
 * {@code scripts/bench AuctionNetPeriodBenchmark -wi 2 -i 3 -f 1}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Benchmark)
public class AuctionNetPeriodBenchmark {

  private static final int BIDDERS = 48;
  private static final int STEPS = 48;

  @Param({"500000"})
  public int opportunities;

  @Param({"1", "2"})
  public int threads;

  private RepeatedAuctionSimulation simulation;
  private ForkJoinPool pool;
  private JobContext context;

  @Setup(Level.Trial)
  public void setUp() {
    List<BidderSetup> bidders = new ArrayList<>();
    for (int i = 0; i < BIDDERS; i++) {
      double budget = 40 + 5 * (i % 12); // AuctionNet's budgets vary by advertiser
      double cpa = 1 + 0.25 * (i % 8);
      bidders.add(BidderStrings.parse("pid(budget=" + budget + ",cpa=" + cpa
          + ",ctr=uniform(0.005,0.05),cvr=lognormal(-3,0.5))"));
    }
    AuctionRules rules = AuctionRules.position(PositionFormat.GSP, AuctionRules.AUCTIONNET_EXPOSURE, 0.0,
        TieRule.LOWEST_INDEX);
    simulation = new RepeatedAuctionSimulation(rules, bidders, STEPS, opportunities, -1, 2024);
    pool = threads > 1 ? new ForkJoinPool(threads) : null;
    context = new JobContext(ProgressListener.NONE, Cancellation.never(), pool, threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Benchmark
  public double period() {
    AuctionSimulationResult result = simulation.run(1, context);
    return result.totalRevenue();
  }
}
