package org.agora.benchmarks;

import java.util.concurrent.TimeUnit;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.agora.solvers.correlated.CorrelatedSolution;
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
 * Time to solve the (coarse) correlated equilibrium program of a random 3-player 5-action game
 * (125 profiles; 60 CE incentive constraints) with each objective: ojAlgo's simplex for the linear
 * objectives, the projected-Newton dual for maximum entropy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class CorrelatedEquilibriumBenchmark {

  @Param({"CORRELATED", "COARSE_CORRELATED"})
  public Concept concept;

  @Param({"FEASIBLE", "MAXIMUM_SOCIAL_WELFARE", "MAXIMUM_ENTROPY"})
  public Objective objective;

  private NormalFormGame game;
  private CorrelatedEquilibriumSolver solver;

  @Setup
  public void setUp() {
    game = RandomGames.integerPayoffs(2026, 5, 5, 5);
    solver = new CorrelatedEquilibriumSolver(concept, objective);
  }

  @Benchmark
  public CorrelatedSolution solve() {
    return solver.solve(game);
  }
}
