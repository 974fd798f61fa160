package org.agora.benchmarks;

import java.util.concurrent.TimeUnit;
import org.agora.core.GameRegistry;
import org.agora.solvers.sequenceform.SequenceForm;
import org.agora.solvers.sequenceform.SequenceFormLcpSolver;
import org.agora.solvers.sequenceform.SequenceFormLpSolver;
import org.agora.solvers.tree.GameTreeCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sequence-form solvers: the exact LP and the exact LCP (Lemke) on Kuhn poker, and the ojAlgo LP on
 * Kuhn and Leduc poker. The sequence form is built once in the setup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
public class SequenceFormBenchmark {

  /** Kuhn poker compiled with exact values. */
  @State(Scope.Thread)
  public static class Kuhn {
    SequenceForm form;

    @Setup
    public void setUp() {
      form = SequenceForm.of(GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"), 1_000, true));
    }
  }

  /** Leduc poker compiled with double values. */
  @State(Scope.Thread)
  public static class Leduc {
    SequenceForm form;

    @Setup
    public void setUp() {
      form = SequenceForm.of(GameTreeCompiler.compile(GameRegistry.create("leduc_poker")));
    }
  }

  @Benchmark
  public SequenceFormLpSolver.ExactSolution kuhnExactLp(Kuhn state) {
    return new SequenceFormLpSolver().solveExact(state.form);
  }

  @Benchmark
  public SequenceFormLcpSolver.ExactEquilibrium kuhnExactLcp(Kuhn state) {
    return new SequenceFormLcpSolver().solve(state.form);
  }

  @Benchmark
  public SequenceFormLpSolver.Solution kuhnDoubleLp(Kuhn state) {
    return new SequenceFormLpSolver().solve(state.form);
  }

  @Benchmark
  public SequenceFormLpSolver.Solution leducDoubleLp(Leduc state) {
    return new SequenceFormLpSolver().solve(state.form);
  }
}
