package org.agora.games.repeated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.RandomPlayout;
import org.agora.core.State;
import org.junit.jupiter.api.Test;

class IteratedPrisonersDilemmaTest {

  private static final int COOPERATE = 0;
  private static final int DEFECT = 1;
  private static final int STOP = 0;
  private static final int CONTINUE = 1;

  @Test
  void defaults() {
    Game game = GameRegistry.create("iterated_prisoners_dilemma");
    assertThat(game.name()).isEqualTo("iterated_prisoners_dilemma(continuation=0.95,max_rounds=1000,recall=1,"
        + "temptation=5.0,reward=3.0,punishment=1.0,sucker=0.0)");
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SIMULTANEOUS, GameType.Chance.EXPLICIT,
        GameType.Information.IMPERFECT, GameType.Utility.GENERAL_SUM));
    assertThat(game.maxChanceOutcomes()).isEqualTo(2);
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
  }

  @Test
  void scriptedMatchWithChanceEnding() {
    Game game = GameRegistry.create("iterated_prisoners_dilemma(continuation=0.75)");
    State state = game.newInitialState();
    state.apply(new int[] {COOPERATE, COOPERATE});
    assertThat(state.isChanceNode()).isTrue();
    int[] outcomes = new int[2];
    double[] probabilities = new double[2];
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(2);
    assertThat(outcomes).containsExactly(STOP, CONTINUE);
    assertThat(probabilities).containsExactly(0.25, 0.75);
    state.apply(CONTINUE);
    state.apply(new int[] {DEFECT, COOPERATE});
    assertThat(state.returns()).containsExactly(8, 3);
    state.apply(CONTINUE);
    state.apply(new int[] {DEFECT, DEFECT});
    state.apply(STOP);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(9, 4);
    assertThat(state.actionToString(0, DEFECT)).isEqualTo("defect");
  }

  @Test
  void continuationOneGivesAFixedNumberOfRounds() {
    Game game = GameRegistry.create("iterated_prisoners_dilemma(continuation=1,max_rounds=3,reward=4)");
    assertThat(game.type().chance()).isEqualTo(GameType.Chance.NONE);
    State state = game.newInitialState();
    for (int round = 0; round < 3; round++) {
      assertThat(state.isSimultaneousNode()).isTrue();
      state.apply(new int[] {COOPERATE, COOPERATE});
    }
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(12, 12);
  }

  @Test
  void averageLengthIsOneOverOneMinusContinuation() {
    Game game = GameRegistry.create("iterated_prisoners_dilemma");
    RandomPlayout playout = new RandomPlayout(game);
    SplittableRandom random = new SplittableRandom(11);
    int matches = 4000;
    long rounds = 0;
    for (int i = 0; i < matches; i++) {
      State end = playout.play(random);
      rounds += (end.historyLength() + 1) / 3;
    }
    assertThat(rounds / (double) matches).isBetween(19.0, 21.0);
  }

  @Test
  void payoffConstraintsAreChecked() {
    assertThatThrownBy(() -> GameRegistry.create("iterated_prisoners_dilemma(temptation=10)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageStartingWith("iterated_prisoners_dilemma: parameter 'reward' value 3.0 must exceed");
    assertThatThrownBy(() -> GameRegistry.create("iterated_prisoners_dilemma(punishment=4)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageStartingWith("iterated_prisoners_dilemma: parameter 'reward' value 3.0 must be greater than "
            + "'punishment' value 4.0");
    assertThatThrownBy(() -> GameRegistry.create("iterated_prisoners_dilemma(max_rounds=5,recall=6)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'recall' value 6");
    assertThatThrownBy(() -> GameRegistry.create("iterated_prisoners_dilemma(continuation=1.5)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'continuation' value '1.5' is out of range");
  }
}
