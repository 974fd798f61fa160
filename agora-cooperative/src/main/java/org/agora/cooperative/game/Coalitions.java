package org.agora.cooperative.game;

import java.util.StringJoiner;
import org.agora.cooperative.CoalitionGame;

/**
 * Coalitions written as text: a player list {@code {0,2}} or {@code [0,2]} (the empty coalition
 * {@code {}}), or a bit string whose i-th character (from the left) is player i, e.g. {@code 101}
 * for players 0 and 2.
 */
public final class Coalitions {

  private Coalitions() {}

  /**
   * Parses a coalition.
   *
   * @param players n when known (a bit string must then have n characters), or -1
   * @throws IllegalArgumentException naming the text and what is allowed
   */
  public static long parse(String text, int players) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("empty coalition; write a player list such as {0,2} or a bit string such as 101");
    }
    char first = trimmed.charAt(0);
    if (first == '{' || first == '[') {
      char close = first == '{' ? '}' : ']';
      if (trimmed.charAt(trimmed.length() - 1) != close) {
        throw new IllegalArgumentException("coalition '" + text + "' has no closing '" + close + "'");
      }
      String inner = trimmed.substring(1, trimmed.length() - 1).trim();
      long mask = 0;
      if (inner.isEmpty()) {
        return 0;
      }
      for (String part : inner.split("[,;\\s]+")) {
        int player;
        try {
          player = Integer.parseInt(part);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("coalition '" + text + "': '" + part + "' is not a player number");
        }
        int limit = players > 0 ? players : CoalitionGame.MAX_PLAYERS;
        if (player < 0 || player >= limit) {
          throw new IllegalArgumentException("coalition '" + text + "': player " + player + " is not in [0, "
              + (limit - 1) + "]");
        }
        if ((mask >>> player & 1) != 0) {
          throw new IllegalArgumentException("coalition '" + text + "': player " + player + " is listed twice");
        }
        mask |= 1L << player;
      }
      return mask;
    }
    if (trimmed.length() > CoalitionGame.MAX_PLAYERS || (players > 0 && trimmed.length() != players)) {
      throw new IllegalArgumentException("bit string '" + text + "' has " + trimmed.length() + " characters; expected "
          + (players > 0 ? players : "at most " + CoalitionGame.MAX_PLAYERS) + " (one per player)");
    }
    long mask = 0;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '1') {
        mask |= 1L << i;
      } else if (c != '0') {
        throw new IllegalArgumentException("coalition '" + text
            + "' is neither a player list such as {0,2} nor a bit string of 0s and 1s");
      }
    }
    return mask;
  }

  /** {@code {0,2}} for mask 0b101. */
  public static String format(long mask) {
    return "{" + members(mask, ",") + "}";
  }

  /** {@code [0,2]} for mask 0b101, the form game strings accept. */
  static String formatList(long mask) {
    return "[" + members(mask, ",") + "]";
  }

  private static String members(long mask, String separator) {
    StringJoiner joiner = new StringJoiner(separator);
    long rest = mask;
    while (rest != 0) {
      joiner.add(Integer.toString(Long.numberOfTrailingZeros(rest)));
      rest &= rest - 1;
    }
    return joiner.toString();
  }
}
