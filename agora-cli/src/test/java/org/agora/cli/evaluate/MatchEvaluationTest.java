package org.agora.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.job.JobContext;
import org.agora.evaluation.population.MetricIntervals;
import org.agora.evaluation.rating.RatedAgent;
import org.agora.evaluation.report.CrossTableRatings;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.junit.jupiter.api.Test;

/** The match-stream evaluation fed from an in-memory tournament, as the store will feed it. */
class MatchEvaluationTest {

  private static final String GAME = "repeated_rock_paper_scissors(rounds=100)";
  private static final List<String> AGENTS = List.of("rockbot", "copybot", "randbot", "rotatebot");

  private static List<MatchRecord> play(int matches) {
    TournamentRunner runner = new TournamentRunner(TournamentSpec.roundRobin(GAME, AGENTS, matches, 11));
    return runner.run(JobContext.sequential(), MatchSink.NONE);
  }

  @Test
  void aLiveTournamentGetsMetricsIntervalsAndStreamRatings() {
    List<MatchRecord> records = play(6);
    MatchEvaluation evaluation = MatchEvaluation.of(new EvaluationInput.Matches("run", AGENTS, 2, records), 200, 5);
    assertThat(evaluation.matches()).isEqualTo(36);
    assertThat(evaluation.table().agents()).isEqualTo(AGENTS);
    MetricIntervals rockbot = evaluation.intervals().get(0);
    // copybot beats rockbot 99 throws of 100 every match: no spread
    assertThat(rockbot.withinPopulationExploitability().lower()).isEqualTo(99.0);
    assertThat(rockbot.withinPopulationExploitability().width()).isZero();
    MetricIntervals randbot = evaluation.intervals().get(2);
    assertThat(randbot.populationReturn().width()).isPositive();
    assertThat(randbot.populationReturn().contains(randbot.estimate().populationReturn())).isTrue();
    assertThat(evaluation.streamRatings().elo()).extracting(RatedAgent::agent).endsWith("rockbot");
    assertThat(evaluation.streamRatings().elo()).extracting(RatedAgent::matches).containsOnly(18L);
    CrossTableRatings ratings = CrossTableRatings.of(evaluation.table(), 1.0, 50);
    assertThat(ratings.nashWeights()[0]).isLessThan(1e-9);
  }

  @Test
  void theRenderingsOfALiveTournamentCarryTheIntervals() {
    List<MatchRecord> records = play(4);
    MatchEvaluation evaluation = MatchEvaluation.of(new EvaluationInput.Matches("run", AGENTS, 2, records), 100, 1);
    MetricsOutput output = new MetricsOutput("run", evaluation.table(), evaluation.intervals(), evaluation.matches());
    assertThat(output.text()).contains("run: 4 agents, 24 matches; 95% bootstrap intervals", "95% INTERVAL");
    assertThat(output.json()).contains("\"intervals\"");
    assertThat(output.csv().lines().skip(1)).allSatisfy(line -> assertThat(line.split(",", -1))
        .hasSize(11).doesNotContain(""));
    RatingsOutput ratings = new RatingsOutput("run", List.of(RatingMethod.ELO, RatingMethod.GLICKO2,
        RatingMethod.WENG_LIN), null, evaluation.streamRatings());
    assertThat(ratings.csv().lines()).hasSize(1 + 3 * 4);
    assertThat(ratings.text()).contains("Elo (K 32", "Glicko-2", "Weng-Lin");
  }

  @Test
  void theSameRecordsInAnotherOrderGiveTheSameEvaluation() {
    List<MatchRecord> records = play(4);
    List<MatchRecord> reversed = new java.util.ArrayList<>(records);
    java.util.Collections.reverse(reversed);
    MatchEvaluation forward = MatchEvaluation.of(new EvaluationInput.Matches("run", AGENTS, 2, records), 50, 3);
    MatchEvaluation backward = MatchEvaluation.of(new EvaluationInput.Matches("run", AGENTS, 2, reversed), 50, 3);
    assertThat(backward.intervals()).isEqualTo(forward.intervals());
    assertThat(backward.streamRatings().elo()).isEqualTo(forward.streamRatings().elo());
  }

  @Test
  void noRecordsOrAMissingPairingAreRefused() {
    assertThatThrownBy(() -> MatchEvaluation.of(new EvaluationInput.Matches("t 1", AGENTS, 2, List.of()), 10, 0))
        .hasMessage("t 1 has no matches to evaluate");
    List<MatchRecord> partial = play(2).subList(0, 4);
    assertThatThrownBy(() -> MatchEvaluation.of(new EvaluationInput.Matches("t 1", AGENTS, 2, partial), 10, 0))
        .hasMessageContaining("never met");
  }
}
