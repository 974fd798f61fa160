package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.agora.evaluation.tournament.MatchRecord;
import org.junit.jupiter.api.Test;

class JobResultsTest {

  private static MatchRecord match(long index, int first, int second, double firstReturn) {
    return new MatchRecord(index, 0, (int) index, new int[] {first, second}, index, new double[] {firstReturn, -firstReturn},
        10, 0L);
  }

  @Test
  void partialStandingsLeaveUnmetPairsEmptyAndRankByTheReturnAgainstOpponentsMet() {
    // a met b twice (a won 3 and lost 1: mean +1), b met c once (b won 2); a and c have not met
    List<MatchRecord> played = List.of(match(0, 0, 1, 3), match(1, 1, 0, 1), match(2, 1, 2, 2));
    JsonNode standings = JobResults.partialTournament(List.of("a", "b", "c"), played);
    assertThat(standings.get("partial").asBoolean()).isTrue();
    assertThat(standings.get("matches").asLong()).isEqualTo(3);
    assertThat(standings.at("/crossTable/meanReturns/0/1").asDouble()).isEqualTo(1.0);
    assertThat(standings.at("/crossTable/meanReturns/1/0").asDouble()).isEqualTo(-1.0);
    assertThat(standings.at("/crossTable/meanReturns/0/2").isNull()).isTrue();
    assertThat(standings.at("/crossTable/matches/0/1").asLong()).isEqualTo(2);
    assertThat(standings.at("/crossTable/matches/0/2").asLong()).isZero();
    JsonNode ranking = standings.get("metrics");
    assertThat(ranking.get(0).get("agent").asText()).isEqualTo("a");
    assertThat(ranking.get(0).get("populationReturn").asDouble()).isEqualTo(1.0);
    assertThat(ranking.get(1).get("agent").asText()).isEqualTo("b");
    assertThat(ranking.get(1).get("populationReturn").asDouble()).isEqualTo(0.5); // (-1 + 2) / 2
    assertThat(ranking.get(1).get("opponentsMet").asInt()).isEqualTo(2);
    assertThat(ranking.get(2).get("agent").asText()).isEqualTo("c");
    assertThat(ranking.get(2).get("populationReturn").asDouble()).isEqualTo(-2.0);
    assertThat(ranking.get(2).get("aggregateScore").isNull()).isTrue();
  }
}
