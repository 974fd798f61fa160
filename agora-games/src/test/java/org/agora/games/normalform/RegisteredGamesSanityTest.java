package org.agora.games.normalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.RandomPlayout;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.StateEnumerator;
import org.agora.core.StateSerializer;
import org.agora.core.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Structural checks on small instances of every game of this branch (normal form, repeated, auction,
 * bargaining): a full tree walk where the tree is small, random playouts otherwise.
 */
class RegisteredGamesSanityTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "rock_paper_scissors", "biased_rock_paper_scissors", "shapleys_game", "prisoners_dilemma", "blotto",
      "blotto(soldiers=3,fields=3,players=3)", "travelers_dilemma(max_claim=10)",
      "matrix(payoffs=\"1,2,3 4,5,6\", shape=1x2x1)", "repeated_rock_paper_scissors(rounds=3,recall=2)",
      "iterated_prisoners_dilemma(max_rounds=3,continuation=0.5)", "first_price_auction(players=3,values=3,bids=3)",
      "second_price_auction(values=3,bids=4,reserve=1)"})
  void everyNodeIsWellFormed(String spec) {
    checkTree(spec);
  }

  @Test
  void everyNodeOfASmallNegotiationIsWellFormed(@TempDir Path directory) throws Exception {
    Path instances = directory.resolve("instances.txt");
    Files.writeString(instances, "1,2 3,2 1,4\n2,1 1,3 4,2\n1,1 5,5 3,7\n");
    checkTree("bargaining(instances=\"" + instances + "\",max_turns=3,prob_end=0.5,discount=0.5)");
  }

  private static void checkTree(String spec) {
    Game game = GameRegistry.create(spec);
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
    int width = Math.max(game.actionCount(), game.maxChanceOutcomes());
    ExactValues exact = game.ability(ExactValues.class).orElse(null);
    Map<String, String> legalByKey = new HashMap<>();
    long[] terminals = {0};
    boolean complete = StateEnumerator.walk(game, 300_000, (state, depth) -> {
      assertThat(state.game()).isSameAs(game);
      assertThat(depth).isLessThanOrEqualTo(game.maxGameLength());
      Turn turn = state.turn();
      int[] legal = new int[width];
      if (turn == Turn.TERMINAL) {
        terminals[0]++;
        double sum = 0;
        for (int p = 0; p < game.playerCount(); p++) {
          double value = state.returns(p);
          assertThat(value).isBetween(game.minUtility(), game.maxUtility());
          sum += value;
          if (exact != null) {
            assertThat(exact.exactReturn(state, p).doubleValue()).isCloseTo(value, within(1e-9));
          }
        }
        if (game.utilitySum().isPresent()) {
          assertThat(sum).isCloseTo(game.utilitySum().getAsDouble(), within(1e-9));
        }
      } else if (turn == Turn.CHANCE) {
        double[] probabilities = new double[width];
        int count = state.chanceOutcomes(legal, probabilities);
        assertThat(count).isPositive().isLessThanOrEqualTo(game.maxChanceOutcomes());
        assertThat(Arrays.stream(probabilities, 0, count).sum()).isCloseTo(1.0,
            within(1e-9));
        int[] fromLegal = new int[width];
        assertThat(state.legalActions(fromLegal)).isEqualTo(count);
        assertThat(Arrays.copyOf(fromLegal, count)).containsExactly(Arrays.copyOf(legal, count));
        if (exact != null) {
          Rational[] exactProbabilities = new Rational[width];
          assertThat(exact.exactChanceOutcomes(state, legal, exactProbabilities)).isEqualTo(count);
          Rational total = Rational.ZERO;
          for (int i = 0; i < count; i++) {
            total = total.add(exactProbabilities[i]);
          }
          assertThat(total).isEqualTo(Rational.ONE);
        }
        int sampled = state.sampleChanceOutcome(new SplittableRandom(depth));
        assertThat(Arrays.copyOf(legal, count)).contains(sampled);
      } else {
        for (int p = 0; p < game.playerCount(); p++) {
          int count = state.legalActions(p, legal);
          boolean moves = turn == Turn.SIMULTANEOUS || (turn instanceof Turn.Decision d && d.player() == p);
          assertThat(count > 0).isEqualTo(moves);
          for (int i = 0; i < count; i++) {
            assertThat(legal[i]).isBetween(0, game.actionCount() - 1);
            if (i > 0) {
              assertThat(legal[i]).isGreaterThan(legal[i - 1]);
            }
          }
          if (moves) {
            String actions = Arrays.toString(Arrays.copyOf(legal, count));
            String previous = legalByKey.putIfAbsent(p + "|" + state.informationStateKey(p), actions);
            assertThat(previous == null || previous.equals(actions)).as("key %s", state.informationStateKey(p)).isTrue();
            state.actionToString(p, legal[0]);
          }
        }
      }
      State replayed = StateSerializer.deserialize(StateSerializer.serialize(state));
      assertThat(replayed.history()).containsExactly(state.history());
      assertThat(replayed.turn()).isEqualTo(turn);
    });
    assertThat(complete).isTrue();
    assertThat(terminals[0]).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"repeated_rock_paper_scissors", "iterated_prisoners_dilemma", "first_price_auction",
      "second_price_auction(players=5)", "bargaining(prob_end=0.1)", "blotto(soldiers=6,fields=4,players=2)"})
  void randomPlayoutsAreReproducibleAndCopiesIndependent(String spec) {
    Game game = GameRegistry.create(spec);
    RandomPlayout playout = new RandomPlayout(game);
    for (int seed = 0; seed < 20; seed++) {
      State first = playout.play(new SplittableRandom(seed));
      State second = playout.play(new SplittableRandom(seed));
      assertThat(second.history()).containsExactly(first.history());
      assertThat(second.returns()).containsExactly(first.returns());
      State start = game.newInitialState();
      State copy = start.copy();
      playout.finish(copy, new SplittableRandom(seed));
      assertThat(start.historyLength()).isZero();
      assertThat(start.isTerminal()).isFalse();
    }
  }
}
