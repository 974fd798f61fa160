package org.agora.evaluation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.evaluation.statistics.RunningStatistics;
import org.junit.jupiter.api.Test;

class CrossTableTest {

  private static final List<String> AB = List.of("a", "b");

  @Test
  void holdsACopyOfTheRowMajorReturns() {
    double[] returns = {0, 2, -3, 0};
    CrossTable table = new CrossTable(AB, returns);
    returns[1] = 99;

    assertThat(table.meanReturn(0, 1)).isEqualTo(2);
    assertThat(table.meanReturn("b", "a")).isEqualTo(-3);
    assertThat(table.row(1)).containsExactly(-3, 0);
    assertThat(table.antisymmetryDeviation()).isEqualTo(1);
    assertThat(table.matchCount(0, 1)).isEmpty();
    assertThat(table.standardError(0, 1)).isEmpty();
    assertThat(table).isEqualTo(new CrossTable(AB, new double[] {0, 2, -3, 0}))
        .isNotEqualTo(new CrossTable(List.of("b", "a"), new double[] {0, 2, -3, 0}));
  }

  @Test
  void refusesBadShapesNamesAndValuesInOneLine() {
    assertThatThrownBy(() -> new CrossTable(AB, new double[3]))
        .hasMessage("a cross-table of 2 agents needs 4 returns, got 3");
    assertThatThrownBy(() -> new CrossTable(List.of("a", "a"), new double[4]))
        .hasMessage("agent 'a' is listed twice (positions 1 and 2)");
    assertThatThrownBy(() -> new CrossTable(List.of("a", " "), new double[4])).hasMessage("agent 2 has a blank name");
    assertThatThrownBy(() -> new CrossTable(List.of(), new double[0]))
        .hasMessage("a cross-table needs at least one agent");
    assertThatThrownBy(() -> new CrossTable(AB, new double[] {0, Double.NaN, 0, 0}))
        .hasMessage("return of ('a', 'b') is NaN; returns must be finite");
    assertThatThrownBy(() -> new CrossTable(AB, new double[4], new long[4], null))
        .hasMessage("match counts and standard deviations are given together or not at all");
    assertThatThrownBy(() -> new CrossTable(AB, new double[4], new long[] {0, 5, 5, -1}, new double[4]))
        .hasMessage("match count of ('b', 'b') is -1; counts must be >= 0");
    assertThatThrownBy(() -> new CrossTable(AB, new double[4], new long[] {0, 5, 5, 0},
        new double[] {Double.NaN, Double.NaN, 1, Double.NaN}))
        .hasMessage("standard deviation of ('a', 'b') is NaN with 5 matches; it must be finite and >= 0 (NaN only below 2 matches)");
  }

  @Test
  void anUnknownAgentIsNamedWithTheKnownOnes() {
    CrossTable table = new CrossTable(AB, new double[4]);

    assertThat(table.contains("c")).isFalse();
    assertThatThrownBy(() -> table.indexOf("c")).hasMessage("unknown agent 'c'; the table has 2 agents: a, b");
  }

  @Test
  void theBuilderChecksDeclaredAgentsDuplicatesAndNaN() {
    CrossTableBuilder builder = new CrossTableBuilder(AB).put("a", "b", 1);

    assertThatThrownBy(() -> builder.put("a", "c", 1))
        .hasMessage("unknown agent 'c'; the table declares 2 agents: a, b");
    assertThatThrownBy(() -> builder.put("a", "b", 2)).hasMessage("duplicate cell ('a', 'b'), already given as 1.0");
    assertThatThrownBy(() -> builder.put("b", "a", Double.NaN))
        .hasMessage("return of ('b', 'a') is NaN; returns must be finite");
    assertThat(builder.has("a", "b")).isTrue();
    assertThat(builder.has("b", "a")).isFalse();
    assertThatThrownBy(builder::build)
        .hasMessage("missing cell ('b', 'a'); every ordered pair of the 2 agents needs a value");
    assertThat(builder.put("b", "a", -1).build()).isEqualTo(new CrossTable(AB, new double[] {0, 1, -1, 0}));
  }

  @Test
  void cellsFromMatchesCarryCountsAndStandardErrors() {
    RunningStatistics ab = new RunningStatistics();
    ab.add(1);
    ab.add(3);
    ab.add(5);
    RunningStatistics ba = new RunningStatistics();
    ba.add(-2);

    CrossTable table = new CrossTableBuilder().put("a", "b", ab).put("b", "a", ba).build();

    assertThat(table.hasMatchStatistics()).isTrue();
    assertThat(table.meanReturn(0, 1)).isEqualTo(3);
    assertThat(table.matchCount(0, 1)).hasValue(3L);
    assertThat(table.standardError(0, 1).orElseThrow()).isCloseTo(2 / Math.sqrt(3), within(1e-12));
    assertThat(table.matchCount(1, 0)).hasValue(1L);
    assertThat(table.standardError(1, 0).orElseThrow()).isNaN();
    assertThat(table.matchCount(0, 0)).hasValue(0L);
    assertThat(table.meanReturn(0, 0)).isZero();
  }

  @Test
  void cellsEitherAllCarryMatchStatisticsOrNone() {
    RunningStatistics one = new RunningStatistics();
    one.add(1);
    CrossTableBuilder builder = new CrossTableBuilder().put("a", "b", one).put("b", "a", -1);

    assertThatThrownBy(builder::build)
        .hasMessage("only 1 of 2 cells carry match statistics; give them for all cells or none");
    assertThatThrownBy(() -> new CrossTableBuilder().put("a", "b", new RunningStatistics()))
        .hasMessage("cell ('a', 'b') has no matches");
  }
}
