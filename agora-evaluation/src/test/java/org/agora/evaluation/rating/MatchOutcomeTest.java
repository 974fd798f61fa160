package org.agora.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchOutcomeTest {

  @Test
  void ranksAreCompetitionRanksFromTheReturnsAndTiesShareThem() {
    MatchOutcome match = new MatchOutcome(List.of("a", "b", "c", "d"), new double[] {1, 5, 1, -2});
    assertThat(match.ranks()).containsExactly(1, 0, 1, 3);
    assertThat(match.score(1, 0)).isEqualTo(1.0);
    assertThat(match.score(0, 2)).isEqualTo(0.5);
    assertThat(match.score(3, 0)).isEqualTo(0.0);
    assertThat(MatchOutcome.of("x", "y", 0.0, -0.0).score(0, 1)).isEqualTo(0.5);
    assertThat(match.isSelfPlay()).isFalse();
    assertThat(MatchOutcome.of("x", "x", 1, 0).isSelfPlay()).isTrue();
  }

  @Test
  void theReturnsAreCopiedInAndOut() {
    double[] returns = {1, 0};
    MatchOutcome match = new MatchOutcome(List.of("a", "b"), returns);
    returns[0] = -5;
    match.returns()[1] = 9;
    assertThat(match.returns()).containsExactly(1, 0);
    assertThat(match).isEqualTo(MatchOutcome.of("a", "b", 1, 0)).hasSameHashCodeAs(MatchOutcome.of("a", "b", 1, 0));
  }

  @Test
  void badMatchesAreRefusedWithTheOffendingValue() {
    assertThatThrownBy(() -> new MatchOutcome(List.of("a"), new double[] {1})).hasMessage(
        "a match needs at least 2 seats, got 1");
    assertThatThrownBy(() -> new MatchOutcome(List.of("a", "b"), new double[] {1})).hasMessage(
        "a match needs one return per seat: 2 agents [a, b] but 1 returns [1.0]");
    assertThatThrownBy(() -> MatchOutcome.of("a", " ", 1, 0)).hasMessage("the agent name of seat 1 is blank");
    assertThatThrownBy(() -> MatchOutcome.of("a", "b", Double.NaN, 0)).hasMessage(
        "the return of seat 0 (a) must be finite, got NaN");
  }
}
