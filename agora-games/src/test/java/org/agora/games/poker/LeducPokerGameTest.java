package org.agora.games.poker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.core.TreeStatistics;
import org.junit.jupiter.api.Test;

class LeducPokerGameTest {

  private static final int FOLD = LeducPokerGame.FOLD;
  private static final int CALL = LeducPokerGame.CALL;
  private static final int RAISE = LeducPokerGame.RAISE;

  private static State play(Game game, int... moves) {
    State state = game.newInitialState();
    for (int move : moves) {
      state.apply(move);
    }
    return state;
  }

  private static int[] legal(State state) {
    int[] out = new int[Math.max(state.game().actionCount(), state.game().maxChanceOutcomes())];
    return java.util.Arrays.copyOf(out, state.legalActions(out));
  }

  /**
   * Counts of one two-player betting round with at most {@code cap} raises, found from the shape of
   * the round rather than by walking a tree: a round is an optional opening check, then k raises
   * (k = 0 .. cap) alternating between the players, then a call, or a fold after at least one raise.
   * With the opening check the player to move after k raises is player (1 + k) mod 2 (counting the
   * round's first player as 0); without it, player k mod 2.
   */
  private record BettingRound(int decisions, int[] decisionsOfPlayer, int folds, int continuations) {
    static BettingRound withRaiseCap(int cap) {
      int[] decisionsOfPlayer = new int[2];
      // Decision points: before anything, and after the opening check (k = 0); after k >= 1 raises
      // with or without the opening check.
      decisionsOfPlayer[0]++;
      decisionsOfPlayer[1]++;
      for (int k = 1; k <= cap; k++) {
        decisionsOfPlayer[(1 + k) % 2]++;
        decisionsOfPlayer[k % 2]++;
      }
      int decisions = decisionsOfPlayer[0] + decisionsOfPlayer[1];
      // Check-check, or k >= 1 raises then a call, with or without the opening check.
      int continuations = 1 + 2 * cap;
      // k >= 1 raises then a fold, with or without the opening check.
      int folds = 2 * cap;
      return new BettingRound(decisions, decisionsOfPlayer, folds, continuations);
    }
  }

  @Test
  void twoPlayerTreeMatchesTheAnalyticCount() {
    BettingRound round = BettingRound.withRaiseCap(LeducPokerGame.MAX_RAISES_PER_ROUND);
    assertThat(round.decisions()).isEqualTo(6); // "", c, cr, crr, r, rr
    assertThat(round.continuations()).isEqualTo(5); // cc, crc, crrc, rc, rrc
    assertThat(round.folds()).isEqualTo(4); // crf, crrf, rf, rrf
    int deck = 6;
    long deals = (long) deck * (deck - 1);
    // Below one deal: round one's nodes, and after each continuation a public-card chance node with
    // deck - 2 outcomes, each followed by a whole second round.
    long secondRoundNodes = round.decisions() + round.folds() + round.continuations();
    long perDeal = round.decisions() + round.folds() + round.continuations() * (1 + (deck - 2) * secondRoundNodes);
    long nodes = 1 + deck + deals * perDeal;
    long terminals = deals * (round.folds() + round.continuations() * (deck - 2) * (round.folds() + round.continuations()));
    long chanceNodes = 1 + deck + deals * round.continuations();
    // Information states of a player: own card x decision points in round one, plus own card x public
    // card x round-one continuation x decision points in round two.
    long[] informationStates = new long[2];
    for (int player = 0; player < 2; player++) {
      informationStates[player] = (long) deck * round.decisionsOfPlayer()[player]
          + (long) deck * (deck - 1) * round.continuations() * round.decisionsOfPlayer()[player];
    }

    TreeStatistics statistics = TreeStatistics.compute(new LeducPokerGame(2), 100_000).orElseThrow();
    assertThat(statistics.nodes()).isEqualTo(nodes).isEqualTo(9457);
    assertThat(statistics.terminalNodes()).isEqualTo(terminals).isEqualTo(5520);
    assertThat(statistics.chanceNodes()).isEqualTo(chanceNodes).isEqualTo(157);
    assertThat(statistics.decisionNodes()).isEqualTo(nodes - terminals - chanceNodes);
    assertThat(statistics.informationStates()).containsExactly((int) informationStates[0], (int) informationStates[1]);
    // The well-known figure for two-player Leduc hold'em.
    assertThat(statistics.totalInformationStates()).isEqualTo(936);
    assertThat(statistics.maxDepth()).isEqualTo(new LeducPokerGame(2).maxGameLength()).isEqualTo(11);
  }

  @Test
  void scriptedTwoPlayerHands() {
    Game game = new LeducPokerGame(2);
    // Cards: J = 0, 1; Q = 2, 3; K = 4, 5.
    // Player 0 has Js, player 1 Qs; both check; public Jh pairs player 0; raise 4 and call.
    assertThat(play(game, 0, 2, CALL, CALL, 1, RAISE, CALL).returns()).containsExactly(5, -5);
    // Raise and fold in round one.
    assertThat(play(game, 0, 2, RAISE, FOLD).returns()).containsExactly(1, -1);
    // Two raises each round (the cap), no pair: the queen beats the jack for 13 chips.
    assertThat(play(game, 0, 2, RAISE, RAISE, CALL, 4, CALL, RAISE, RAISE, CALL).returns())
        .containsExactly(-13, 13);
    // Equal ranks split the pot.
    assertThat(play(game, 0, 1, CALL, CALL, 2, RAISE, CALL).returns()).containsExactly(0, 0);
    // A fold in round two loses the chips already in.
    assertThat(play(game, 4, 2, CALL, RAISE, CALL, 0, CALL, RAISE, FOLD).returns()).containsExactly(-3, 3);
    // A higher card loses to a pair.
    assertThat(play(game, 4, 2, CALL, CALL, 3, CALL, CALL).returns()).containsExactly(-1, 1);
  }

