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
 * State of a {@link KuhnPokerGame}. The cards are packed four bits per player in one {@code long}
 * and the deck is a bit mask, so a move allocates nothing and a copy is a handful of fields.
 */
final class KuhnPokerState extends AbstractState implements TensorStateWriting, ExactStateValues {

  private static final int CARD_BITS = 4;
  private static final int CARD_MASK = (1 << CARD_BITS) - 1;

  private final KuhnPokerGame game;
  private final int players;
  /** Card of player p in bits {@code [4p, 4p + 4)}, valid for {@code p < dealt}. */
  private long cards;
  /** Bit c set while card c is still in the deck. */
  private int deck;
  private int dealt;
  /** Player who bet, or -1 while nobody has. */
  private int bettor = -1;
  /** Bit p set when player p has bet or called. */
  private int committed;
  /** Players still to answer the bet. */
  private int answersLeft;
  /**
   * The betting so far as bits after a leading 1: each pass/fold appends 0, each bet/call 1 (so
   * {@code 1} before any bet, {@code 0b101} after pass, bet). At most {@code 2 * players - 1} bets.
   */
  private int betCode = 1;
  private int winner = -1;
  private Turn turn;

  KuhnPokerState(KuhnPokerGame game, boolean recordHistory) {
    super(game.maxGameLength(), recordHistory, false);
    this.game = game;
    this.players = game.playerCount();
    this.deck = (1 << game.deckSize()) - 1;
    this.turn = Turn.CHANCE;
  }

  private KuhnPokerState(KuhnPokerState other) {
    super(other);
    this.game = other.game;
    this.players = other.players;
    this.cards = other.cards;
    this.deck = other.deck;
    this.dealt = other.dealt;
    this.bettor = other.bettor;
    this.committed = other.committed;
    this.answersLeft = other.answersLeft;
    this.betCode = other.betCode;
    this.winner = other.winner;
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

  /** Card of {@code player}, or -1 before it is dealt. */
  int card(int player) {
    return player < dealt ? (int) (cards >>> (CARD_BITS * player)) & CARD_MASK : -1;
  }

  @Override
  public int legalActions(int[] out) {
    if (turn == Turn.CHANCE) {
      return Bitmasks.writeMembers(deck, out);
    }
    if (turn instanceof Turn.Decision) {
      out[0] = KuhnPokerGame.PASS;
      out[1] = KuhnPokerGame.BET;
      return 2;
    }
    return 0;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (turn instanceof Turn.Decision decision && decision.player() == player) {
      out[0] = KuhnPokerGame.PASS;
      out[1] = KuhnPokerGame.BET;
      return 2;
    }
    return 0;
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
      return;
    }
    if (action != KuhnPokerGame.PASS && action != KuhnPokerGame.BET) {
      throw new IllegalArgumentException("kuhn_poker action must be 0 (pass) or 1 (bet), got " + action);
    }
    int player = ((Turn.Decision) turn).player();
    betCode = betCode << 1 | action;
    if (bettor < 0) {
      if (action == KuhnPokerGame.BET) {
        bettor = player;
        committed = 1 << player;
        answersLeft = players - 1;
      } else if (player == players - 1) {
        finish((1 << players) - 1);
        return;
      }
    } else {
      if (action == KuhnPokerGame.BET) {
        committed |= 1 << player;
      }
      if (--answersLeft == 0) {
        finish(committed);
        return;
      }
    }
    turn = Turn.decision(player + 1 == players ? 0 : player + 1);
  }

  private void deal(int card) {
    if (card < 0 || card > 31 || (deck & (1 << card)) == 0) {
      throw new IllegalArgumentException("card " + card + " is not in the deck");
    }
    deck &= ~(1 << card);
    cards |= (long) card << (CARD_BITS * dealt);
    dealt++;
    if (dealt == players) {
      turn = Turn.decision(0);
    }
  }

  /** Showdown among the players in {@code contenders}. */
  private void finish(int contenders) {
    int best = -1;
    for (int remaining = contenders; remaining != 0; remaining &= remaining - 1) {
      int player = Integer.numberOfTrailingZeros(remaining);
      int card = card(player);
      if (card > best) {
        best = card;
        winner = player;
      }
    }
    turn = Turn.TERMINAL;
  }

  /** Chips in the pot: the antes plus one per bet or call. */
  private int pot() {
    return players + Integer.bitCount(committed);
  }

  @Override
  public double returns(int player) {
    if (turn != Turn.TERMINAL) {
      return 0.0;
    }
    int paid = 1 + ((committed >>> player) & 1);
    return (player == winner ? pot() : 0) - paid;
  }

