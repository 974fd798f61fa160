package org.agora.solvers.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.job.Job;
import org.agora.core.job.JobRegistry;
import org.agora.core.solve.SolverInput;
import org.agora.core.solve.SolverProvider;
import org.agora.core.solve.SolverRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SolverProvidersTest {

  @Test
  void everyMethodOfAgoraSolveIsRegisteredInHelpOrder() {
    assertThat(SolverRegistry.names()).containsExactly("enumpure", "enummixed", "lcp", "lp", "support", "simpdiv",
        "logit", "ce", "cce", "constrained-ce", "constrained-cce", "constrained-phi", "sparse-cce", "test-equilibrium", "rae",
        "minimax-winner", "fp", "rm", "rm+", "hedge", "swap", "replicator", "projected-replicator", "cfr", "cfr+",
        "lcfr", "dcfr", "pcfr+", "mccfr-es", "mccfr-os", "cfr-br", "xfp", "sequence-lp", "sequence-lcp");
    assertThat(SolverRegistry.providers()).filteredOn(provider -> provider.input() == SolverInput.GAME_TREE)
        .extracting(SolverProvider::name).first().isEqualTo("cfr");
  }

  @Test
  void theSolveJobIsRegistered() {
    Job<?, ?> job = JobRegistry.find("solve");
    assertThat(job).isInstanceOf(SolveJob.class);
  }

  @Test
  void eachSolverDeclaresOnlyItsOwnOptions() {
    assertThat(names("enumpure")).isEmpty();
    assertThat(names("lcp")).containsExactly("label", "floating");
    assertThat(names("ce")).containsExactly("objective");
    assertThat(names("constrained-cce")).containsExactly("costs", "objective", "grid", "multiplier_bound");
    assertThat(names("constrained-phi")).containsExactly("phi", "costs", "objective", "grid", "multiplier_bound");
    assertThat(names("test-equilibrium")).containsExactly("profile", "concept", "tolerance", "delta", "seed");
    assertThat(names("fp")).containsExactly("iterations", "sample_every");
    assertThat(names("rm")).containsExactly("iterations", "sample_every", "seed");
    assertThat(names("cfr+")).containsExactly("iterations", "sample_every", "threads");
    assertThat(names("dcfr")).containsExactly("iterations", "sample_every", "threads", "alpha", "beta", "gamma");
    assertThat(names("mccfr-os")).containsExactly("iterations", "sample_every", "seed", "epsilon");
    assertThat(names("sequence-lp")).containsExactly("floating");
    assertThat(SolverRegistry.provider("ce").parameters().get(0).choices())
        .containsExactly("feasible", "welfare", "maxmin", "entropy");
  }

  @Test
  void defaultsAreThoseOfTheCommandLine() {
    Map<String, Object> cfr = SolverRegistry.configure("dcfr").parameters().values();
    assertThat(cfr).containsEntry("iterations", 10_000).containsEntry("sample_every", 0).containsEntry("threads", 1)
        .containsEntry("alpha", 1.5).containsEntry("beta", 0.0).containsEntry("gamma", 2.0);
    assertThat(SolverRegistry.configure("mccfr-os").parameters().values()).containsEntry("seed", 0L)
        .containsEntry("epsilon", 0.6);
    assertThat(SolverRegistry.configure("ce").parameters().values()).containsEntry("objective", "welfare");
    assertThat(SolverRegistry.configure("simpdiv").parameters().values()).containsEntry("precision", 1e-6);
    assertThat(SolverRegistry.configure("lcp").parameters().values()).containsEntry("label", 0)
        .containsEntry("floating", false);
  }

  static Stream<Arguments> badValues() {
    List<Arguments> cases = new ArrayList<>();
    for (SolverProvider provider : SolverRegistry.providers()) {
      for (ParameterSpec parameter : provider.parameters()) {
        if (parameter.type() == ParameterSpec.Type.TEXT && parameter.choices().isEmpty()) {
          continue; // free text (costs, a profile) is parsed against the game by the solver, not here
        }
        cases.add(Arguments.of(provider.name(), parameter.name(), badValue(parameter)));
      }
    }
    return cases.stream();
  }

  private static String badValue(ParameterSpec parameter) {
    return switch (parameter.type()) {
      case INTEGER -> parameter.min() > Integer.MIN_VALUE ? "-1" : "many";
      case LONG -> "many";
      case REAL -> parameter.max() < Double.POSITIVE_INFINITY ? "1.5" : parameter.min() > 0 ? "0" : "lots";
      case BOOLEAN -> "maybe";
      case TEXT -> "happiness";
      case GAME -> "";
    };
  }

  @ParameterizedTest(name = "{0}({1}={2})")
  @MethodSource("badValues")
  void aBadValueNamesTheSolverTheParameterTheValueAndWhatIsAllowed(String solver, String parameter, String value) {
    assertThatThrownBy(() -> SolverRegistry.configure(solver + "(" + parameter + "=" + value + ")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageStartingWith(solver + ": parameter '" + parameter + "' value '" + value + "' ")
        .hasMessageContaining("; allowed: ");
  }

  @Test
  void anOptionOfAnotherSolverIsRejectedWithTheSolversOwnOptions() {
    assertThatThrownBy(() -> SolverRegistry.configure("fp(seed=3)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("fp: unknown parameter 'seed'; allowed: iterations, sample_every");
    assertThatThrownBy(() -> SolverRegistry.configure("magic"))
        .hasMessageStartingWith("unknown solver 'magic'; known solvers: enumpure, enummixed, lcp");
  }

  private static List<String> names(String solver) {
    return SolverRegistry.provider(solver).parameters().stream().map(ParameterSpec::name).toList();
  }
}
