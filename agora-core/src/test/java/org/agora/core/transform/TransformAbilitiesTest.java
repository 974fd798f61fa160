package org.agora.core.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.InformationStateIds;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.StateEnumerator;
import org.agora.core.TestGames;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

/** Abilities through the transforms and of the normal-form game. */
class TransformAbilitiesTest {

  @Test
  void normalFormIdsNumberTheProfilesAfterTheStart() {
    NormalFormGame game = TestGames.rockPaperScissors();
    InformationStateIds ids = game.ability(InformationStateIds.class).orElseThrow();
    assertThat(ids.idCount(0)).isEqualTo(10);
    State state = game.newInitialState();
    assertThat(ids.id(state, 1)).isZero();
    state.apply(new int[] {1, 2});
    assertThat(ids.id(state, 0)).isEqualTo(1 + 1 * 3 + 2);
    assertThat(game.ability(ExactValues.class).orElseThrow().exactReturn(state, 0))
        .isEqualTo(Rational.of(state.returns(0)));
  }

  @Test
  void turnBasedViewPassesExactValuesAndObservationsThroughOneAdapterEach() {
    RepeatedGame repeated = new RepeatedGame(TestGames.prisonersDilemma(), 3, 2, 1.0);
    TurnBasedGame game = new TurnBasedGame(repeated);
    ObservationTensorWriter inner = repeated.ability(ObservationTensorWriter.class).orElseThrow();
    ObservationTensorWriter outer = game.ability(ObservationTensorWriter.class).orElseThrow();
    assertThat(outer.shape()).containsExactly(inner.shape());
    State state = game.newInitialState();
    state.apply(1);
    state.apply(0);
    state.apply(0);
    float[] viaTransform = new float[outer.size()];
    outer.write(state, 1, viaTransform, 0);
    State direct = repeated.newInitialState();
    direct.apply(new int[] {1, 0});
    float[] viaInner = new float[inner.size()];
    inner.write(direct, 1, viaInner, 0);
    assertThat(viaTransform).containsExactly(viaInner);
    // a player who chose earlier in a run knows more than the repeated game's key says: no ids
    assertThat(repeated.ability(InformationStateIds.class)).isPresent();
    assertThat(game.ability(InformationStateIds.class)).isEmpty();
    assertThat(game.ability(ExactValues.class)).isEmpty();
    TurnBasedGame exact = new TurnBasedGame(TestGames.matchingPennies());
    assertThat(exact.ability(ExactValues.class)).isPresent();
    assertThat(exact.ability(InformationStateIds.class)).isEmpty();
  }

  @Test
  void turnBasedViewOfASequentialGamePassesWhatTheGameOffers() {
    Game sequential = new TurnBasedGame(TestGames.matchingPennies());
    TurnBasedGame twice = new TurnBasedGame(sequential);
    assertThat(twice.abilities().all()).hasSize(1); // exact values: the game it wraps offers nothing else
    assertThat(twice.ability(ExactValues.class)).isPresent();
  }

  @Test
  void repeatedIdsAgreeWithTheKeysAndCountHistories() {
    RepeatedGame game = new RepeatedGame(TestGames.matchingPennies(), 3, 1, 0.5);
    InformationStateIds ids = game.ability(InformationStateIds.class).orElseThrow();
    // 1 + 4 + 16 + 64 joint-action histories, each with and without the pending chance node
    assertThat(ids.idCount(0)).isEqualTo(2 * 85);
    Map<String, Integer> idByKey = new HashMap<>();
    Map<Integer, String> keyById = new HashMap<>();
    StateEnumerator.walk(game, 100_000, (state, depth) -> {
      String key = state.informationStateKey(0);
      int id = ids.id(state, 1);
      assertThat(id).isEqualTo(ids.id(state, 0)).isBetween(0, ids.idCount(0) - 1);
      assertThat(idByKey.computeIfAbsent(key, k -> id)).as(key).isEqualTo(id);
      assertThat(keyById.computeIfAbsent(id, k -> key)).isEqualTo(key);
    });
    assertThat(idByKey).hasSize(1 + 4 * 2 + 16 * 2 + 64);
    assertThat(new RepeatedGame(TestGames.matchingPennies(), 40, 1, 1.0).ability(InformationStateIds.class)).isEmpty();
  }

  @Test
  void statesWithoutHistoryPlayTheSameThroughBothTransforms() {
    TurnBasedGame game = new TurnBasedGame(new RepeatedGame(TestGames.matchingPennies(), 2, 1, 1.0));
    State quiet = game.newInitialState(false);
    State recorded = game.newInitialState(true);
    for (int move : new int[] {0, 1, 1, 1}) {
      quiet.apply(move);
      recorded.apply(move);
    }
    assertThat(quiet.isTerminal()).isTrue();
    assertThat(quiet.returns()).containsExactly(recorded.returns());
    assertThat(quiet.informationStateKey(0)).isEqualTo(recorded.informationStateKey(0));
    assertThatThrownBy(quiet::historyLength).isInstanceOf(IllegalStateException.class);
    assertThat(recorded.history()).containsExactly(0, 1, 1, 1);
  }
}
