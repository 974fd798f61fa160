package org.agora.games.poker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.core.TreeStatistics;
import org.agora.core.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KuhnPokerGameTest {

  private static final int PASS = KuhnPokerGame.PASS;
  private static final int BET = KuhnPokerGame.BET;

  /** Plays {@code moves} (chance outcomes and actions) from the initial state. */
  private static State play(Game game, int... moves) {
    State state = game.newInitialState();
    for (int move : moves) {
      state.apply(move);
    }
    return state;
  }

  @Test
  void twoPlayerTreeHasTheHandDerivedSize() {
    // Root chance node (1), one chance node per first card (3), then 3 * 2 = 6 deals, each followed
    // by the betting tree {"", p, b, pp, pb, bp, bb, pbp, pbb}: 9 nodes, 5 of them terminal
    // (pp, bp, bb, pbp, pbb) and 4 decisions ("", p, b, pb).
    // Nodes: 1 + 3 + 6 * 9 = 58. Terminals: 6 * 5 = 30. Decisions: 6 * 4 = 24.
    // Information states: player 0 acts at "" and "pb", player 1 at "p" and "b", each with 3
    // possible own cards: 2 * 3 = 6 per player, 12 in all.
    TreeStatistics statistics = TreeStatistics.compute(new KuhnPokerGame(2), 1_000).orElseThrow();
    assertThat(statistics.nodes()).isEqualTo(1 + 3 + 6 * 9);
    assertThat(statistics.terminalNodes()).isEqualTo(30);
    assertThat(statistics.chanceNodes()).isEqualTo(4);
    assertThat(statistics.decisionNodes()).isEqualTo(24);
    assertThat(statistics.simultaneousNodes()).isZero();
    assertThat(statistics.maxDepth()).isEqualTo(5);
    assertThat(statistics.informationStates()).containsExactly(6, 6);
    assertThat(statistics.totalInformationStates()).isEqualTo(12);
  }

  @Test
  void threePlayerInformationStatesMatchTheHandCount() {
    // Betting histories at which each player acts (3 players, p = pass/fold, b = bet/call):
    //   player 0: "", "pbp", "pbb", "ppb"       (first move; answering player 1's or 2's bet)
    //   player 1: "p", "b", "ppbp", "ppbb"     (first move after p or b; answering player 2's bet)
    //   player 2: "pp", "pb", "bp", "bb"
    // 4 histories each, times 4 possible own cards: 16 information states per player.
    TreeStatistics statistics = TreeStatistics.compute(new KuhnPokerGame(3), 100_000).orElseThrow();
    assertThat(statistics.informationStates()).containsExactly(16, 16, 16);
    // Deals: 4 * 3 * 2 = 24. Betting tree: before any bet "", p, pp, ppp(end) = 3 decisions and 1
    // end; a bet by the first bettor at position k (k = 0, 1, 2) is followed by 2 answers: 1 + 2 + 4
    // nodes, 4 of them terminal. So 3 + 3 * 3 = 12 decisions and 1 + 3 * 4 = 13 terminals per deal.
    assertThat(statistics.decisionNodes()).isEqualTo(24 * 12);
    assertThat(statistics.terminalNodes()).isEqualTo(24 * 13);
    assertThat(statistics.chanceNodes()).isEqualTo(1 + 4 + 4 * 3);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5})
  void informationStatesFollowTheClosedForm(int players) {
    // A player acts once before any bet (everybody before passed), or answers a bet made d seats
    // earlier (d = 1 .. n-1) after the d - 1 players in between each folded or called: 2^(d-1)
    // histories. In all 1 + sum 2^(d-1) = 2^(n-1) histories, times n + 1 own cards.
    TreeStatistics statistics = TreeStatistics.compute(new KuhnPokerGame(players), 10_000_000).orElseThrow();
    int perPlayer = (players + 1) << (players - 1);
    assertThat(statistics.informationStates()).hasSize(players).allMatch(count -> count == perPlayer);
  }

  /**
   * Kuhn's (1950) family of equilibria, cards J=0, Q=1, K=2, parametrised by alpha in [0, 1/3]:
   * player 0 bets J with probability alpha, never bets Q and bets K with probability 3 alpha; after
   * passing and facing a bet, calls with Q with probability alpha + 1/3, always with K, never with J.
   * Player 1, after a pass, bets K always, Q never and J with probability 1/3; facing a bet, calls K
   * always, Q with probability 1/3 and J never. Returns the probability of action {@code BET}.
   */
  private static double kuhnEquilibriumBetProbability(int card, String bets, double alpha) {
    return switch (bets) {
      case "" -> new double[] {alpha, 0.0, 3 * alpha}[card];
      case "p" -> new double[] {1.0 / 3, 0.0, 1.0}[card];
      case "b" -> new double[] {0.0, 1.0 / 3, 1.0}[card];
      case "pb" -> new double[] {0.0, alpha + 1.0 / 3, 1.0}[card];
      default -> throw new AssertionError("no decision after " + bets);
    };
  }

  /** Exact expected return of player 0 by enumerating the whole tree. */
  private static double expectedReturn(State state, double alpha) {
    if (state.isTerminal()) {
      return state.returns(0);
    }
    if (state.isChanceNode()) {
      int[] outcomes = new int[3];
      double[] probabilities = new double[3];
      int count = state.chanceOutcomes(outcomes, probabilities);
      double value = 0;
      for (int i = 0; i < count; i++) {
        State child = state.copy();
        child.apply(outcomes[i]);
        value += probabilities[i] * expectedReturn(child, alpha);
      }
      return value;
    }
    int[] history = state.history();
    int player = state.currentPlayer();
    StringBuilder bets = new StringBuilder();
    for (int i = 2; i < history.length; i++) {
      bets.append(history[i] == BET ? 'b' : 'p');
    }
    double bet = kuhnEquilibriumBetProbability(history[player], bets.toString(), alpha);
    State passed = state.copy();
    passed.apply(PASS);
    State betted = state.copy();
    betted.apply(BET);
    return (1 - bet) * expectedReturn(passed, alpha) + bet * expectedReturn(betted, alpha);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0 / 6, 1.0 / 3})
  void kuhnEquilibriumFamilyHasValueMinusOneEighteenth(double alpha) {
    double value = expectedReturn(new KuhnPokerGame(2).newInitialState(), alpha);
    assertThat(value).isCloseTo(-1.0 / 18, within(1e-12));
  }

  /** The same equilibrium family in exact arithmetic; returns the probability of {@code BET}. */
  private static Rational exactBetProbability(int card, String bets, Rational alpha) {
    Rational third = Rational.of(1, 3);
    return switch (bets) {
      case "" -> new Rational[] {alpha, Rational.ZERO, alpha.multiply(Rational.of(3))}[card];
      case "p" -> new Rational[] {third, Rational.ZERO, Rational.ONE}[card];
      case "b" -> new Rational[] {Rational.ZERO, third, Rational.ONE}[card];
      case "pb" -> new Rational[] {Rational.ZERO, alpha.add(third), Rational.ONE}[card];
      default -> throw new AssertionError("no decision after " + bets);
    };
  }

  /** Exact expected return of player 0 from exact chance probabilities and exact returns. */
  private static Rational exactExpectedReturn(State state, Rational alpha) {
    if (state.isTerminal()) {
      return state.game().ability(ExactValues.class).orElseThrow().exactReturn(state, 0);
    }
    if (state.isChanceNode()) {
      int[] outcomes = new int[3];
      Rational[] probabilities = new Rational[3];
      int count = state.game().ability(ExactValues.class).orElseThrow().exactChanceOutcomes(state, outcomes, probabilities);
      Rational value = Rational.ZERO;
      for (int i = 0; i < count; i++) {
        State child = state.copy();
        child.apply(outcomes[i]);
        value = value.add(probabilities[i].multiply(exactExpectedReturn(child, alpha)));
      }
      return value;
    }
    int[] history = state.history();
    StringBuilder bets = new StringBuilder();
    for (int i = 2; i < history.length; i++) {
      bets.append(history[i] == BET ? 'b' : 'p');
    }
    Rational bet = exactBetProbability(history[state.currentPlayer()], bets.toString(), alpha);
    State passed = state.copy();
    passed.apply(PASS);
    State betted = state.copy();
    betted.apply(BET);
    return Rational.ONE.subtract(bet).multiply(exactExpectedReturn(passed, alpha))
        .add(bet.multiply(exactExpectedReturn(betted, alpha)));
  }

  @Test
  void kuhnEquilibriumValueIsExactlyMinusOneEighteenth() {
    for (Rational alpha : new Rational[] {Rational.ZERO, Rational.of(1, 9), Rational.of(1, 3)}) {
      assertThat(exactExpectedReturn(new KuhnPokerGame(2).newInitialState(), alpha)).isEqualTo(Rational.of(-1, 18));
    }
  }

  @Test
  void scriptedTwoPlayerHandsPayTheRightAmounts() {
    Game game = new KuhnPokerGame(2);
    // Player 0 holds J (0), player 1 holds K (2).
    assertThat(play(game, 0, 2, PASS, PASS).returns()).containsExactly(-1, 1);
    assertThat(play(game, 0, 2, BET, BET).returns()).containsExactly(-2, 2);
    assertThat(play(game, 0, 2, BET, PASS).returns()).containsExactly(1, -1);
    assertThat(play(game, 0, 2, PASS, BET, PASS).returns()).containsExactly(-1, 1);
    assertThat(play(game, 0, 2, PASS, BET, BET).returns()).containsExactly(-2, 2);
    // Player 0 holds K, player 1 holds Q.
    assertThat(play(game, 2, 1, PASS, BET, BET).returns()).containsExactly(2, -2);
    assertThat(play(game, 2, 1, PASS, PASS).returns()).containsExactly(1, -1);
    State state = play(game, 2, 1, PASS, BET);
    assertThat(state.isTerminal()).isFalse();
    assertThat(state.returns(0)).isZero();
    assertThat(state.currentPlayer()).isZero();
  }

  @Test
  void scriptedThreePlayerHandShowsDownAmongTheCallers() {
    Game game = new KuhnPokerGame(3);
    // Cards: player 0 has 3 (best), player 1 has 1, player 2 has 0.
    // Player 0 passes, player 1 bets, player 2 calls, player 0 folds: players 1 and 2 show down,
    // player 1 wins the pot of 3 antes + 2 chips = 5 having paid 2.
    State state = play(game, 3, 1, 0, PASS, BET, BET, PASS);
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(-1, 3, -2);
    // Everybody passes: the best card takes the three antes.
    assertThat(play(game, 3, 1, 0, PASS, PASS, PASS).returns()).containsExactly(2, -1, -1);
    // Player 2 bets last, players 0 and 1 fold.
    assertThat(play(game, 3, 1, 0, PASS, PASS, BET, PASS, PASS).returns()).containsExactly(-1, -1, 2);
  }

  @Test
  void turnOrderAndLegalActions() {
    Game game = new KuhnPokerGame(3);
    State state = game.newInitialState();
    int[] legal = new int[4];
    assertThat(state.turn()).isSameAs(Turn.CHANCE);
    assertThat(state.legalActions(legal)).isEqualTo(4);
    state.apply(2);
    assertThat(state.legalActions(legal)).isEqualTo(3);
    assertThat(legal).startsWith(0, 1, 3);
    state.apply(0);
    state.apply(3);
    assertThat(state.turn()).isSameAs(Turn.decision(0));
    state.apply(BET);
    assertThat(state.currentPlayer()).isEqualTo(1);
    assertThat(state.legalActions(0, legal)).isZero();
    assertThat(state.legalActions(1, legal)).isEqualTo(2);
    assertThat(state.actionToString(1, BET)).isEqualTo("call");
    assertThat(state.actionToString(1, PASS)).isEqualTo("fold");
  }

  @Test
  void informationStateKeysShowOwnCardAndPublicBets() {
    Game game = new KuhnPokerGame(2);
    State state = play(game, 1, 2, PASS, BET);
    assertThat(state.informationStateKey(0)).isEqualTo("p0 card=1 bets=pb");
    assertThat(state.informationStateKey(1)).isEqualTo("p1 card=2 bets=pb");
    assertThat(play(game, 1).informationStateKey(1)).isEqualTo("p1 card=? bets=");
    assertThat(state.observation(0)).isEqualTo("player 0, card Q, bets pb, pot 3");
  }

  @Test
  void chanceNodesAreUniformOverTheRemainingDeck() {
    State state = new KuhnPokerGame(4).newInitialState();
    state.apply(3);
    int[] outcomes = new int[5];
    double[] probabilities = new double[5];
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(4);
    assertThat(outcomes).startsWith(0, 1, 2, 4);
    assertThat(probabilities).startsWith(0.25, 0.25, 0.25, 0.25);
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    int[] seen = new int[5];
    for (int i = 0; i < 4000; i++) {
      seen[state.sampleChanceOutcome(random)]++;
    }
    assertThat(seen[3]).isZero();
    assertThat(seen[0]).isBetween(850, 1150);
    assertThat(seen[4]).isBetween(850, 1150);
  }

  @Test
  void illegalMovesAreRejected() {
    Game game = new KuhnPokerGame(2);
    State state = game.newInitialState();
    assertThatThrownBy(() -> state.apply(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("card 3");
    state.apply(1);
    assertThatThrownBy(() -> state.apply(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("card 1 is not in the deck");
    state.apply(0);
    assertThatThrownBy(() -> state.apply(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 2");
    // A rejected move leaves the state as it was.
    assertThat(state.history()).containsExactly(1, 0);
    assertThat(state.informationStateKey(0)).isEqualTo("p0 card=1 bets=");
    state.apply(PASS);
    state.apply(PASS);
    assertThatThrownBy(() -> state.apply(PASS)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> state.sampleChanceOutcome(new java.util.SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void copiesAreIndependent() {
    State state = play(new KuhnPokerGame(2), 0, 1);
    State copy = state.copy();
    copy.apply(BET);
    assertThat(state.currentPlayer()).isZero();
    assertThat(copy.currentPlayer()).isEqualTo(1);
    assertThat(state.history()).containsExactly(0, 1);
    assertThat(copy.history()).containsExactly(0, 1, BET);
  }

  @Test
  void registryRoundTrips() {
    Game game = GameRegistry.create("kuhn_poker");
    assertThat(game.name()).isEqualTo("kuhn_poker(players=2)");
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
    Game three = GameRegistry.create("kuhn_poker(players=3)");
    assertThat(three.playerCount()).isEqualTo(3);
    assertThat(three.name()).isEqualTo("kuhn_poker(players=3)");
    assertThat(new KuhnPokerGame(3).name()).isEqualTo(three.name());
    State state = play(three, 0, 1, 2, PASS, BET);
    State restored = StateSerializer.deserialize(StateSerializer.serialize(state));
    assertThat(restored.history()).containsExactly(state.history());
    assertThat(restored.informationStateKey(2)).isEqualTo(state.informationStateKey(2));
  }

  @Test
  void badParametersGiveClearMessages() {
    assertThatThrownBy(() -> GameRegistry.create("kuhn_poker(players=11)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'players'").hasMessageContaining("'11'").hasMessageContaining("[2, 10]");
    assertThatThrownBy(() -> GameRegistry.create("kuhn_poker(players=two)"))
        .hasMessageContaining("is not an integer");
    assertThatThrownBy(() -> GameRegistry.create("kuhn_poker(cards=3)"))
        .hasMessageContaining("unknown parameter 'cards'").hasMessageContaining("allowed: players");
    assertThatThrownBy(() -> new KuhnPokerGame(1)).isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'players' value '1'");
  }

  @Test
  void gameDescription() {
    Game game = new KuhnPokerGame(3);
    assertThat(game.actionCount()).isEqualTo(2);
    assertThat(game.maxChanceOutcomes()).isEqualTo(4);
    assertThat(game.maxGameLength()).isEqualTo(8);
    assertThat(game.minUtility()).isEqualTo(-2);
    assertThat(game.maxUtility()).isEqualTo(4);
    assertThat(game.utilitySum().getAsDouble()).isZero();
    assertThat(List.of(game.type().describe())).containsExactly(
        "sequential, explicit chance, imperfect information, zero-sum");
  }
}
