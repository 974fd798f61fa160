package org.agora.benchmarks;

import java.util.concurrent.TimeUnit;
import org.agora.core.GameRegistry;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.cfr.AbstractCfrSolver;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.CfrPlusSolver;
import org.agora.solvers.cfr.CfrSolver;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
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
 * Full-tree CFR on compiled game trees: CFR+ iterations per second on Kuhn poker, Leduc poker and
 * Liar's dice (1 die each, 6 sides) with 1 and 2 threads, vanilla CFR on Leduc, one exact NashConv
 * (two best responses) on Leduc and Liar's dice, and compiling Liar's dice's tree. OpenSpiel's C++
 * CFR+ runs about 36,000 iterations/s on Kuhn, 87 on Leduc and 7-8 on Liar's dice(1,1) on one
 * thread, and takes about 3.5 s for a NashConv on Liar's dice.
 */
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
public class CfrBenchmark {

  /** A CFR+ solver on one game with a number of threads. */
  @State(Scope.Thread)
  public static class CfrPlusRun {
    @Param({"kuhn_poker", "leduc_poker", "liars_dice"})
    public String game;

    @Param({"1", "2"})
    public int threads;

    AbstractCfrSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
      GameTree tree = GameTreeCompiler.compile(GameRegistry.create(game));
      solver = new CfrPlusSolver(tree, CfrOptions.defaults().withThreads(threads));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      solver.close();
    }
  }

  /** Vanilla CFR on Leduc poker, one thread. */
  @State(Scope.Thread)
  public static class VanillaLeduc {
    AbstractCfrSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
      solver = new CfrSolver(GameTreeCompiler.compile(GameRegistry.create("leduc_poker")));
    }
  }

  /** A compiled tree and the average profile of 20 CFR+ iterations, for NashConv. */
  @State(Scope.Thread)
  public static class Evaluation {
    @Param({"leduc_poker", "liars_dice"})
    public String game;

    GameTree tree;
    double[] behaviour;

    @Setup(Level.Trial)
    public void setUp() {
      tree = GameTreeCompiler.compile(GameRegistry.create(game));
      CfrPlusSolver solver = new CfrPlusSolver(tree);
      solver.iterate(20);
      behaviour = solver.averageBehaviour();
    }
  }

  /** One CFR+ iteration (a sweep per player); the score is iterations per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public long cfrPlusIteration(CfrPlusRun run) {
    run.solver.iterate(1);
    return run.solver.iterations();
  }

  /** One vanilla CFR iteration on Leduc; iterations per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public long vanillaCfrIterationLeduc(VanillaLeduc run) {
    run.solver.iterate(1);
    return run.solver.iterations();
  }

  /** One exact NashConv (a best response per player and the profile's value); milliseconds. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public double nashConv(Evaluation evaluation) {
    return Exploitability.nashConv(evaluation.tree, evaluation.behaviour);
  }

  /** Compiling Liar's dice (1 die each) into a game tree; milliseconds. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int compileLiarsDice() {
    return GameTreeCompiler.compile(GameRegistry.create("liars_dice")).nodeCount();
  }
}
