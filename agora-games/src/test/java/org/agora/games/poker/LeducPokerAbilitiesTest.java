package org.agora.games.poker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.core.HiddenStateSampler;
import org.agora.core.InformationStateIds;
import org.agora.core.InformationStateTensorWriter;
import org.agora.core.State;
import org.agora.core.StateEnumerator;
import org.junit.jupiter.api.Test;

/** Leduc poker's ids, information-state tensor and hidden-card sampler. */
class LeducPokerAbilitiesTest {

  private static final int FOLD = LeducPokerGame.FOLD;
  private static final int CALL = LeducPokerGame.CALL;
  private static final int RAISE = LeducPokerGame.RAISE;

  private final LeducPokerGame game = new LeducPokerGame(2);

  private State play(int... moves) {
    State state = game.newInitialState();
    for (int move : moves) {
      state.apply(move);
    }
    return state;
  }

  @Test
  void idsAndKeysDetermineEachOtherOverTheWholeTree() {
    InformationStateIds ids = game.ability(InformationStateIds.class).orElseThrow();
    assertThat(ids.idCount(0)).isEqualTo(7 * 7 * 121 * 122);
    Map<String, Integer> idByKey = new HashMap<>();
    Map<Long, String> keyById = new HashMap<>();
    boolean complete = StateEnumerator.walk(game, 2_000_000, (state, depth) -> {
      for (int p = 0; p < 2; p++) {
        String key = state.informationStateKey(p);
        int id = ids.id(state, p);
        assertThat(id).isBetween(0, ids.idCount(p) - 1);
        assertThat(idByKey.computeIfAbsent(key, k -> id)).as(key).isEqualTo(id);
        assertThat(keyById.computeIfAbsent(id * 2L + p, k -> key)).isEqualTo(key);
      }
    });
    assertThat(complete).isTrue();
    assertThat(game.ability(InformationStateIds.class)).isPresent();
    assertThat(new LeducPokerGame(4).ability(InformationStateIds.class)).isEmpty();
  }

  @Test
  void informationStateTensorHasOneSlotPerBettingAction() {
    InformationStateTensorWriter writer = game.ability(InformationStateTensorWriter.class).orElseThrow();
    // players 2, private 6, public 6, two rounds of 4 slots of (fold, call, raise)
    assertThat(writer.size()).isEqualTo(2 + 6 + 6 + 2 * 4 * 3);
    float[] out = new float[writer.size()];
    writer.write(play(0, 3, RAISE, CALL, 5, CALL), 1, out, 0);
    float[] expected = new float[writer.size()];
    expected[1] = 1; // player 1
    expected[2 + 3] = 1; // private card 3
    expected[8 + 5] = 1; // public card 5
    expected[14 + RAISE] = 1; // round 1 slot 1
    expected[14 + 3 + CALL] = 1; // round 1 slot 2
    expected[26 + CALL] = 1; // round 2 slot 1
    assertThat(out).containsExactly(expected);
  }

  @Test
  void samplerNeverDealsTheOpponentACardThePlayerHasSeen() {
    HiddenStateSampler sampler = game.ability(HiddenStateSampler.class).orElseThrow();
    State state = play(0, 3, CALL, CALL, 1);
    SplittableRandom random = new SplittableRandom(11);
    int[] counts = new int[6];
    for (int i = 0; i < 8_000; i++) {
      State sample = sampler.sample(state, 0, random);
      assertThat(sample.informationStateKey(0)).isEqualTo(state.informationStateKey(0));
      counts[((LeducPokerState) sample).privateCard(1)]++;
    }
    assertThat(counts[0]).isZero();
    assertThat(counts[1]).isZero();
    // cards 2 to 5 each 2,000 expected, standard deviation about 39
    for (int card = 2; card < 6; card++) {
      assertThat(counts[card]).as("card %d", card).isBetween(1_840, 2_160);
    }
    assertThat(play(0, 3, RAISE, FOLD).isTerminal()).isTrue();
  }
}
