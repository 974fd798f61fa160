package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.normalform.NormalFormGame;
import org.agora.core.transform.RepeatedGame;
import org.agora.core.transform.TurnBasedGame;
import org.junit.jupiter.api.Test;

class TabularPolicyTest {

  private static NormalFormGame twoByThree() {
    return NormalFormGame.bimatrix(GameParameters.none("two_by_three"), new String[] {"a", "b"},
        new String[] {"x", "y", "z"}, new double[2][3], new double[2][3]);
  }

  @Test
  void playersSharingAKeyGetTheirOwnRows() {
    // both players' information-state key at the simultaneous node is "start"
    TabularPolicy policy = TabularPolicy.uniform(twoByThree(), 1000);
    assertThat(policy.size()).isEqualTo(2);
    assertThat(policy.actionCount()).isEqualTo(3);
    int row = policy.row(0, "start");
    int column = policy.row(1, "start");
    assertThat(row).isNotEqualTo(column);
    assertThat(policy.player(row)).isZero();
    assertThat(policy.player(column)).isEqualTo(1);
    assertThat(policy.key(column)).isEqualTo("start");
    assertThat(policy.row("start")).isEqualTo(row);
    assertThat(policy.row("nowhere")).isEqualTo(-1);
    assertThat(policy.row(2, "start")).isEqualTo(-1);
    assertThat(policy.probability(row, 1)).isEqualTo(0.5);
    assertThat(policy.probability(row, 2)).isZero();
    assertThat(policy.isLegal(row, 2)).isFalse();
    assertThat(policy.probability(column, 2)).isEqualTo(1.0 / 3.0);
    double[] out = new double[3];
    policy.actionProbabilities(twoByThree().newInitialState(), 1, out);
    assertThat(out).containsExactly(1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0);
    policy.actionProbabilities(twoByThree().newInitialState(), 0, out);
    assertThat(out).containsExactly(0.5, 0.5, 0.0);
  }

  @Test
  void theTurnBasedViewHasOneRowPerPlayer() {
    TabularPolicy policy = TabularPolicy.uniform(new TurnBasedGame(TestGames.matchingPennies()), 1000);
    assertThat(policy.size()).isEqualTo(2);
    assertThat(policy.table()).containsExactly(0.5, 0.5, 0.5, 0.5);
  }

  @Test
  void distributionsAreValidated() {
    TabularPolicy policy = TabularPolicy.uniform(twoByThree(), 1000);
    int row = policy.row(0, "start");
    policy.setProbabilities(row, new double[] {0.25, 0.75, 0});
    assertThat(policy.probability(row, 1)).isEqualTo(0.75);
    assertThatThrownBy(() -> policy.setProbabilities(row, new double[] {0.5, 0, 0.5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad probability 0.5 for action 2 at 'start'");
    assertThatThrownBy(() -> policy.setProbabilities(row, new double[] {-0.5, 1.5, 0}))
        .hasMessage("bad probability -0.5 for action 0 at 'start'");
    assertThatThrownBy(() -> policy.setProbabilities(row, new double[] {0.5, 0.4, 0}))
        .hasMessage("probabilities at 'start' sum to 0.9, not 1");
    policy.table()[row * 3] = 1;
    assertThat(policy.probability(row, 0)).isEqualTo(1.0);
  }

  @Test
  void unknownStatesAndLargeGamesAreReported() {
    TabularPolicy policy = TabularPolicy.uniform(TestGames.matchingPennies(), 1000);
    State elsewhere = new RepeatedGame(TestGames.matchingPennies(), 2, 1, 1.0).newInitialState();
    assertThatThrownBy(() -> policy.actionProbabilities(elsewhere, 0, new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("information state of player 0 not in the table: 'r0'");
    assertThatThrownBy(() -> TabularPolicy.uniform(new RepeatedGame(TestGames.matchingPennies(), 10, 1, 1.0), 100))
        .hasMessage("repeated(stage=matching_pennies,rounds=10,recall=1,continuation=1.0) has more than 100 nodes; "
            + "too large to tabulate");
  }

  @Test
  void theUniformPolicyIsUniformOverLegalActions() {
    double[] out = {9, 9, 9};
    Policy.uniform().actionProbabilities(twoByThree().newInitialState(), 1, out);
    assertThat(out).containsExactly(1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0);
    Policy.uniform().actionProbabilities(twoByThree().newInitialState(), 0, out);
    assertThat(out).containsExactly(0.5, 0.5, 0.0);
  }
}
