package org.agora.evaluation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metrics of the 43-bot cross-table published with Lanctot et al. (TMLR 2023), as the issue's
 * acceptance states them. Skipped (announced once) when the shared reference data is absent.
 */
class PublishedRrpsTableTest {

  private static final String FILE = "pbe_rrps_bot_table.txt";
  private static CrossTable table;
  private static PopulationMetrics metrics;

  @BeforeAll
  static void read() throws IOException {
    Optional<Path> file = ReferenceDataLocation.file(FILE);
    assumeTrue(file.isPresent(), "no " + FILE + " in shared/reference-data (set -D" + ReferenceDataLocation.PROPERTY
        + "=DIR)");
    table = CrossTableReader.read(file.get());
    metrics = PopulationMetrics.of(table);
  }

  @Test
  void theTableHasAll43By43CellsWithTheDiagonalAndIsOnlyNearlyAntisymmetric() {
    assertThat(table.size()).isEqualTo(43);
    assertThat(table.hasMatchStatistics()).isFalse();
    for (int i = 0; i < 43; i++) {
      assertThat(Math.abs(table.meanReturn(i, i))).isLessThan(2.1);
    }
    assertThat(table.antisymmetryDeviation()).isBetween(35.0, 35.5);
    assertThat(table.meanReturn("rockbot", "copybot")).isEqualTo(-1000.0);
  }

  @Test
  void greenbergAndIocainebotLeadOnAggregateScore() {
    List<String> top = metrics.rankedByAggregateScore().stream().limit(2).map(AgentMetrics::agent).toList();

    assertThat(top).containsExactly("greenberg", "iocainebot");
    AgentMetrics greenberg = metrics.agent("greenberg");
    assertThat(greenberg.populationReturn()).isCloseTo(288.153, within(5e-4));
    assertThat(greenberg.withinPopulationExploitability()).isCloseTo(3.648, within(1e-9));
    assertThat(greenberg.aggregateScore()).isCloseTo(284.505, within(5e-4));
  }

  @Test
  void randbotsPopulationReturnIsNearZero() {
    assertThat(metrics.agent("randbot").populationReturn()).isCloseTo(0.0, within(1.0));
  }

  @Test
  void rockbotsWithinPopulationExploitabilityIs1000() {
    assertThat(metrics.agent("rockbot").withinPopulationExploitability()).isGreaterThan(999.0).isLessThanOrEqualTo(1000.0);
  }

  @Test
  void anOutsideAgentPlayingLikeRandbotScoresLikeIt() {
    AgentMetrics outside = PopulationMetrics.evaluate(table, "learner", table.row(table.indexOf("randbot")));

    assertThat(outside.agent()).isEqualTo("learner");
    assertThat(outside.populationReturn()).isEqualTo(metrics.agent("randbot").populationReturn());
    assertThat(outside.withinPopulationExploitability()).isEqualTo(1.197);
  }
}
