package org.agora.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.agora.evaluation.tournament.MatchRecord;
import org.junit.jupiter.api.Test;

class MatchStreamRatingsTest {

  private static final List<String> AGENTS = List.of("weak", "middle", "strong");

  /** A round robin in which the higher index always wins, seats alternating. */
  private static List<MatchRecord> transitive(int matches) {
    List<MatchRecord> records = new ArrayList<>();
    int pairing = 0;
    for (int i = 0; i < AGENTS.size(); i++) {
      for (int j = i + 1; j < AGENTS.size(); j++) {
        for (int m = 0; m < matches; m++) {
          int first = m % 2 == 0 ? i : j;
          int second = m % 2 == 0 ? j : i;
          double value = first > second ? 1 : -1;
          records.add(new MatchRecord((long) pairing * matches + m, pairing, m, new int[] {first, second}, m,
              new double[] {value, -value}, 1, 0));
        }
        pairing++;
      }
    }
    return records;
  }

  @Test
  void everySystemRanksATransitivePopulationInOrder() {
    MatchStreamRatings ratings = MatchStreamRatings.of(AGENTS, transitive(20));
    assertThat(ratings.elo()).extracting(RatedAgent::agent).containsExactly("strong", "middle", "weak");
    assertThat(ratings.glicko2()).extracting(RatedAgent::agent).containsExactly("strong", "middle", "weak");
    assertThat(ratings.wengLin()).extracting(RatedAgent::agent).containsExactly("strong", "middle", "weak");
    assertThat(ratings.elo()).extracting(RatedAgent::matches).containsOnly(40L);
  }

  @Test
  void theRatingsDependOnTheRecordsNotOnTheirOrder() {
    List<MatchRecord> records = transitive(9);
    List<MatchRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(3));
    MatchStreamRatings ordered = MatchStreamRatings.of(AGENTS, records);
    MatchStreamRatings reordered = MatchStreamRatings.of(AGENTS, shuffled);
    assertThat(reordered.elo()).isEqualTo(ordered.elo());
    assertThat(reordered.glicko2()).isEqualTo(ordered.glicko2());
    assertThat(reordered.wengLin()).isEqualTo(ordered.wengLin());
  }

  @Test
  void theFirstRoundIsRatedBeforeTheSecondPairingsLaterMatches() {
    // in rounds, after round 0 every pairing has played once: the Elo trajectory's second point
    // (after one round of 3 matches) already separates all three agents
    MatchStreamRatings ratings = MatchStreamRatings.of(AGENTS, transitive(4), Elo.standard(), Glicko2.standard(),
        WengLin.plackettLuce(), 10);
    assertThat(ratings.trajectoryMatches()).containsExactly(0, 3, 6, 9, 12);
    assertThat(ratings.eloTrajectory(0)[0]).isEqualTo(1500);
    assertThat(ratings.eloTrajectory(2)[1]).isGreaterThan(ratings.eloTrajectory(1)[1]);
    assertThat(ratings.eloTrajectory(1)[1]).isGreaterThan(ratings.eloTrajectory(0)[1]);
  }

  @Test
  void theTrajectoryIsSampledToAtMostTheRequestedPoints() {
    MatchStreamRatings ratings = MatchStreamRatings.of(AGENTS, transitive(100), Elo.standard(), Glicko2.standard(),
        WengLin.plackettLuce(), 10);
    assertThat(ratings.trajectoryMatches()).hasSize(11).startsWith(0).endsWith(300);
    assertThat(ratings.eloTrajectories()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(11));
  }

  @Test
  void aRecordNamingAnUnknownAgentIsRefused() {
    List<MatchRecord> records = List.of(new MatchRecord(0, 0, 0, new int[] {0, 5}, 0, new double[] {1, -1}, 1, 0));
    assertThatThrownBy(() -> MatchStreamRatings.of(AGENTS, records)).hasMessageContaining("names agent 5");
  }
}
