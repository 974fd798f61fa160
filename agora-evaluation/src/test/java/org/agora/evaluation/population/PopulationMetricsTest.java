package org.agora.evaluation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationMetricsTest {

  /** Rock, paper, scissors and a bot that always loses 10 to everyone, itself excepted. */
  private static final CrossTable TABLE = new CrossTable(List.of("rock", "paper", "scissors", "loser"), new double[] {
      0, -1000, 1000, 10,
      1000, 0, -1000, 10,
      -1000, 1000, 0, 10,
      -10, -10, -10, 0});

  @Test
  void computesTheThreeMetricsByHand() {
    PopulationMetrics metrics = PopulationMetrics.of(TABLE);

    assertThat(metrics.agent("rock")).isEqualTo(new AgentMetrics("rock", 2.5, 1000, -997.5));
    assertThat(metrics.agent("loser")).isEqualTo(new AgentMetrics("loser", -7.5, 10, -17.5));
    assertThat(metrics.agents()).extracting(AgentMetrics::agent).containsExactly("rock", "paper", "scissors", "loser");
    assertThat(metrics.meanPopulationReturn()).isZero();
    assertThat(metrics.meanWithinPopulationExploitability()).isEqualTo(752.5);
    assertThat(metrics.meanAggregateScore()).isEqualTo(-752.5);
  }

  @Test
  void ranksByAggregateScoreThenPopulationReturnThenName() {
    List<String> ranked = PopulationMetrics.of(TABLE).rankedByAggregateScore().stream().map(AgentMetrics::agent).toList();

    assertThat(ranked).containsExactly("loser", "paper", "rock", "scissors");
  }

  @Test
  void anOutsideAgentIsEvaluatedAgainstTheMembersOnly() {
    AgentMetrics uniform = PopulationMetrics.evaluate(TABLE, "uniform", new double[] {0, 0, 0, 10});

    assertThat(uniform).isEqualTo(new AgentMetrics("uniform", 2.5, 0, 2.5));
  }

  @Test
  void aSelfPlayOnlyTableHasNoNegativeZero() {
    AgentMetrics alone = PopulationMetrics.of(new CrossTable(List.of("a"), new double[] {0})).agent("a");

    assertThat(Double.doubleToRawLongBits(alone.withinPopulationExploitability())).isZero();
    assertThat(Double.doubleToRawLongBits(alone.aggregateScore())).isZero();
  }

  @Test
  void anOutsideRowOfTheWrongLengthOrWithNaNIsRefused() {
    assertThatThrownBy(() -> PopulationMetrics.evaluate(TABLE, "x", new double[3]))
        .hasMessage("agent 'x' has 3 returns; the population has 4 agents");
    assertThatThrownBy(() -> PopulationMetrics.evaluate(TABLE, "x", new double[] {0, 0, Double.NaN, 0}))
        .hasMessage("return of 'x' against 'scissors' is NaN; returns must be finite");
    assertThatThrownBy(() -> PopulationMetrics.of(TABLE).agent("x")).hasMessageStartingWith("unknown agent 'x'");
  }
}
