package org.agora.games.poker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.core.Game;
import org.agora.core.HiddenStateSampler;
import org.agora.core.InformationStateIds;
import org.agora.core.InformationStateTensorWriter;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.RandomPlayout;
import org.agora.core.State;
import org.agora.core.StateEnumerator;
import org.agora.core.StateSerializer;
import org.junit.jupiter.api.Test;

/** Kuhn poker's abilities checked by hand: ids, tensors, the hidden-card sampler and history recording. */
class KuhnPokerAbilitiesTest {

  private static final int JACK = 0;
  private static final int QUEEN = 1;
  private static final int KING = 2;
  private static final int PASS = KuhnPokerGame.PASS;
  private static final int BET = KuhnPokerGame.BET;

  private final KuhnPokerGame game = new KuhnPokerGame(2);

  private State play(int... moves) {
    State state = game.newInitialState();
    for (int move : moves) {
      state.apply(move);
    }
    return state;
  }

  @Test
  void idsPutTheCardAboveTheBettingBits() {
    InformationStateIds ids = game.ability(InformationStateIds.class).orElseThrow();
    assertThat(ids.idCount(0)).isEqualTo(64);
    assertThat(ids.id(play(), 0)).isEqualTo(1); // no card, no bets: just the leading bit
    State dealt = play(JACK, QUEEN);
    assertThat(ids.id(dealt, 0)).isEqualTo(1 << 4 | 1);
    assertThat(ids.id(dealt, 1)).isEqualTo(2 << 4 | 1);
    assertThat(ids.id(play(JACK, QUEEN, PASS), 0)).isEqualTo(1 << 4 | 0b10);
    assertThat(ids.id(play(JACK, QUEEN, PASS, BET), 1)).isEqualTo(2 << 4 | 0b101);
    assertThat(ids.id(play(KING, JACK, PASS, BET, BET), 0)).isEqualTo(3 << 4 | 0b1011);
  }

  @Test
  void idsAndKeysDetermineEachOtherOverTheWholeTree() {
    for (int players = 2; players <= 3; players++) {
      Game kuhn = new KuhnPokerGame(players);
      InformationStateIds ids = kuhn.ability(InformationStateIds.class).orElseThrow();
      int playerCount = players;
      Map<String, Integer> idByKey = new HashMap<>();
      Map<Integer, String> keyById = new HashMap<>();
      StateEnumerator.walk(kuhn, 1_000_000, (state, depth) -> {
        for (int p = 0; p < playerCount; p++) {
          String key = state.informationStateKey(p);
          int id = ids.id(state, p);
          assertThat(id).isBetween(0, ids.idCount(p) - 1);
          assertThat(idByKey.computeIfAbsent(key, k -> id)).as(key).isEqualTo(id);
          assertThat(keyById.computeIfAbsent(id * 16 + p, k -> key)).isEqualTo(key);
        }
      });
      assertThat(idByKey).isNotEmpty();
    }
  }

  @Test
  void informationStateTensorFollowsOpenSpielsLayout() {
    InformationStateTensorWriter writer = game.ability(InformationStateTensorWriter.class).orElseThrow();
    assertThat(writer.shape()).containsExactly(11);
    float[] out = new float[15];
    Arrays.fill(out, -7f);
    writer.write(play(JACK, QUEEN, PASS, BET), 1, out, 2);
    // sentinels, player 1, queen, slot 1 pass, slot 2 bet, slot 3 not reached, sentinels
    assertThat(out).containsExactly(-7, -7, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, -7, -7);
    writer.write(play(JACK, QUEEN), 0, out, 0);
    assertThat(Arrays.copyOf(out, 11)).containsExactly(1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void observationTensorIsWrittenAtTheOffsetOnly() {
    ObservationTensorWriter writer = game.ability(ObservationTensorWriter.class).orElseThrow();
    assertThat(writer.size()).isEqualTo(7);
    float[] out = new float[10];
    Arrays.fill(out, Float.NaN);
    writer.write(play(KING, JACK, BET), 0, out, 3);
    // player 0, king, chips (2, 1)
    assertThat(out).containsExactly(Float.NaN, Float.NaN, Float.NaN, 1, 0, 0, 0, 1, 2, 1);
  }

  @Test
  void samplerDealsTheOpponentQueenOrKingEvenlyToAPlayerHoldingTheJack() {
    HiddenStateSampler sampler = game.ability(HiddenStateSampler.class).orElseThrow();
    State state = play(JACK, KING, PASS);
    SplittableRandom random = new SplittableRandom(20261207L);
    int[] opponentCards = new int[3];
    int draws = 10_000;
    for (int i = 0; i < draws; i++) {
      State sample = sampler.sample(state, 0, random);
      assertThat(sample.informationStateKey(0)).isEqualTo(state.informationStateKey(0));
      opponentCards[((KuhnPokerState) sample).card(1)]++;
    }
    assertThat(opponentCards[JACK]).isZero();
    // 5,000 expected each; the standard deviation is 50, so 200 is four of them
    assertThat(opponentCards[QUEEN]).isBetween(4_800, 5_200);
    assertThat(opponentCards[KING]).isBetween(4_800, 5_200);
    assertThat(state.history()).containsExactly(JACK, KING, PASS);
  }

  @Test
  void sampledStatesKeepTheBettingAndTheirOwnHistory() {
    HiddenStateSampler sampler = game.ability(HiddenStateSampler.class).orElseThrow();
    State state = play(QUEEN, JACK, PASS, BET);
    State sample = sampler.sample(state, 1, new SplittableRandom(3));
    assertThat(sample.informationStateKey(1)).isEqualTo("p1 card=0 bets=pb");
    assertThat(sample.history()).hasSize(4).endsWith(JACK, PASS, BET);
    assertThat(sample.history()[0]).isIn(QUEEN, KING);
    State quiet = game.newInitialState(false);
    quiet.apply(QUEEN);
    quiet.apply(JACK);
    assertThatThrownBy(() -> sampler.sample(quiet, 0, new SplittableRandom(3)).history())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void playsWithoutRecordingTheHistory() {
    State quiet = game.newInitialState(false);
    State recorded = game.newInitialState();
    for (int move : new int[] {KING, QUEEN, PASS, BET, PASS}) {
      quiet.apply(move);
      recorded.apply(move);
    }
    assertThat(quiet.returns()).containsExactly(recorded.returns());
    assertThat(quiet.informationStateKey(0)).isEqualTo(recorded.informationStateKey(0)).isEqualTo("p0 card=2 bets=pbp");
    assertThat(quiet.copy().informationStateKey(1)).isEqualTo(recorded.informationStateKey(1));
    assertThatThrownBy(quiet::history).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("history recording is off");
    assertThatThrownBy(() -> StateSerializer.serialize(quiet)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot serialize a state without its history");
    State played = new RandomPlayout(game).play(new SplittableRandom(5));
    assertThat(played.isTerminal()).isTrue();
  }
}
