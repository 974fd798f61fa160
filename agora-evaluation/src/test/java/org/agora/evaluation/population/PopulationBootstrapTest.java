package org.agora.evaluation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.agora.evaluation.tournament.MatchRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PopulationBootstrapTest {

  private static final List<String> AGENTS = List.of("a", "b", "c", "d", "e");

  /**
   * A seeded round robin of zero-sum matches, seats alternating: agent i beats j by
   * {@code 10 (strength_i - strength_j)} on average, plus uniform noise of half-width {@code noise}.
   */
  static List<MatchRecord> roundRobin(long seed, int agents, int matches, double noise) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] strength = new double[agents];
    for (int a = 0; a < agents; a++) {
      strength[a] = 3 * a + random.nextDouble();
    }
    List<MatchRecord> records = new ArrayList<>();
    int pairing = 0;
    for (int i = 0; i < agents; i++) {
      for (int j = i + 1; j < agents; j++) {
        for (int m = 0; m < matches; m++) {
          int first = m % 2 == 0 ? i : j;
          int second = m % 2 == 0 ? j : i;
          double value = 10 * (strength[first] - strength[second]) + noise * (2 * random.nextDouble() - 1);
          records.add(new MatchRecord((long) pairing * matches + m, pairing, m, new int[] {first, second},
              m, new double[] {value, -value}, 1, 0));
        }
        pairing++;
      }
    }
    return records;
  }

  static Stream<Arguments> tournaments() {
    return LongStream.range(0, 12).mapToObj(seed -> Arguments.of(seed));
  }

  @ParameterizedTest
  @MethodSource("tournaments")
  void theIntervalsContainThePointEstimates(long seed) {
    List<MatchRecord> records = roundRobin(seed, AGENTS.size(), 20, 40);
    List<MetricIntervals> intervals = new PopulationBootstrap(400, 0.95, seed).intervals(AGENTS, records);
    assertThat(intervals).hasSize(AGENTS.size());
    for (MetricIntervals agent : intervals) {
      assertThat(agent.populationReturn().contains(agent.estimate().populationReturn())).as(agent.agent()).isTrue();
      assertThat(agent.withinPopulationExploitability().contains(agent.estimate().withinPopulationExploitability()))
          .as(agent.agent()).isTrue();
      assertThat(agent.aggregateScore().contains(agent.estimate().aggregateScore())).as(agent.agent()).isTrue();
      assertThat(agent.populationReturn().width()).isPositive();
    }
  }

  @ParameterizedTest
  @MethodSource("tournaments")
  void theIntervalsNarrowWithMoreMatches(long seed) {
    PopulationBootstrap bootstrap = new PopulationBootstrap(300, 0.95, seed);
    List<MetricIntervals> few = bootstrap.intervals(AGENTS, roundRobin(seed, AGENTS.size(), 8, 40));
    List<MetricIntervals> many = bootstrap.intervals(AGENTS, roundRobin(seed, AGENTS.size(), 200, 40));
    for (int a = 0; a < AGENTS.size(); a++) {
      assertThat(many.get(a).populationReturn().width()).isLessThan(few.get(a).populationReturn().width());
      assertThat(many.get(a).aggregateScore().width()).isLessThan(few.get(a).aggregateScore().width());
    }
  }

  @Test
  void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
    List<MatchRecord> records = roundRobin(7, AGENTS.size(), 12, 40);
    List<MetricIntervals> first = new PopulationBootstrap(200, 0.9, 42).intervals(AGENTS, records);
    List<MetricIntervals> again = new PopulationBootstrap(200, 0.9, 42).intervals(AGENTS, records);
    List<MetricIntervals> other = new PopulationBootstrap(200, 0.9, 43).intervals(AGENTS, records);
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void theIntervalsAreTheSameOnOneAndOnThreeThreads() throws Exception {
    List<MatchRecord> records = roundRobin(9, AGENTS.size(), 10, 40);
    PopulationBootstrap bootstrap = new PopulationBootstrap(300, 0.95, 8);
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    java.util.concurrent.ForkJoinPool three = new java.util.concurrent.ForkJoinPool(3);
    try {
      List<MetricIntervals> sequential = one.submit(() -> bootstrap.intervals(AGENTS, records)).get();
      List<MetricIntervals> parallel = three.submit(() -> bootstrap.intervals(AGENTS, records)).get();
      assertThat(parallel).isEqualTo(sequential);
    } finally {
      one.shutdown();
      three.shutdown();
    }
  }

  @Test
  void pairingsWhoseMatchesAllEndedAlikeGiveZeroWidth() {
    List<MatchRecord> records = roundRobin(3, AGENTS.size(), 10, 0);
    for (MetricIntervals agent : new PopulationBootstrap(100, 0.95, 1).intervals(AGENTS, records)) {
      // seats alternate, so a pairing's matches are equal up to the seat: the same value for each agent
      assertThat(agent.populationReturn().width()).as(agent.agent()).isZero();
      assertThat(agent.withinPopulationExploitability().width()).isZero();
      assertThat(agent.aggregateScore().width()).isZero();
      assertThat(agent.populationReturn().lower()).isCloseTo(agent.estimate().populationReturn(), within(1e-9));
    }
  }

  @Test
  void thePointEstimateIsTheTournamentsCrossTableMetrics() {
    List<MatchRecord> records = roundRobin(5, AGENTS.size(), 6, 40);
    PopulationMetrics metrics = PopulationMetrics.of(
        org.agora.evaluation.tournament.TournamentResult.of(AGENTS, 2, records).crossTable());
    List<MetricIntervals> intervals = PopulationBootstrap.withSeed(0).intervals(AGENTS, records);
    assertThat(intervals.stream().map(MetricIntervals::estimate).toList()).isEqualTo(metrics.agents());
  }

  @Test
  void nearestRankQuantiles() {
    assertThat(PopulationBootstrap.rank(0.025, 1000)).isEqualTo(24);
    assertThat(PopulationBootstrap.rank(0.975, 1000)).isEqualTo(974);
    assertThat(PopulationBootstrap.rank(0.0, 10)).isZero();
    assertThat(PopulationBootstrap.rank(1.0, 10)).isEqualTo(9);
    assertThat(IntStream.of(1, 2, 7).map(n -> PopulationBootstrap.rank(0.5, n))).containsExactly(0, 0, 3);
  }

  @Test
  void badParametersAndRecordsAreRefusedInOneLine() {
    assertThatThrownBy(() -> new PopulationBootstrap(0, 0.95, 0)).hasMessageContaining("at least 1 resample");
    assertThatThrownBy(() -> new PopulationBootstrap(10, 1.0, 0)).hasMessageContaining("(0, 1)");
    List<MatchRecord> missingPair = roundRobin(1, 3, 2, 1).subList(0, 4);
    assertThatThrownBy(() -> PopulationBootstrap.withSeed(0).intervals(List.of("a", "b", "c"), missingPair))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("never met");
  }
}
