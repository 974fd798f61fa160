package org.agora.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.markets.equilibrium.FirstPricePacingEquilibriumSolver;
import org.agora.markets.equilibrium.Market;
import org.agora.markets.equilibrium.MarketEquilibrium;
import org.agora.markets.equilibrium.QuasiLinearProportionalResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to compute the first-price pacing equilibrium of a random market ({@code buyers} buyers with U[0,1] values
 * over {@code goods} goods, budgets U[0.1, 0.6]) by the quasi-linear Eisenberg–Gale barrier method (to a duality
 * gap of 1e-8 of the total budget) and by 1,000 rounds of quasi-linear proportional response. Run with
 * {@code scripts/bench MarketEquilibriumBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class MarketEquilibriumBenchmark {

  @Param({"10", "50"})
  public int buyers;

  @Param({"1000"})
  public int goods;

  private Market market;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    double[][] values = new double[buyers][goods];
    double[] budgets = new double[buyers];
    for (int i = 0; i < buyers; i++) {
      budgets[i] = 0.1 + 0.5 * random.nextDouble();
      for (int j = 0; j < goods; j++) {
        values[i][j] = random.nextDouble();
      }
    }
    market = Market.of(budgets, values);
  }

  @Benchmark
  public MarketEquilibrium barrier() {
    return new FirstPricePacingEquilibriumSolver().solve(market);
  }

  @Benchmark
  public MarketEquilibrium proportionalResponse() {
    return new QuasiLinearProportionalResponse(1000).solve(market);
  }
}
