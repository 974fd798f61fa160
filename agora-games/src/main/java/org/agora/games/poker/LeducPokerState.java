package org.agora.games.poker;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.Turn;
import org.agora.games.common.Bitmasks;
import org.agora.games.common.ExactStateValues;
import org.agora.games.common.TensorStateWriting;

/**
 * State of a {@link LeducPokerGame}: the deck as a bit mask, per-player cards and chips in two small
 * arrays, the betting round in a few counters. Moves allocate nothing.
 */
final class LeducPokerState extends AbstractState implements TensorStateWriting, ExactStateValues {

  private final LeducPokerGame game;
  private final int players;
  private final int[] privateCards;
  private final int[] contributions;
  private int publicCard = -1;
  /** History index of the public card, -1 before it is dealt. */
  private int publicCardIndex = -1;
  private int deck;
  private int dealt;
  private int round;
  /** Per round, the actions so far as a base-3 number (first action most significant). */
  private final long[] betCodes = new long[2];
  /** Per round, the number of actions so far. */
  private final int[] betCounts = new int[2];
  private int raises;
  /** Highest contribution so far: what a call matches. */
  private int stake = 1;
  private int folded;
  private int inHand;
  /** Players still in the hand who must act before the round can end. */
  private int toAct;
  /** At a terminal state, bit p set when player p shares the pot. */
  private int winners;
  private Turn turn = Turn.CHANCE;

  LeducPokerState(LeducPokerGame game, boolean recordHistory) {
    super(game.maxGameLength(), recordHistory, true);
    this.game = game;
    this.players = game.playerCount();
    this.privateCards = new int[players];
    this.contributions = new int[players];
    Arrays.fill(contributions, 1);
    this.deck = (1 << game.deckSize()) - 1;
    this.inHand = players;
  }

  private LeducPokerState(LeducPokerState other) {
    super(other);
    this.game = other.game;
    this.players = other.players;
    this.privateCards = other.privateCards.clone();
    this.contributions = other.contributions.clone();
    this.publicCard = other.publicCard;
    this.publicCardIndex = other.publicCardIndex;
    this.deck = other.deck;
    this.dealt = other.dealt;
    this.round = other.round;
    this.betCodes[0] = other.betCodes[0];
    this.betCodes[1] = other.betCodes[1];
    this.betCounts[0] = other.betCounts[0];
    this.betCounts[1] = other.betCounts[1];
    this.raises = other.raises;
    this.stake = other.stake;
    this.folded = other.folded;
    this.inHand = other.inHand;
    this.toAct = other.toAct;
    this.winners = other.winners;
    this.turn = other.turn;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    return turn;
  }

  /** Private card of {@code player}, or -1 before it is dealt. */
  int privateCard(int player) {
    return player < dealt ? privateCards[player] : -1;
  }

  /** The public card, or -1 before it is dealt. */
  int publicCard() {
    return publicCard;
  }

  /** Chips {@code player} has put in the pot. */
  int contribution(int player) {
    return contributions[player];
  }

  @Override
  public int legalActions(int[] out) {
    if (turn == Turn.CHANCE) {
      return Bitmasks.writeMembers(deck, out);
    }
    if (turn instanceof Turn.Decision decision) {
      return writeBettingActions(decision.player(), out);
    }
    return 0;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (turn instanceof Turn.Decision decision && decision.player() == player) {
      return writeBettingActions(player, out);
    }
    return 0;
  }

