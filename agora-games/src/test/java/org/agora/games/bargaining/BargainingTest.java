package org.agora.games.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.ExactValues;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.RandomPlayout;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BargainingTest {

  private static BargainingGame game(String spec) {
    return (BargainingGame) GameRegistry.create(spec);
  }

  private static boolean isLegal(State state, int action) {
    int[] legal = new int[state.game().actionCount()];
    int count = state.legalActions(legal);
    for (int i = 0; i < count; i++) {
      if (legal[i] == action) {
        return true;
      }
    }
    return false;
  }

  @Test
  void bundledInstancesAreTheThousandDealOrNoDealInstances() {
    List<BargainingInstance> instances = BargainingInstances.builtin();
    assertThat(instances).hasSize(1000);
    for (BargainingInstance instance : instances) {
      assertThat(instance.itemTypes()).isEqualTo(3);
      assertThat(instance.totalValue(0)).as("%s", instance).isEqualTo(10);
      assertThat(instance.totalValue(1)).as("%s", instance).isEqualTo(10);
      int items = instance.count(0) + instance.count(1) + instance.count(2);
      assertThat(items).isBetween(5, 7);
    }
    assertThat(instances.get(0).toString()).isEqualTo("1,2,3 8,1,0 4,0,2");
    assertThat(instances.get(999).toString()).isEqualTo("1,5,1 3,1,2 4,0,6");
  }

  @Test
  void defaultGame() {
    BargainingGame game = game("bargaining");
    assertThat(game.name()).isEqualTo("bargaining(instances=builtin,max_turns=10,discount=1.0,prob_end=0.0)");
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
        GameType.Information.IMPERFECT, GameType.Utility.GENERAL_SUM));
    assertThat(game.offerCount()).isEqualTo(6 * 6 * 6);
    assertThat(game.actionCount()).isEqualTo(217);
    assertThat(game.maxChanceOutcomes()).isEqualTo(1000);
    assertThat(game.maxUtility()).isEqualTo(10);
    assertThat(game.maxGameLength()).isEqualTo(11);
    State state = game.newInitialState();
    int[] outcomes = new int[1000];
    double[] probabilities = new double[1000];
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(1000);
    assertThat(probabilities[0]).isEqualTo(0.001);
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
  }

  @Test
  void scriptedNegotiation() {
    BargainingGame game = game("bargaining(discount=0.5)");
    State state = game.newInitialState();
    state.apply(0); // pool 1,2,3; player 0 values 8,1,0; player 1 values 4,0,2
    assertThat(state.currentPlayer()).isZero();
    assertThat(isLegal(state, game.agreeAction())).isFalse();
    state.apply(game.offerId(1, 2, 0));
    assertThat(state.currentPlayer()).isEqualTo(1);
    assertThat(isLegal(state, game.agreeAction())).isTrue();
    state.apply(game.offerId(1, 0, 3)); // player 1 keeps the first item and the three of the third type
    State accepted = state.copy();
    accepted.apply(game.agreeAction());
    assertThat(accepted.isTerminal()).isTrue();
    // player 1 keeps 4 + 3 x 2 = 10, player 0 gets two items worth 1 each; second offer, discounted once
    assertThat(accepted.returns()).containsExactly(1, 5);
    assertThat(accepted.game().ability(ExactValues.class).orElseThrow().exactReturn(accepted, 0)).isEqualTo(Rational.ONE);
    state.apply(game.offerId(1, 1, 0));
    state.apply(game.agreeAction());
    // player 0 keeps 8 + 1 = 9; player 1 gets one item of the second type (0) and three of the third (6)
    assertThat(state.returns()).containsExactly(9 * 0.25, 6 * 0.25);
    assertThat(state.actionToString(0, game.offerId(1, 1, 0))).isEqualTo("keep 1,1,0");
    assertThat(state.actionToString(1, game.agreeAction())).isEqualTo("agree");
    State replayed = StateSerializer.deserialize(StateSerializer.serialize(state));
    assertThat(replayed.returns()).containsExactly(9 * 0.25, 6 * 0.25);
  }

  @Test
  void offersBeyondThePoolAreIllegal() {
    BargainingGame game = game("bargaining");
    State state = game.newInitialState();
    state.apply(0);
    int tooMany = game.offerId(2, 0, 0);
    assertThat(isLegal(state, tooMany)).isFalse();
    assertThat(isLegal(state, game.offerId(1, 2, 3))).isTrue();
    int[] legal = new int[game.actionCount()];
    assertThat(state.legalActions(legal)).isEqualTo(2 * 3 * 4);
    assertThatThrownBy(() -> state.copy().apply(tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keep 2,0,0")
        .hasMessageContaining("pool 1,2,3");
    assertThatThrownBy(() -> state.copy().apply(game.agreeAction()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agree before any offer");
  }

  @Test
  void noDealAfterMaxTurns() {
    BargainingGame game = game("bargaining(max_turns=3)");
    State state = game.newInitialState();
    state.apply(5);
    for (int turn = 0; turn < 3; turn++) {
      assertThat(state.isDecisionNode()).isTrue();
      state.apply(game.offerId(0, 0, 0));
    }
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(0, 0);
  }

  @Test
  void chanceCanEndTheNegotiationAfterAnOffer() {
    BargainingGame game = game("bargaining(prob_end=0.25,max_turns=2)");
    assertThat(game.maxGameLength()).isEqualTo(4);
    State state = game.newInitialState();
    state.apply(0);
    state.apply(game.offerId(1, 0, 0));
    assertThat(state.isChanceNode()).isTrue();
    int[] outcomes = new int[1000];
    double[] probabilities = new double[1000];
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(2);
    assertThat(probabilities[0]).isEqualTo(0.25);
    assertThat(state.informationStateKey(1)).endsWith("; ?");
    State stopped = state.copy();
    stopped.apply(BargainingState.END);
    assertThat(stopped.isTerminal()).isTrue();
    assertThat(stopped.returns()).containsExactly(0, 0);
    state.apply(BargainingState.CONTINUE);
    state.apply(game.agreeAction());
    assertThat(state.returns()).containsExactly(8, 6);
  }

  @Test
  void playersSeeTheirOwnValuesButNotTheOthers() {
    BargainingGame game = game("bargaining");
    // instances 0 and 14 share the pool and player 0's values; player 1's values differ
    assertThat(game.instance(14).toString()).isEqualTo("1,2,3 8,1,0 7,0,1");
    State first = game.newInitialState();
    first.apply(0);
    State second = game.newInitialState();
    second.apply(14);
    for (State state : new State[] {first, second}) {
      state.apply(game.offerId(0, 1, 2));
    }
    assertThat(first.informationStateKey(0)).isEqualTo(second.informationStateKey(0))
        .isEqualTo("pool 1,2,3; values 8,1,0; offers 0,1,2");
    assertThat(first.informationStateKey(1)).isNotEqualTo(second.informationStateKey(1));
    assertThat(first.informationStateKey(1)).contains("values 4,0,2");
  }

  @Test
  void otherInstanceFilesAndTheirErrors(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("two.txt");
    Files.writeString(file, "# two items\n2,1 1,3 2,1\n\n1,1 5,5 3,7\n");
    BargainingGame game = game("bargaining(instances=\"" + file + "\")");
    assertThat(game.instanceCount()).isEqualTo(2);
    assertThat(game.itemTypes()).isEqualTo(2);
    assertThat(game.offerCount()).isEqualTo(3 * 2);
    assertThat(game.maxUtility()).isEqualTo(10);
    Path bad = directory.resolve("bad.txt");
    Files.writeString(bad, "1,2,3 8,1,0 4,0,2\n1,2,3 8,x,0 4,0,2\n");
    assertThatThrownBy(() -> game("bargaining(instances=\"" + bad + "\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("line 2 '1,2,3 8,x,0 4,0,2' entry 'x' is not allowed");
    Files.writeString(bad, "1,2,3 8,1,0 4,0,2\n1,2 8,1 4,0\n");
    assertThatThrownBy(() -> game("bargaining(instances=\"" + bad + "\")"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("same number of item types");
    assertThatThrownBy(() -> game("bargaining(instances=/no/such/file)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("parameter 'instances' value '/no/such/file' cannot be read (no such file)")
        .hasMessageNotContaining("Exception");
    assertThatThrownBy(() -> game("bargaining(discount=0)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("parameter 'discount' value 0.0");
    assertThatThrownBy(() -> game("bargaining(prob_end=1)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("parameter 'prob_end' value 1.0");
  }

  @Test
  void randomNegotiationsStayInBounds() {
    BargainingGame game = game("bargaining(prob_end=0.1,discount=0.9)");
    RandomPlayout playout = new RandomPlayout(game);
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 2000; i++) {
      State end = playout.play(random);
      assertThat(end.isTerminal()).isTrue();
      assertThat(end.historyLength()).isLessThanOrEqualTo(game.maxGameLength());
      for (int p = 0; p < 2; p++) {
        assertThat(end.returns(p)).isBetween(0.0, 10.0);
      }
    }
  }
}