  @Test
  void scriptedThreePlayerHandSkipsTheFoldedPlayer() {
    Game game = new LeducPokerGame(3);
    // Deck of 8: ranks 0..3. Player 0 has card 0 (rank 0), player 1 card 2 (rank 1), player 2 card 6
    // (rank 3). Round one: player 0 raises to 3, player 1 folds, player 2 calls.
    State state = play(game, 0, 2, 6, RAISE, FOLD, CALL);
    assertThat(state.isChanceNode()).isTrue();
    state.apply(1); // Public card of rank 0: player 0 pairs.
    assertThat(state.currentPlayer()).isZero();
    state.apply(CALL);
    assertThat(state.currentPlayer()).isEqualTo(2);
    state.apply(RAISE);
    assertThat(state.currentPlayer()).isZero();
    state.apply(CALL);
    assertThat(state.isTerminal()).isTrue();
    // Pot 7 + 1 + 7 = 15.
    assertThat(state.returns()).containsExactly(8, -1, -7);
    // Two players tie on rank 1 and split a pot of 3.
    State split = play(game, 2, 3, 0, CALL, CALL, CALL, 6, CALL, CALL, CALL);
    assertThat(split.returns()).containsExactly(0.5, 0.5, -1);
    ExactValues exact = game.ability(ExactValues.class).orElseThrow();
    assertThat(exact.exactReturn(split, 1)).isEqualTo(Rational.of(1, 2));
    Rational[] probabilities = new Rational[8];
    State beforeTurn = play(game, 2, 3, 0, CALL, CALL, CALL);
    int count = exact.exactChanceOutcomes(beforeTurn, new int[8], probabilities);
    assertThat(count).isEqualTo(5);
    assertThat(probabilities[0]).isEqualTo(Rational.of(1, 5));
  }

  @Test
  void legalActionsFollowTheStakesAndTheRaiseCap() {
    Game game = new LeducPokerGame(2);
    State state = play(game, 0, 2);
    assertThat(legal(state)).containsExactly(CALL, RAISE);
    assertThat(state.actionToString(0, CALL)).isEqualTo("check");
    state.apply(RAISE);
    assertThat(legal(state)).containsExactly(FOLD, CALL, RAISE);
    assertThat(state.actionToString(1, CALL)).isEqualTo("call");
    state.apply(RAISE);
    assertThat(legal(state)).containsExactly(FOLD, CALL);
    assertThatThrownBy(() -> state.apply(RAISE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 2 raises");
    state.apply(CALL);
    assertThat(legal(state)).hasSize(4).doesNotContain(0, 2);
    state.apply(5);
    assertThat(legal(state)).containsExactly(CALL, RAISE);
    assertThatThrownBy(() -> state.apply(FOLD)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fold is legal only when facing a raise");
    assertThatThrownBy(() -> state.apply(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 3");
    assertThatThrownBy(() -> play(game, 0, 0)).hasMessageContaining("card 0 is not in the deck");
  }

  @Test
  void informationStateKeysAndObservations() {
    Game game = new LeducPokerGame(2);
    State state = play(game, 0, 2, RAISE, CALL, 5, CALL);
    assertThat(state.informationStateKey(1)).isEqualTo("p1 card=2 public=5 bets=rc/c");
    assertThat(state.informationStateKey(0)).isEqualTo("p0 card=0 public=5 bets=rc/c");
    assertThat(play(game, 0, 2, CALL).informationStateKey(1)).isEqualTo("p1 card=2 public=? bets=c");
    assertThat(play(game, 0, 2, CALL, CALL).informationStateKey(0)).isEqualTo("p0 card=0 public=? bets=cc");
    assertThat(state.observation(1)).isEqualTo("player 1, card Qs, public Kh, round 2, bets rc/c, pot 6, own chips 3");
    assertThat(state.chanceOutcomeToString(3)).isEqualTo("deal Qh");
  }

  @Test
  void registryRoundTripsAndBadParameters() {
    Game game = GameRegistry.create("leduc_poker");
    assertThat(game.name()).isEqualTo("leduc_poker(players=2)");
    assertThat(GameRegistry.create("leduc_poker(players=4)").name()).isEqualTo(new LeducPokerGame(4).name());
    State state = play(game, 1, 4, RAISE, CALL, 0);
    State restored = StateSerializer.deserialize(StateSerializer.serialize(state));
    assertThat(restored.informationStateKey(0)).isEqualTo(state.informationStateKey(0));
    assertThatThrownBy(() -> GameRegistry.create("leduc_poker(players=1)")).isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'players' value '1'").hasMessageContaining("[2, 10]");
    assertThatThrownBy(() -> new LeducPokerGame(11)).isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'11'");
  }

  @Test
  void gameDescription() {
    Game game = new LeducPokerGame(3);
    assertThat(game.actionCount()).isEqualTo(3);
    assertThat(game.maxChanceOutcomes()).isEqualTo(8);
    assertThat(game.minUtility()).isEqualTo(-13);
    assertThat(game.maxUtility()).isEqualTo(26);
    assertThat(game.maxGameLength()).isEqualTo(3 + 1 + 2 * 7);
  }
}