  private int writeBettingActions(int player, int[] out) {
    int count = 0;
    if (contributions[player] < stake) {
      out[count++] = LeducPokerGame.FOLD;
    }
    out[count++] = LeducPokerGame.CALL;
    if (raises < LeducPokerGame.MAX_RAISES_PER_ROUND) {
      out[count++] = LeducPokerGame.RAISE;
    }
    return count;
  }


  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (turn != Turn.CHANCE) {
      return 0;
    }
    return Bitmasks.writeUniformOutcomes(deck, outcomes, probabilities);
  }

  @Override
  public int sampleChanceOutcome(RandomGenerator random) {
    if (turn != Turn.CHANCE) {
      throw new IllegalStateException("not a chance node: " + turn);
    }
    return Bitmasks.randomMember(deck, random);
  }

  @Override
  protected void applyAction(int action) {
    if (turn == Turn.CHANCE) {
      deal(action);
    } else {
      bet(((Turn.Decision) turn).player(), action);
    }
  }

  private void deal(int card) {
    if (card < 0 || card > 31 || (deck & (1 << card)) == 0) {
      throw new IllegalArgumentException("card " + card + " is not in the deck");
    }
    deck &= ~(1 << card);
    if (dealt < players) {
      privateCards[dealt++] = card;
      if (dealt == players) {
        startRound();
      }
    } else {
      publicCard = card;
      publicCardIndex = moveCount() - 1;
      startRound();
    }
  }

  private void startRound() {
    raises = 0;
    toAct = inHand;
    turn = Turn.decision(nextInHand(players - 1));
  }

  /** The first player still in the hand after {@code player}, round the table. */
  private int nextInHand(int player) {
    int next = player;
    do {
      next = next + 1 == players ? 0 : next + 1;
    } while ((folded & (1 << next)) != 0);
    return next;
  }

  private void bet(int player, int action) {
    int bettingRound = round;
    switch (action) {
      case LeducPokerGame.FOLD -> {
        if (contributions[player] >= stake) {
          throw new IllegalArgumentException("fold is legal only when facing a raise");
        }
        folded |= 1 << player;
        inHand--;
        toAct--;
      }
      case LeducPokerGame.CALL -> {
        contributions[player] = stake;
        toAct--;
      }
      case LeducPokerGame.RAISE -> {
        if (raises >= LeducPokerGame.MAX_RAISES_PER_ROUND) {
          throw new IllegalArgumentException("at most " + LeducPokerGame.MAX_RAISES_PER_ROUND + " raises per round");
        }
        raises++;
        stake += LeducPokerGame.raiseSize(round);
        contributions[player] = stake;
        toAct = inHand - 1;
      }
      default -> throw new IllegalArgumentException(
          "leduc_poker action must be 0 (fold), 1 (call) or 2 (raise), got " + action);
    }
    betCodes[bettingRound] = betCodes[bettingRound] * 3 + action;
    betCounts[bettingRound]++;
    if (inHand == 1) {
      winners = ((1 << players) - 1) & ~folded;
      turn = Turn.TERMINAL;
    } else if (toAct > 0) {
      turn = Turn.decision(nextInHand(player));
    } else if (round == 0) {
      round = 1;
      turn = Turn.CHANCE;
    } else {
      showdown();
    }
  }

  private void showdown() {
    int publicRank = LeducPokerGame.rank(publicCard);
    int best = -1;
    for (int player = 0; player < players; player++) {
      if ((folded & (1 << player)) != 0) {
        continue;
      }
      int rank = LeducPokerGame.rank(privateCards[player]);
      int strength = rank == publicRank ? players + 1 + rank : rank;
      if (strength > best) {
        best = strength;
        winners = 1 << player;
      } else if (strength == best) {
        winners |= 1 << player;
      }
    }
    turn = Turn.TERMINAL;
  }

  private int pot() {
    int pot = 0;
    for (int contribution : contributions) {
      pot += contribution;
    }
    return pot;
  }

  @Override
  public double returns(int player) {
    if (turn != Turn.TERMINAL) {
      return 0.0;
    }
    double won = (winners & (1 << player)) != 0 ? (double) pot() / Integer.bitCount(winners) : 0.0;
    return won - contributions[player];
  }

  /** A split pot is a fraction of chips, so returns are exact rationals. */
  @Override
  public Rational exactReturn(int player) {
    if (turn != Turn.TERMINAL) {
      return Rational.ZERO;
    }
    Rational won = (winners & (1 << player)) != 0 ? Rational.of(pot(), Integer.bitCount(winners)) : Rational.ZERO;
    return won.subtract(Rational.of(contributions[player]));
  }

  @Override
  public int exactChanceOutcomes(int[] outcomes, Rational[] probabilities) {
    if (turn != Turn.CHANCE) {
      return 0;
    }
    int count = Bitmasks.writeMembers(deck, outcomes);
    Arrays.fill(probabilities, 0, count, Rational.of(1, count));
    return count;
  }

  /** Betting letters ({@code f}, {@code c}, {@code r}) of both rounds, separated by a slash. */
  private void appendBets(StringBuilder out) {
    int end = moveCount();
    int firstRoundEnd = publicCardIndex < 0 ? end : publicCardIndex;
    for (int i = Math.min(dealt, end); i < firstRoundEnd; i++) {
      out.append("fcr".charAt(historyAt(i)));
    }
    if (publicCardIndex >= 0) {
      out.append('/');
      for (int i = publicCardIndex + 1; i < end; i++) {
        out.append("fcr".charAt(historyAt(i)));
      }
    }
  }

  /** Number of actions in betting round {@code bettingRound} (0 or 1) so far. */
  int betCount(int bettingRound) {
    return betCounts[bettingRound];
  }

  /** The actions of betting round {@code bettingRound} as a base-3 number, first action most significant. */
  long betCode(int bettingRound) {
    return betCodes[bettingRound];
  }

  /**
   * A state with the same public card and betting and {@code player}'s own card (if dealt), the other
   * dealt private cards drawn uniformly without replacement from the cards {@code player} has not
   * seen (the deck minus the own and the public card).
   */
  LeducPokerState resample(int player, RandomGenerator random) {
    int own = privateCard(player);
    int unseen = ((1 << game.deckSize()) - 1) & ~(own >= 0 ? 1 << own : 0) & ~(publicCard >= 0 ? 1 << publicCard : 0);
    LeducPokerState sample = new LeducPokerState(game, recordsHistory());
    for (int p = 0; p < dealt; p++) {
      int card = p == player ? own : Bitmasks.randomMember(unseen, random);
      unseen &= ~(1 << card);
      sample.apply(card);
    }
    for (int i = dealt; i < moveCount(); i++) {
      sample.apply(historyAt(i));
    }
    return sample;
  }

  /**
   * Information-state tensor after OpenSpiel's layout: player one-hot ({@code players}), own card
   * one-hot and public card one-hot (deck size each), then for each betting round
   * {@link LeducPokerGame#maxActionsPerRound} slots of a (fold, call, raise) one-hot holding the
   * action made there in order, zeros for slots not reached. (OpenSpiel's two-player tensor has no
   * fold entry, since there a fold ends the hand; with more players it does not.)
   */
  @Override
  public void writeInformationState(int player, float[] out, int offset) {
    checkPlayer(player);
    int deckSize = game.deckSize();
    int slots = LeducPokerGame.maxActionsPerRound(players);
    Arrays.fill(out, offset, offset + players + 2 * deckSize + 6 * slots, 0f);
    out[offset + player] = 1f;
    int card = privateCard(player);
    if (card >= 0) {
      out[offset + players + card] = 1f;
    }
    if (publicCard >= 0) {
      out[offset + players + deckSize + publicCard] = 1f;
    }
    int start = offset + players + 2 * deckSize;
    int end = moveCount();
    int firstRoundEnd = publicCardIndex < 0 ? end : publicCardIndex;
    int slot = 0;
    for (int i = Math.min(dealt, end); i < firstRoundEnd; i++) {
      out[start + 3 * slot++ + historyAt(i)] = 1f;
    }
    if (publicCardIndex >= 0) {
      start += 3 * slots;
      slot = 0;
      for (int i = publicCardIndex + 1; i < end; i++) {
        out[start + 3 * slot++ + historyAt(i)] = 1f;
      }
    }
  }

  @Override
  public String informationStateKey(int player) {
    checkPlayer(player);
    StringBuilder out = new StringBuilder(40);
    out.append('p').append(player).append(" card=");
    appendCardId(out, privateCard(player));
    out.append(" public=");
    appendCardId(out, publicCard);
    out.append(" bets=");
    appendBets(out);
    return out.toString();
  }

  private static void appendCardId(StringBuilder out, int card) {
    if (card < 0) {
      out.append('?');
    } else {
      out.append(card);
    }
  }

  @Override
  public String observation(int player) {
    checkPlayer(player);
    StringBuilder out = new StringBuilder(80);
    int card = privateCard(player);
    out.append("player ").append(player).append(", card ").append(card < 0 ? "not dealt" : game.cardName(card));
    out.append(", public ").append(publicCard < 0 ? "not dealt" : game.cardName(publicCard));
    out.append(", round ").append(round + 1).append(", bets ");
    int length = out.length();
    appendBets(out);
    if (out.length() == length) {
      out.append("none");
    }
    out.append(", pot ").append(pot()).append(", own chips ").append(contributions[player]);
    if ((folded & (1 << player)) != 0) {
      out.append(", folded");
    }
    return out.toString();
  }

  private void checkPlayer(int player) {
    if (player < 0 || player >= players) {
      throw new IllegalArgumentException("player " + player + " is not in [0, " + players + ")");
    }
  }

  /**
   * Player one-hot ({@code players}), own card one-hot and public card one-hot (deck size each),
   * then each player's chips in the pot ({@code players}).
   */
  @Override
  public void writeObservation(int player, float[] out, int offset) {
    checkPlayer(player);
    int deckSize = game.deckSize();
    Arrays.fill(out, offset, offset + 2 * players + 2 * deckSize, 0f);
    out[offset + player] = 1f;
    int card = privateCard(player);
    if (card >= 0) {
      out[offset + players + card] = 1f;
    }
    if (publicCard >= 0) {
      out[offset + players + deckSize + publicCard] = 1f;
    }
    int start = players + 2 * deckSize;
    for (int p = 0; p < players; p++) {
      out[offset + start + p] = contributions[p];
    }
  }

  @Override
  public String actionToString(int player, int action) {
    return switch (action) {
      case LeducPokerGame.FOLD -> "fold";
      case LeducPokerGame.CALL -> player >= 0 && player < players && contributions[player] >= stake ? "check" : "call";
      case LeducPokerGame.RAISE -> "raise";
      default -> "action " + action;
    };
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return "deal " + game.cardName(outcome);
  }

  @Override
  public State copy() {
    return new LeducPokerState(this);
  }
}
