package org.agora.evaluation.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobSpec;
import org.agora.core.solve.SolveLimits;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentSpec;
import org.junit.jupiter.api.Test;

class SweepSpecJsonTest {

  @Test
  void theThreeKindsRoundTrip() {
    List<JobSpec> specs = List.of(
        new TournamentSpec("kuhn_poker", List.of("random", "mcts(simulations=8)"), new Schedule.RoundRobin(true), 3, -4),
        new TournamentSpec("kuhn_poker", List.of("random", "random"), new Schedule.Custom(List.of(new int[] {1, 0})), 2, 9),
        new TournamentSpec("kuhn_poker", List.of("a", "b", "c"), new Schedule.OneVsPopulation(2), 2, 9),
        new EvaluationSweepSpec("repeated_rock_paper_scissors", List.of("rockbot", "copybot"), List.of("randbot"), 10,
            List.of(1L, Long.MAX_VALUE)),
        new SolverSweepSpec(List.of("matching_pennies", "random_normal_form(strategies=\"3\")"), List.of("rm", "lp"),
            Map.of("iterations", List.of("10", "1e3")), List.of(0L, 5L), SolveLimits.of(Map.of("max_supports", 7L))),
        SolverSweepSpec.of(List.of("matching_pennies"), List.of("lp"), List.of(0L)));
    for (JobSpec spec : specs) {
      String json = SweepSpecJson.writeSpec(spec);
      assertThat(SweepSpecJson.readSpec(json)).as(json).isEqualTo(spec);
    }
  }

  @Test
  void absentOptionalFieldsTakeTheirDefaults() {
    JobSpec spec = SweepSpecJson.readSpec("""
        {"kind": "solver-sweep", "games": ["matching_pennies"], "solvers": ["lp"]}""");
    assertThat(spec).isEqualTo(new SolverSweepSpec(List.of("matching_pennies"), List.of("lp"), null, List.of(0L), null));
    JobSpec tournament = SweepSpecJson.readSpec("""
        {"kind": "tournament", "game": "kuhn_poker", "agents": ["random", "random"], "matchesPerPairing": 2}""");
    assertThat(tournament).isEqualTo(TournamentSpec.roundRobin("kuhn_poker", List.of("random", "random"), 2, 0));
    JobSpec grid = SweepSpecJson.readSpec("""
        {"kind": "solver-sweep", "games": ["matching_pennies"], "solvers": ["rm"], "grid": {"iterations": [10, "20"]},
         "limits": {"max_nodes": 1000}}""");
    assertThat(((SolverSweepSpec) grid).grid()).isEqualTo(Map.of("iterations", List.of("10", "20")));
    assertThat(((SolverSweepSpec) grid).limits().maxNodes()).isEqualTo(1000);
    assertThat(((SolverSweepSpec) grid).limits().maxProfiles()).isEqualTo(SolveLimits.DEFAULT_MAX_PROFILES);
  }

