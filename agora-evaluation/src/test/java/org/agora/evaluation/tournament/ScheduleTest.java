package org.agora.evaluation.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  @Test
  void roundRobinMeetsEveryGroupOnce() {
    assertThat(new Schedule.RoundRobin(false).pairings(3, 2))
        .containsExactly(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2});
    assertThat(new Schedule.RoundRobin(true).pairings(3, 2)).containsExactly(new int[] {0, 0}, new int[] {0, 1},
        new int[] {0, 2}, new int[] {1, 1}, new int[] {1, 2}, new int[] {2, 2});
    // C(5, 3) groups of three
    assertThat(new Schedule.RoundRobin(false).pairings(5, 3)).hasSize(10).contains(new int[] {0, 2, 4});
    assertThatThrownBy(() -> new Schedule.RoundRobin(false).pairings(1, 2))
        .hasMessage("a round robin of a 2-player game needs at least 2 agents, got 1 (or allow self-play)");
  }

  @Test
  void oneVsPopulationSeatsTheFocalAgentAgainstEveryGroupOfOthers() {
    assertThat(new Schedule.OneVsPopulation(1).pairings(4, 2))
        .containsExactly(new int[] {1, 0}, new int[] {1, 2}, new int[] {1, 3});
    assertThat(new Schedule.OneVsPopulation(0).pairings(4, 3))
        .containsExactly(new int[] {0, 1, 2}, new int[] {0, 1, 3}, new int[] {0, 2, 3});
    assertThatThrownBy(() -> new Schedule.OneVsPopulation(4).pairings(4, 2))
        .hasMessage("the focal agent 4 is not one of the 4 agents");
  }

  @Test
  void customSeatingsAreCheckedAgainstTheAgentsAndTheGame() {
    Schedule custom = new Schedule.Custom(List.of(new int[] {2, 0}, new int[] {1, 1}));
    assertThat(custom.pairings(3, 2)).containsExactly(new int[] {2, 0}, new int[] {1, 1});
    assertThat(custom).isEqualTo(new Schedule.Custom(List.of(new int[] {2, 0}, new int[] {1, 1})));
    assertThatThrownBy(() -> custom.pairings(2, 2)).hasMessage("seating [2, 0] names agent 2; there are 2 agents (0 to 1)");
    assertThatThrownBy(() -> custom.pairings(3, 3)).hasMessage("seating [2, 0] has 2 seats; the game has 3 players");
    assertThatThrownBy(() -> new Schedule.Custom(List.of())).hasMessage("a custom schedule needs at least one seating");
  }

  @Test
  void seatsRotateFromMatchToMatch() {
    assertThat(TournamentRunner.rotate(new int[] {4, 7}, 0)).containsExactly(4, 7);
    assertThat(TournamentRunner.rotate(new int[] {4, 7}, 1)).containsExactly(7, 4);
    assertThat(TournamentRunner.rotate(new int[] {1, 2, 3}, 2)).containsExactly(3, 1, 2);
    assertThat(TournamentRunner.rotate(new int[] {1, 2, 3}, 3)).containsExactly(1, 2, 3);
  }
}
