package org.agora.core.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.junit.jupiter.api.Test;

class SolverRegistryTest {

  /** A provider that only declares; solving is not what these tests look at. */
  private record Declared(String name, List<ParameterSpec> parameters) implements SolverProvider {

    @Override
    public String description() {
      return "test solver " + name;
    }

    @Override
    public SolverInput input() {
      return SolverInput.NORMAL_FORM;
    }

    @Override
    public boolean iterative() {
      return false;
    }

    @Override
    public SolveResult solve(Game game, GameParameters parameters, SolveLimits limits, JobContext context) {
      throw new UnsupportedOperationException("declaration only");
    }
  }

  @Test
  void indexKeepsTheRegistrationOrder() {
    Map<String, SolverProvider> index = SolverRegistry.index(List.of(new Declared("zeta", List.of()),
        new Declared("alpha", List.of()), new Declared("cfr+", List.of())));
    assertThat(index.keySet()).containsExactly("zeta", "alpha", "cfr+");
  }

  @Test
  void aNameRegisteredTwiceFailsLoudly() {
    assertThatThrownBy(() -> SolverRegistry.index(List.of(new Declared("lcp", List.of()), new Declared("lcp", List.of()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("solver 'lcp' is registered twice");
  }

  @Test
  void anUnknownSolverListsTheKnownOnes() {
    // agora-core registers no solver itself; the message still says what is known.
    assertThatThrownBy(() -> SolverRegistry.provider("magic"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageStartingWith("unknown solver 'magic'; known solvers: ");
  }

  @Test
  void parametersAreValidatedLikeGameParameters() {
    SolverProvider cfr = new Declared("cfr+", List.of(
        ParameterSpec.integer("iterations", 10_000, 1, Integer.MAX_VALUE, "iterations"),
        ParameterSpec.longInteger("seed", 0L, "seed"),
        ParameterSpec.choice("objective", "welfare", List.of("feasible", "welfare"), "objective")));
    SolverConfiguration configured = SolverRegistry.configure(cfr, Map.of("iterations", "50", "seed", "12345678901"));
    assertThat(configured.parameters().getInt("iterations")).isEqualTo(50);
    assertThat(configured.parameters().getLong("seed")).isEqualTo(12_345_678_901L);
    assertThat(configured.parameters().getString("objective")).isEqualTo("welfare");
    assertThat(configured.solverString()).isEqualTo("cfr+(iterations=50,seed=12345678901,objective=welfare)");
    assertThatThrownBy(() -> SolverRegistry.configure(cfr, Map.of("iterations", "0")))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("cfr+: parameter 'iterations' value '0' is out of range; allowed: integer in [1, inf]");
    assertThatThrownBy(() -> SolverRegistry.configure(cfr, Map.of("objective", "happiness")))
        .hasMessage("cfr+: parameter 'objective' value 'happiness' is not allowed; allowed: one of feasible, welfare");
    assertThatThrownBy(() -> SolverRegistry.configure(cfr, Map.of("threads", "2")))
        .hasMessage("cfr+: unknown parameter 'threads'; allowed: iterations, seed, objective");
  }

  @Test
  void solveSpecsAreSerialisableAndCheckTheirLimits() throws IOException, ClassNotFoundException {
    SolveSpec spec = SolveSpec.of("kuhn_poker", "cfr+(iterations=100)");
    assertThat(spec.kind()).isEqualTo("solve");
    assertThat(spec.limits()).isEqualTo(SolveLimits.defaults());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(spec);
    }
    assertThatThrownBy(() -> new SolveSpec("kuhn_poker", "cfr", 100, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("max_nodes must be >= 1, got 0");
  }
}
