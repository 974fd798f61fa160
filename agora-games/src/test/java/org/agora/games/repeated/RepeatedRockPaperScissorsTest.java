package org.agora.games.repeated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.RandomPlayout;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.junit.jupiter.api.Test;

class RepeatedRockPaperScissorsTest {

  private static final int ROCK = 0;
  private static final int PAPER = 1;
  private static final int SCISSORS = 2;

  @Test
  void defaultIsTheThousandThrowMatch() {
    Game game = GameRegistry.create("repeated_rock_paper_scissors");
    assertThat(game.name()).isEqualTo("repeated_rock_paper_scissors(rounds=1000,recall=1)");
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SIMULTANEOUS, GameType.Chance.NONE,
        GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM));
    assertThat(game.playerCount()).isEqualTo(2);
    assertThat(game.actionCount()).isEqualTo(3);
    assertThat(game.maxGameLength()).isEqualTo(1000);
    assertThat(game.minUtility()).isEqualTo(-1000);
    assertThat(game.maxUtility()).isEqualTo(1000);
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
  }

  @Test
  void scriptedMatchScoresEachThrow() {
    Game game = GameRegistry.create("repeated_rock_paper_scissors(rounds=3,recall=2)");
    State state = game.newInitialState();
    assertThat(state.isSimultaneousNode()).isTrue();
    assertThat(state.game()).isSameAs(game);
    state.apply(new int[] {ROCK, SCISSORS});
    assertThat(state.returns()).containsExactly(1, -1);
    state.apply(new int[] {PAPER, PAPER});
    assertThat(state.returns()).containsExactly(1, -1);
    assertThat(state.observation(0)).contains("0,2").contains("1,1");
    State copy = state.copy();
    state.apply(new int[] {SCISSORS, ROCK});
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(0, 0);
    assertThat(state.history()).containsExactly(ROCK, SCISSORS, PAPER, PAPER, SCISSORS, ROCK);
    assertThat(copy.isTerminal()).isFalse();
    assertThat(copy.actionToString(1, PAPER)).isEqualTo("paper");
    assertThat(StateSerializer.deserialize(StateSerializer.serialize(state)).returns()).containsExactly(0, 0);
    assertThat(StateSerializer.serialize(state)).startsWith("repeated_rock_paper_scissors(rounds=3,recall=2)\n");
  }

  @Test
  void observationTensorShowsTheLastThrows() {
    Game game = GameRegistry.create("repeated_rock_paper_scissors(rounds=5,recall=2)");
    State state = game.newInitialState();
    state.apply(new int[] {ROCK, PAPER});
    state.apply(new int[] {SCISSORS, ROCK});
    ObservationTensorWriter tensor = game.ability(ObservationTensorWriter.class).orElseThrow();
    assertThat(tensor.shape()).containsExactly(2, 2, 3);
    float[] out = new float[tensor.size()];
    tensor.write(state, 0, out, 0);
    // newest first: (scissors, rock), then (rock, paper)
    assertThat(out).containsExactly(0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0);
  }

  @Test
  void randomMatchesStayInBoundsWithoutAllocatingPerThrow() {
    Game game = GameRegistry.create("repeated_rock_paper_scissors");
    RandomPlayout playout = new RandomPlayout(game);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      State end = playout.play(random);
      assertThat(end.historyLength()).isEqualTo(2000);
      assertThat(Math.abs(end.returns(0))).isLessThanOrEqualTo(1000);
      assertThat(end.returns(0) + end.returns(1)).isZero();
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    int matches = 50;
    for (int i = 0; i < matches; i++) {
      playout.play(random);
    }
    long perMatch = (threads.getThreadAllocatedBytes(thread) - before) / matches;
    // the initial state with its 2001-entry history buffer is about 8 KB; a throw allocates nothing
    assertThat(perMatch).isLessThan(12_000);
  }

  @Test
  void recallMustFitTheMatch() {
    assertThatThrownBy(() -> GameRegistry.create("repeated_rock_paper_scissors(rounds=10,recall=11)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("parameter 'recall' value 11")
        .hasMessageContaining("rounds=10");
    assertThatThrownBy(() -> GameRegistry.create("repeated_rock_paper_scissors(rounds=0)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'rounds' value '0' is out of range");
  }
}
