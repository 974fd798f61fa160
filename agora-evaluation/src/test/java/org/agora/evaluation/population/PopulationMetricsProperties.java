package org.agora.evaluation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws that follow from the definitions of population return, within-population exploitability
 * and aggregate score, over seeded random antisymmetric (zero-sum, seat-symmetric) tables of 1 to
 * 12 agents with returns in [-1000, 1000].
 */
class PopulationMetricsProperties {

  private static final long SEED = 20261207;
  private static final double TOLERANCE = 1e-9;

  private static List<String> names(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add("bot" + i);
    }
    return names;
  }

  /** A random antisymmetric table with a zero diagonal. */
  private static CrossTable antisymmetric(SeededCase one) {
    int n = one.intBetween(1, 12);
    SplittableRandom random = one.random();
    double[] returns = new double[n * n];
    for (int row = 0; row < n; row++) {
      for (int column = row + 1; column < n; column++) {
        double value = Math.rint(random.nextDouble(-1000, 1000) * 1000) / 1000;
        returns[row * n + column] = value;
        returns[column * n + row] = -value;
      }
    }
    return new CrossTable(names(n), returns);
  }

  private static CrossTable affine(CrossTable table, double scale, double shift) {
    double[] returns = table.meanReturns();
    for (int cell = 0; cell < returns.length; cell++) {
      returns[cell] = scale * returns[cell] + shift;
    }
    return new CrossTable(table.agents(), returns);
  }

  /** {@code table} with one more agent: its returns against the members, theirs against it, and its self-play. */
  private static CrossTable withAgent(CrossTable table, String name, double[] row, double[] column, double self) {
    int n = table.size();
    List<String> agents = new ArrayList<>(table.agents());
    agents.add(name);
    double[] returns = new double[(n + 1) * (n + 1)];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        returns[i * (n + 1) + j] = table.meanReturn(i, j);
      }
      returns[i * (n + 1) + n] = column[i];
      returns[n * (n + 1) + i] = row[i];
    }
    returns[n * (n + 1) + n] = self;
    return new CrossTable(agents, returns);
  }

  @TestFactory
  Stream<DynamicTest> anAntisymmetricTableAveragesZeroAndNobodyIsExploitedLessThanItsLosses() {
    return SeededCases.tests(SEED, 200, one -> {
      CrossTable table = antisymmetric(one);
      PopulationMetrics metrics = PopulationMetrics.of(table);

      assertThat(metrics.meanPopulationReturn()).isCloseTo(0, within(TOLERANCE * 1000));
      for (AgentMetrics agent : metrics.agents()) {
        assertThat(agent.withinPopulationExploitability()).isGreaterThanOrEqualTo(0.0).isLessThanOrEqualTo(1000);
        assertThat(agent.withinPopulationExploitability()).isGreaterThanOrEqualTo(-agent.populationReturn() - TOLERANCE);
        assertThat(agent.aggregateScore()).isLessThanOrEqualTo(agent.populationReturn() + TOLERANCE);
        assertThat(agent.aggregateScore()).isLessThanOrEqualTo(2 * agent.populationReturn() + TOLERANCE);
        assertThat(agent.aggregateScore())
            .isEqualTo(agent.populationReturn() - agent.withinPopulationExploitability());
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aConstantSumTableShiftsEveryMetricByHalfItsSum() {
    return SeededCases.tests(SEED, 200, one -> {
      CrossTable zeroSum = antisymmetric(one);
      double sum = one.random().nextDouble(-100, 100);
      double scale = one.random().nextDouble(0.01, 10);
      CrossTable constantSum = affine(zeroSum, scale, sum / 2);
      PopulationMetrics before = PopulationMetrics.of(zeroSum);
      PopulationMetrics after = PopulationMetrics.of(constantSum);

      for (int i = 0; i < constantSum.size(); i++) {
        for (int j = 0; j < constantSum.size(); j++) {
          assertThat(constantSum.meanReturn(i, j) + constantSum.meanReturn(j, i)).isCloseTo(sum, within(TOLERANCE * 1e4));
        }
      }
      assertThat(after.meanPopulationReturn()).isCloseTo(sum / 2, within(TOLERANCE * 1e4));
      for (int i = 0; i < zeroSum.size(); i++) {
        AgentMetrics was = before.agents().get(i);
        AgentMetrics is = after.agents().get(i);
        assertThat(is.populationReturn()).isCloseTo(scale * was.populationReturn() + sum / 2, within(TOLERANCE * 1e4));
        assertThat(is.withinPopulationExploitability())
            .isCloseTo(scale * was.withinPopulationExploitability() - sum / 2, within(TOLERANCE * 1e4));
        assertThat(is.aggregateScore()).isCloseTo(scale * was.aggregateScore() + sum, within(TOLERANCE * 1e4));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> addingAnAgentAveragesItInAndCanOnlyRaiseExploitability() {
    return SeededCases.tests(SEED, 200, one -> {
      CrossTable table = antisymmetric(one);
      int n = table.size();
      SplittableRandom random = one.random();
      double[] row = new double[n];
      double[] column = new double[n];
      for (int i = 0; i < n; i++) {
        row[i] = random.nextDouble(-1000, 1000);
        column[i] = one.nextBoolean() ? -row[i] : random.nextDouble(-1000, 1000);
      }
      double self = random.nextDouble(-5, 5);
      PopulationMetrics before = PopulationMetrics.of(table);
      PopulationMetrics after = PopulationMetrics.of(withAgent(table, "newcomer", row, column, self));

      for (int i = 0; i < n; i++) {
        AgentMetrics was = before.agents().get(i);
        AgentMetrics is = after.agents().get(i);
        assertThat(is.populationReturn()).isCloseTo((n * was.populationReturn() + column[i]) / (n + 1), within(TOLERANCE * 1e3));
        assertThat(is.withinPopulationExploitability())
            .isEqualTo(Math.max(was.withinPopulationExploitability(), -column[i]))
            .isGreaterThanOrEqualTo(was.withinPopulationExploitability());
      }
      AgentMetrics outside = PopulationMetrics.evaluate(table, "newcomer", row);
      AgentMetrics member = after.agent("newcomer");
      assertThat(member.populationReturn()).isCloseTo((n * outside.populationReturn() + self) / (n + 1), within(TOLERANCE * 1e3));
      assertThat(member.withinPopulationExploitability())
          .isEqualTo(Math.max(outside.withinPopulationExploitability(), -self));
    });
  }

  @TestFactory
  Stream<DynamicTest> aCopyOfAMemberChangesNobodysExploitabilityAndScoresLikeItsOriginal() {
    return SeededCases.tests(SEED, 200, one -> {
      CrossTable table = antisymmetric(one);
      int n = table.size();
      int original = one.intBetween(0, n - 1);
      double[] row = table.row(original);
      double[] column = new double[n];
      for (int i = 0; i < n; i++) {
        column[i] = table.meanReturn(i, original);
      }
      PopulationMetrics before = PopulationMetrics.of(table);
      PopulationMetrics after = PopulationMetrics.of(withAgent(table, "copy", row, column, 0));

      for (int i = 0; i < n; i++) {
        assertThat(after.agents().get(i).withinPopulationExploitability())
            .isEqualTo(before.agents().get(i).withinPopulationExploitability());
      }
      AgentMetrics copy = after.agent("copy");
      AgentMetrics originalAfter = after.agents().get(original);
      assertThat(copy.populationReturn()).isCloseTo(originalAfter.populationReturn(), within(TOLERANCE * 1e3));
      assertThat(copy.withinPopulationExploitability()).isEqualTo(originalAfter.withinPopulationExploitability());
    });
  }

  @TestFactory
  Stream<DynamicTest> anOutsideAgentWithAMembersRowScoresExactlyLikeThatMember() {
    return SeededCases.tests(SEED, 100, one -> {
      CrossTable table = antisymmetric(one);
      int member = one.intBetween(0, table.size() - 1);
      AgentMetrics inside = PopulationMetrics.of(table).agents().get(member);

      AgentMetrics outside = PopulationMetrics.evaluate(table, "outsider", table.row(member));

      assertThat(outside).isEqualTo(new AgentMetrics("outsider", inside.populationReturn(),
          inside.withinPopulationExploitability(), inside.aggregateScore()));
    });
  }

  @TestFactory
  Stream<DynamicTest> renamingAndReorderingAgentsPermutesTheirMetrics() {
    return SeededCases.tests(SEED, 100, one -> {
      CrossTable table = antisymmetric(one);
      int n = table.size();
      int shift = one.intBetween(0, n - 1);
      List<String> agents = new ArrayList<>();
      double[] returns = new double[n * n];
      for (int i = 0; i < n; i++) {
        agents.add(table.agent((i + shift) % n));
        for (int j = 0; j < n; j++) {
          returns[i * n + j] = table.meanReturn((i + shift) % n, (j + shift) % n);
        }
      }
      PopulationMetrics original = PopulationMetrics.of(table);
      PopulationMetrics rotated = PopulationMetrics.of(new CrossTable(agents, returns));

      for (String agent : table.agents()) {
        assertThat(rotated.agent(agent).populationReturn())
            .isCloseTo(original.agent(agent).populationReturn(), within(TOLERANCE * 1e3));
        assertThat(rotated.agent(agent).withinPopulationExploitability())
            .isEqualTo(original.agent(agent).withinPopulationExploitability());
      }
      assertThat(rotated.rankedByAggregateScore().get(0).aggregateScore())
          .isCloseTo(original.rankedByAggregateScore().get(0).aggregateScore(), within(TOLERANCE * 1e3));
    });
  }
}
