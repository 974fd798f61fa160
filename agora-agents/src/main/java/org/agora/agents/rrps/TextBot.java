package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * {@code textbot}: a fixed sequence spelled from English text, one of the dummy bots of the first
 * competition (Billings 2000: English text converted to rock-paper-scissors, which left it heavily
 * biased). The entry's text (a post about the competition) and its letter mapping are not ours to
 * reuse, so ours spells a paragraph we wrote, {@link #TEXT}: each letter {@code a..z} becomes throw
 * {@code (letter index) mod 3} (a, d, g, ... rock; b, e, h, ... paper; c, f, i, ... scissors) and
 * everything else is skipped; the sequence starts afresh every match and wraps around at its end.
 * English letter frequencies make it uneven (more paper and rock than scissors here), so a plain
 * frequency counter wins against it, and its repeated words are patterns that history matchers find.
 */
final class TextBot extends RoshamboBot {

  /** The text the bot spells (ours, written for this bot). */
  static final String TEXT = "Rock, paper and scissors is a game that nobody should be able to win"
      + " against an opponent who throws at random, yet the programs that entered the contest were not"
      + " random at all. Some of them repeated a single throw, some walked around the circle, some read"
      + " the digits of a famous number or the letters of a short story, and the clever ones watched"
      + " every throw of the other side and waited for a habit to show itself. When a habit appeared"
      + " they pounced, and when their own habits were found out they changed their minds and hid"
      + " behind chance again. The winners were the programs that noticed the most and gave away the"
      + " least, while the dummies lost a little to everyone who was paying attention to them.";

  private static final byte[] SEQUENCE = sequence(TEXT);

  TextBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    return throwAt(round());
  }

  /** The bot's throw in round {@code t}. */
  static int throwAt(int t) {
    return SEQUENCE[t % SEQUENCE.length];
  }

  /** Throws in the sequence before it wraps around. */
  static int length() {
    return SEQUENCE.length;
  }

  private static byte[] sequence(String text) {
    byte[] sequence = new byte[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c >= 'a' && c <= 'z') {
        sequence[n++] = (byte) ((c - 'a') % 3);
      }
    }
    return Arrays.copyOf(sequence, n);
  }
}
