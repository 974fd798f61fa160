package org.agora.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.markets.auction.SingleItemAuction;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.TieRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-item auctions per second on one thread ({@link SingleItemAuction}): each operation draws
 * {@code bidders} U[0,1] bids and runs the auction, so the figure includes the value draws as a
 * simulation pays them. Run with {@code scripts/bench SingleItemAuctionBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class SingleItemAuctionBenchmark {

  private static final int AUCTIONS = 1024;

  @Param({"FIRST_PRICE", "SECOND_PRICE", "ALL_PAY"})
  public SingleItemFormat format;

  @Param({"2", "10"})
  public int bidders;

  private SingleItemAuction auction;
  private SplittableRandom random;
  private double[] bids;
  private double[] payments;

  @Setup
  public void setUp() {
    auction = new SingleItemAuction(format, 0.05, TieRule.LOWEST_INDEX);
    random = new SplittableRandom(1);
    bids = new double[bidders];
    payments = new double[bidders];
  }

  @Benchmark
  @OperationsPerInvocation(AUCTIONS)
  public double auctions() {
    double revenue = 0;
    for (int a = 0; a < AUCTIONS; a++) {
      for (int i = 0; i < bidders; i++) {
        bids[i] = random.nextDouble();
      }
      int winner = auction.run(bids, bidders, payments, random);
      if (winner >= 0) {
        revenue += payments[winner];
      }
    }
    return revenue;
  }
}
