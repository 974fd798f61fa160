package org.agora.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.nash.LemkeHowsonSolver;
import org.agora.solvers.nash.VertexEnumerationSolver;
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
 * Equilibria of random square bimatrix games with integer payoffs uniform in [0, 100), as in the
 * Gambit timings the project compares with: Lemke-Howson from every label (exact and floating
 * point) and exact vertex enumeration (10x10 only by default: 20x20 takes minutes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class BimatrixEquilibriumBenchmark {

  @Param({"10", "20", "40"})
  public int size;

  private NormalFormGame game;

  @Setup
  public void setUp() {
    game = RandomGames.integerPayoffs(2026, size, size);
  }

  @Benchmark
  public List<ExactMixedProfile> lemkeHowsonAllLabelsExact() {
    return new LemkeHowsonSolver().solveAllLabels(game);
  }

  @Benchmark
  public List<MixedProfile> lemkeHowsonAllLabelsDouble() {
    return new LemkeHowsonSolver().solveAllLabelsDouble(game);
  }

  /** Vertex enumeration of a 10x10 game whatever {@code size} says (larger ones take minutes). */
  @Benchmark
  public List<ExactMixedProfile> vertexEnumeration10x10() {
    return new VertexEnumerationSolver().extremeEquilibria(smallGame());
  }

  private NormalFormGame smallGame;

  private NormalFormGame smallGame() {
    if (smallGame == null) {
      smallGame = RandomGames.integerPayoffs(2026, 10, 10);
    }
    return smallGame;
  }
}
