package org.agora.core.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;
import org.agora.core.TestGames;
import org.agora.core.Turn;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class RepeatedGameTest {

  private static final int C = 0;
  private static final int D = 1;

  @Test
  void returnsAreRunningSumsOfStagePayoffs() {
    RepeatedGame game = new RepeatedGame(TestGames.prisonersDilemma(), 3, 2, 1.0);
    State state = game.newInitialState();
    state.apply(new int[] {C, C});
    assertThat(state.returns()).containsExactly(3.0, 3.0);
    state.apply(new int[] {D, C});
    assertThat(state.returns()).containsExactly(8.0, 3.0);
    assertThat(state.isSimultaneousNode()).isTrue();
    state.apply(new int[] {D, D});
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(9.0, 4.0);
    assertThat(state.history()).containsExactly(C, C, D, C, D, D);
    assertThat(state.actionToString(0, D)).isEqualTo("defect");
  }

  @Test
  void declaresItsShape() {
    RepeatedGame game = new RepeatedGame(TestGames.prisonersDilemma(), 3, 2, 1.0);
    assertThat(game.name()).isEqualTo("repeated(stage=prisoners_dilemma,rounds=3,recall=2,continuation=1.0)");
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SIMULTANEOUS, GameType.Chance.NONE,
        GameType.Information.IMPERFECT, GameType.Utility.GENERAL_SUM));
    assertThat(game.maxGameLength()).isEqualTo(3);
    assertThat(game.maxChanceOutcomes()).isZero();
    assertThat(game.minUtility()).isEqualTo(0.0);
    assertThat(game.maxUtility()).isEqualTo(15.0);
    assertThat(game.playerName(1)).isEqualTo("column");
    assertThat(game.stage().name()).isEqualTo("prisoners_dilemma");
  }

  @Test
  void keysRememberEverythingButObservationsOnlyTheRecall() {
    RepeatedGame game = new RepeatedGame(TestGames.prisonersDilemma(), 4, 2, 1.0);
    State first = play(game, new int[][] {{C, C}, {D, C}, {D, D}});
    State second = play(game, new int[][] {{D, D}, {D, C}, {D, D}});
    assertThat(first.observation(0)).isEqualTo(second.observation(0)).contains("1,0 1,1").doesNotContain("0,0");
    assertThat(first.informationStateKey(0)).isNotEqualTo(second.informationStateKey(0));
    assertThat(first.informationStateKey(0)).isEqualTo(first.informationStateKey(1)).isEqualTo("r3: 0,0 1,0 1,1");
  }

  @Test
  void tensorShowsTheLastRecallRoundsNewestFirst() {
    RepeatedGame game = new RepeatedGame(TestGames.prisonersDilemma(), 4, 2, 1.0);
    ObservationTensorWriter writer = game.ability(ObservationTensorWriter.class).orElseThrow();
    State start = game.newInitialState();
    assertThat(writer.shape()).containsExactly(2, 2, 2);
    float[] tensor = new float[writer.size()];
    writer.write(start, 0, tensor, 0);
    assertThat(tensor).containsOnly(0f);
    State later = play(game, new int[][] {{C, C}, {D, C}, {D, D}});
    writer.write(later, 1, tensor, 0);
    // [round back][player][action]: last round (D, D), the one before (D, C); the first is forgotten
    assertThat(tensor).containsExactly(0, 1, 0, 1, 0, 1, 1, 0);
  }

  @Test
  void continuationAddsChanceNodesAfterEachRoundButTheLast() {
    RepeatedGame game = new RepeatedGame(TestGames.matchingPennies(), 3, 1, 0.75);
    assertThat(game.type().chance()).isEqualTo(GameType.Chance.EXPLICIT);
    assertThat(game.maxChanceOutcomes()).isEqualTo(2);
    assertThat(game.maxGameLength()).isEqualTo(5);
    State state = game.newInitialState();
    state.apply(new int[] {0, 1});
    assertThat(state.turn()).isEqualTo(Turn.CHANCE);
    int[] outcomes = new int[2];
    double[] probabilities = new double[2];
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(2);
    assertThat(outcomes).containsExactly(0, 1);
    assertThat(probabilities).containsExactly(0.25, 0.75);
    assertThat(state.legalActions(outcomes)).isEqualTo(2);
    assertThat(state.legalActions(0, outcomes)).isZero();
    assertThat(state.chanceOutcomeToString(1)).isEqualTo("continue");
    assertThat(state.chanceOutcomeToString(0)).isEqualTo("stop");
    state.apply(1);
    state.apply(new int[] {1, 1});
    state.apply(1);
    state.apply(new int[] {0, 0});
    assertThat(state.isTerminal()).as("the third round is the cap").isTrue();
    assertThat(state.history()).containsExactly(0, 1, 1, 1, 1, 1, 0, 0);
    assertThat(state.returns()).containsExactly(1.0, -1.0);

    State stopped = game.newInitialState();
    stopped.apply(new int[] {0, 0});
    stopped.apply(0);
    assertThat(stopped.isTerminal()).isTrue();
    assertThat(stopped.returns()).containsExactly(1.0, -1.0);
  }

  @Test
  void samplesTheContinuationWithItsProbability() {
    State state = new RepeatedGame(TestGames.matchingPennies(), 3, 1, 0.75).newInitialState();
    state.apply(new int[] {0, 0});
    SplittableRandom random = new SplittableRandom(7);
    int continued = 0;
    for (int i = 0; i < 10_000; i++) {
      continued += state.sampleChanceOutcome(random);
    }
    assertThat(continued / 10_000.0).isCloseTo(0.75, within(0.02));
  }

  @Test
  void zeroContinuationListsOnlyTheStop() {
    State state = new RepeatedGame(TestGames.matchingPennies(), 3, 1, 0.0).newInitialState();
    state.apply(new int[] {0, 0});
    int[] outcomes = new int[2];
    double[] probabilities = new double[2];
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(1);
    assertThat(outcomes[0]).isZero();
    assertThat(probabilities[0]).isEqualTo(1.0);
    assertThat(state.legalActions(outcomes)).isEqualTo(1);
    assertThat(state.sampleChanceOutcome(new SplittableRandom(1))).isZero();
  }

  @Test
  void utilityRelationFollowsTheStage() {
    NormalFormGame constantSum = NormalFormGame.bimatrix(org.agora.core.GameParameters.none("split"),
        new String[] {"a", "b"}, new String[] {"a", "b"}, new double[][] {{1, 2}, {0, 1}},
        new double[][] {{1, 0}, {2, 1}});
    RepeatedGame fixed = new RepeatedGame(constantSum, 4, 1, 1.0);
    assertThat(fixed.type().utility()).isEqualTo(GameType.Utility.CONSTANT_SUM);
    assertThat(fixed.utilitySum()).hasValue(8.0);
    RepeatedGame random = new RepeatedGame(constantSum, 4, 1, 0.5);
    assertThat(random.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(random.utilitySum()).isEmpty();
    RepeatedGame zeroSum = new RepeatedGame(TestGames.matchingPennies(), 4, 1, 0.5);
    assertThat(zeroSum.utilitySum()).hasValue(0.0);
    assertThat(zeroSum.minUtility()).isEqualTo(-4.0);
    assertThat(zeroSum.maxUtility()).isEqualTo(4.0);
  }

  @Test
  void rejectsStageGamesThatAreNotOneShotSimultaneous() {
    NormalFormGame pennies = TestGames.matchingPennies();
    assertThatThrownBy(() -> new RepeatedGame(new TurnBasedGame(pennies), 3, 1, 1.0))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("repeated: stage game turn_based(game=matching_pennies) must be a chance-free one-shot "
            + "simultaneous game (a normal-form game)");
    assertThatThrownBy(() -> new RepeatedGame(new RepeatedGame(pennies, 2, 1, 0.5), 3, 1, 1.0))
        .hasMessageContaining("must be a chance-free one-shot simultaneous game");
    assertThatThrownBy(() -> new RepeatedGame(new RepeatedGame(pennies, 2, 1, 1.0), 3, 1, 1.0))
        .hasMessage("repeated: stage game repeated(stage=matching_pennies,rounds=2,recall=1,continuation=1.0) "
            + "does not end after one joint action");
  }

  @Test
  void rejectsOutOfRangeParameters() {
    NormalFormGame pennies = TestGames.matchingPennies();
    assertThatThrownBy(() -> new RepeatedGame(pennies, 0, 1, 1.0)).hasMessage("repeated: rounds must be >= 1, got 0");
    assertThatThrownBy(() -> new RepeatedGame(pennies, 3, 0, 1.0)).hasMessage("repeated: recall 0 must be in [1, rounds=3]");
    assertThatThrownBy(() -> new RepeatedGame(pennies, 3, 1, 1.5))
        .hasMessage("repeated: continuation 1.5 must be in [0, 1]");
    assertThatThrownBy(() -> new RepeatedGame(pennies, 3, 1, Double.NaN))
        .hasMessage("repeated: continuation NaN must be in [0, 1]");
    State state = new RepeatedGame(pennies, 3, 1, 1.0).newInitialState();
    assertThatThrownBy(() -> state.apply(new int[] {2, 0})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("action 2 is not legal for player 0");
  }

  @Test
  void refusesStageTablesAndObservationsTooLargeToAllocate() {
    int strategies = 1415; // 2 x 1415^2 = 4,004,450 payoffs, just above the limit
    String[] names = new String[strategies];
    java.util.Arrays.setAll(names, s -> "s" + s);
    NormalFormGame large = NormalFormGame.of(org.agora.core.GameParameters.of("large", java.util.Map.of()), "large",
        new String[] {"row", "column"}, new String[][] {names, names}, new double[2 * strategies * strategies]);
    assertThatThrownBy(() -> new RepeatedGame(large, 3, 1, 1.0))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("repeated: stage game large has 2002225 joint actions, too many to tabulate; allowed: "
            + "players x joint actions <= 4000000");

    NormalFormGame pennies = TestGames.matchingPennies();
    int recall = (1 << 22) + 1; // 2 players x 2 actions x recall = 2^24 + 4 entries
    assertThatThrownBy(() -> new RepeatedGame(pennies, recall, recall, 1.0))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("repeated: parameter 'recall' value '4194305' gives observations of 16777220 entries "
            + "(recall x 2 players x 2 actions); allowed: at most 16777216, so recall <= 4194304");
    assertThat(new RepeatedGame(pennies, 1 << 22, 1 << 22, 1.0).ability(ObservationTensorWriter.class))
        .hasValueSatisfying(tensor -> assertThat(tensor.size()).isEqualTo(1 << 24));
  }

  @Test
  void copiesAreIndependent() {
    State state = play(new RepeatedGame(TestGames.prisonersDilemma(), 3, 1, 1.0), new int[][] {{C, D}});
    State copy = state.copy();
    copy.apply(new int[] {D, D});
    assertThat(state.returns()).containsExactly(0.0, 5.0);
    assertThat(copy.returns()).containsExactly(1.0, 6.0);
    assertThat(state.history()).containsExactly(C, D);
  }

  private static State play(RepeatedGame game, int[][] rounds) {
    State state = game.newInitialState();
    for (int[] joint : rounds) {
      state.apply(joint);
    }
    return state;
  }
}