  @Override
  public Rational exactReturn(int player) {
    return Rational.of((long) returns(player));
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

  /** The public betting history as letters: {@code p} for pass/fold, {@code b} for bet/call. */
  private void appendBets(StringBuilder out) {
    for (int bit = betCount() - 1; bit >= 0; bit--) {
      out.append(((betCode >>> bit) & 1) == KuhnPokerGame.BET ? 'b' : 'p');
    }
  }

  /** Number of bets, calls, passes and folds so far. */
  int betCount() {
    return 31 - Integer.numberOfLeadingZeros(betCode);
  }

  /** The betting so far: a leading 1, then one bit per action, 1 for bet or call (see the field). */
  int betCode() {
    return betCode;
  }

  /** Cards dealt so far. */
  int dealtCount() {
    return dealt;
  }

  /**
   * A state with the same betting and {@code player}'s own card (if dealt), the other dealt cards
   * drawn uniformly without replacement from the cards {@code player} has not seen.
   */
  KuhnPokerState resample(int player, RandomGenerator random) {
    int own = card(player);
    int unseen = ((1 << game.deckSize()) - 1) & ~(own >= 0 ? 1 << own : 0);
    KuhnPokerState sample = new KuhnPokerState(game, recordsHistory());
    for (int p = 0; p < dealt; p++) {
      int card = p == player ? own : Bitmasks.randomMember(unseen, random);
      unseen &= ~(1 << card);
      sample.apply(card);
    }
    for (int bit = betCount() - 1; bit >= 0; bit--) {
      sample.apply((betCode >>> bit) & 1);
    }
    return sample;
  }

  /**
   * Information-state tensor after OpenSpiel's layout: player one-hot ({@code players}), own card
   * one-hot ({@code players + 1}), then for each of the {@code 2 * players - 1} betting slots a pair
   * (pass, bet) holding a one-hot of the action made there, or zeros for slots not yet reached.
   */
  @Override
  public void writeInformationState(int player, float[] out, int offset) {
    checkPlayer(player);
    int size = 6 * players - 1;
    Arrays.fill(out, offset, offset + size, 0f);
    out[offset + player] = 1f;
    int card = card(player);
    if (card >= 0) {
      out[offset + players + card] = 1f;
    }
    int start = offset + 2 * players + 1;
    int bets = betCount();
    for (int slot = 0; slot < bets; slot++) {
      out[start + 2 * slot + ((betCode >>> (bets - 1 - slot)) & 1)] = 1f;
    }
  }

  @Override
  public String informationStateKey(int player) {
    checkPlayer(player);
    StringBuilder out = new StringBuilder(24);
    out.append('p').append(player).append(" card=");
    int card = card(player);
    if (card < 0) {
      out.append('?');
    } else {
      out.append(card);
    }
    out.append(" bets=");
    appendBets(out);
    return out.toString();
  }

  @Override
  public String observation(int player) {
    checkPlayer(player);
    StringBuilder out = new StringBuilder(48);
    out.append("player ").append(player).append(", card ");
    int card = card(player);
    out.append(card < 0 ? "not dealt" : cardName(card)).append(", bets ");
    int length = out.length();
    appendBets(out);
    if (out.length() == length) {
      out.append("none");
    }
    out.append(", pot ").append(pot());
    if (turn == Turn.TERMINAL) {
      out.append(", winner player ").append(winner);
    }
    return out.toString();
  }

  private String cardName(int card) {
    return players == 2 ? String.valueOf("JQK".charAt(card)) : Integer.toString(card);
  }

  private void checkPlayer(int player) {
    if (player < 0 || player >= players) {
      throw new IllegalArgumentException("player " + player + " is not in [0, " + players + ")");
    }
  }

  /**
   * Player one-hot ({@code players}), own card one-hot ({@code players + 1}), then each player's
   * chips in the pot ({@code players}).
   */
  @Override
  public void writeObservation(int player, float[] out, int offset) {
    checkPlayer(player);
    Arrays.fill(out, offset, offset + 3 * players + 1, 0f);
    out[offset + player] = 1f;
    int card = card(player);
    if (card >= 0) {
      out[offset + players + card] = 1f;
    }
    int start = 2 * players + 1;
    for (int p = 0; p < players; p++) {
      out[offset + start + p] = 1 + ((committed >>> p) & 1);
    }
  }

  @Override
  public String actionToString(int player, int action) {
    boolean facingBet = bettor >= 0 && turn != Turn.TERMINAL;
    if (action == KuhnPokerGame.PASS) {
      return facingBet ? "fold" : "pass";
    }
    if (action == KuhnPokerGame.BET) {
      return facingBet ? "call" : "bet";
    }
    return "action " + action;
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return outcome >= 0 && outcome <= players ? "deal " + cardName(outcome) : "outcome " + outcome;
  }

  @Override
  public State copy() {
    return new KuhnPokerState(this);
  }
}