  @Test
  void badSpecificationsGiveOneLineErrorsNamingTheField() {
    assertError("{\"kind\": \"sweep\"}", "unknown kind 'sweep'; kinds: tournament, evaluation-sweep, solver-sweep");
    assertError("{\"games\": []}", "field 'kind' is missing");
    assertError("[1]", "the specification must be a JSON object with a \"kind\", got a list");
    assertError("""
        {"kind": "evaluation-sweep", "game": "g", "agents": ["a"], "opponents": ["b"], "matchesPerPairing": 1,
         "seed": 3}""", "unknown field 'seed'; fields: kind, game, agents, opponents, matchesPerPairing, seeds");
    assertError("""
        {"kind": "evaluation-sweep", "game": "g", "agents": ["a"], "opponents": ["b"], "matchesPerPairing": "ten"}""",
        "field 'matchesPerPairing' must be an integer, got the string \"ten\"");
    assertError("""
        {"kind": "evaluation-sweep", "game": "g", "agents": ["a"], "opponents": ["b"], "matchesPerPairing": 0}""",
        "field 'matchesPerPairing' must be in [1, 2147483647], got 0");
    assertError("""
        {"kind": "evaluation-sweep", "game": "g", "agents": ["a", 3], "opponents": ["b"], "matchesPerPairing": 1}""",
        "field 'agents' must be a list of strings; it holds 3");
    assertError("""
        {"kind": "evaluation-sweep", "game": "g", "agents": ["a"], "opponents": ["b"], "matchesPerPairing": 1,
         "seeds": [1, 1]}""", "evaluation-sweep: seed 1 is given twice; seeds must be distinct");
    assertError("""
        {"kind": "solver-sweep", "games": ["g"], "solvers": ["lp"], "limits": {"max_node": 5}}""",
        "unknown field 'limits.max_node'; limits: max_profiles, max_nodes, max_tableau, max_exact_tableau,"
            + " max_supports, max_vertices");
    assertError("""
        {"kind": "solver-sweep", "games": ["g"], "solvers": ["lp"], "grid": {"iterations": 5}}""",
        "field 'grid.iterations' must be a list of values, got 5");
    assertError("""
        {"kind": "tournament", "game": "g", "agents": ["a", "b"], "matchesPerPairing": 1, "schedule": "swiss"}""",
        "field 'schedule': unknown schedule 'swiss'; give \"round-robin\" or an object with a \"type\""
            + " (round-robin, custom, one-vs-population)");
    assertError("{\"kind\": \"solver-sweep\", \"kind\": \"tournament\"}", null);
  }

  @Test
  void malformedJsonCarriesItsLineAndColumn() {
    assertThatThrownBy(() -> SweepSpecJson.readSpec("{\n  \"kind\": \"solver-sweep\",\n  \"games\": [\"a\" \"b\"]\n}"))
        .isInstanceOfSatisfying(SweepSpecJson.SweepSpecException.class, error -> {
          assertThat(error.line()).isEqualTo(3);
          assertThat(error.column()).isGreaterThan(1);
          assertThat(error.getMessage()).startsWith("malformed JSON: ").doesNotContain("\n");
        });
    assertThatThrownBy(() -> SweepSpecJson.readSpec("")).hasMessageContaining("empty");
  }

  @Test
  void resultsAreWrittenWithNullsForUndefinedFigures() throws Exception {
    SolverSweepResult solved = SolverSweep.run(SolverSweepSpec.of(List.of("matching_pennies"), List.of("rm(iterations=10)"),
        List.of(0L)), JobContext.sequential());
    JsonNode node = new ObjectMapper().readTree(SweepSpecJson.resultNode(solved).toString());
    assertThat(node.get("kind").asText()).isEqualTo("solver-sweep");
    assertThat(node.get("spec").get("solvers").get(0).asText()).isEqualTo("rm(iterations=10)");
    assertThat(node.get("rows").get(0).get("value").isNull()).isTrue();
    assertThat(node.get("summaries").get(0).get("meanNashConv").asDouble()).isEqualTo(solved.summaries().get(0).meanNashConv());
    EvaluationSweepSpec spec = new EvaluationSweepSpec("repeated_rock_paper_scissors(rounds=2)", List.of("rockbot"),
        List.of("rotatebot"), 2, List.of(0L));
    EvaluationSweepResult evaluated = EvaluationSweep.run(spec, JobContext.sequential());
    JsonNode withRows = SweepSpecJson.resultNode(evaluated, true);
    assertThat(withRows.get("ranking").get(0).get("meanReturn").asDouble()).isEqualTo(-1.0);
    assertThat(withRows.get("pairings").get(0).get("opponent").asText()).isEqualTo("rotatebot");
    assertThat(withRows.get("rows")).hasSize(2);
    assertThat(SweepSpecJson.resultNode(evaluated, false).has("rows")).isFalse();
    assertThat(SweepSpecJson.readSpec(withRows.get("spec").toString())).isEqualTo(spec);
  }

  private static void assertError(String json, String message) {
    var thrown = assertThatThrownBy(() -> SweepSpecJson.readSpec(json))
        .isInstanceOf(SweepSpecJson.SweepSpecException.class)
        .hasMessageNotContaining("\n");
    if (message != null) {
      thrown.hasMessage(message);
    }
  }
}
