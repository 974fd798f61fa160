package org.agora.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitLexer.Kind;
import org.agora.io.GambitLexer.Token;

/**
 * Reads Gambit's strategic-form format into an exact {@link NormalFormGame}.
 *
 * <p>Header: {@code NFG 1 R "title" { "P1" "P2" }}, then either strategy counts {@code { 3 2 }}
 * (strategies are then named {@code 1}, {@code 2}, ...) or strategy names
 * {@code { { "a" "b" "c" } { "x" "y" } }}, then an optional comment string. Payoff version: one
 * number per player for every profile. Outcome version: {@code { { "name" p1 p2 } ... }} followed by
 * one outcome number per profile (0: every payoff is 0). In both, profiles are listed with player 1's
 * strategy varying fastest; they are stored in Agora's order (last player fastest).
 */
final class NfgReader {

  private final GambitLexer lexer;

  private NfgReader(GambitLexer lexer) {
    this.lexer = lexer;
  }

  /** Parses a whole {@code .nfg} text; the game is named {@code nfg(file=fileParameter)}. */
  static NormalFormGame read(GambitLexer lexer, String fileParameter) {
    return new NfgReader(lexer).readGame(fileParameter);
  }

  private NormalFormGame readGame(String fileParameter) {
    GambitHeader header = GambitHeader.read(lexer, "NFG", "1");
    String title = header.title();
    List<String> playerNames = header.playerNames();
    int players = playerNames.size();
    Token strategyBlock = lexer.peek();
    String[][] strategies = readStrategies(players);
    if (lexer.at(Kind.STRING)) {
      lexer.next();
    }
    long profiles = 1;
    for (String[] list : strategies) {
      profiles *= list.length;
      if (profiles * players > Integer.MAX_VALUE - 8) {
        throw lexer.error(strategyBlock, "expected a game with fewer than 2^31 payoffs");
      }
    }
    Rational[][] byGambitProfile = lexer.at(Kind.OPEN)
        ? readOutcomeVersion(players, (int) profiles)
        : readPayoffVersion(players, (int) profiles);
    lexer.expectEnd();
    Rational[] payoffs = new Rational[players * (int) profiles];
    int[] strides = new int[players];
    int stride = 1;
    for (int p = players - 1; p >= 0; p--) {
      strides[p] = stride;
      stride *= strategies[p].length;
    }
    int[] digits = new int[players];
    for (int gambitProfile = 0; gambitProfile < profiles; gambitProfile++) {
      int index = 0;
      for (int p = 0; p < players; p++) {
        index += digits[p] * strides[p];
      }
      for (int p = 0; p < players; p++) {
        payoffs[p * (int) profiles + index] = byGambitProfile[gambitProfile][p];
      }
      for (int p = 0; p < players && ++digits[p] == strategies[p].length; p++) {
        digits[p] = 0;
      }
    }
    GameParameters parameters = GameParameters.of("nfg", Map.of("file", fileParameter));
    return NormalFormGame.exact(parameters, title, playerNames.toArray(String[]::new), strategies, payoffs);
  }

  /** Reads {@code { 3 2 }} or {@code { { "a" "b" } { "x" "y" } }}. */
  private String[][] readStrategies(int players) {
    lexer.expect(Kind.OPEN, "expected '{' before the strategies");
    String[][] strategies = new String[players][];
    boolean named = lexer.at(Kind.OPEN);
    for (int p = 0; p < players; p++) {
      if (named) {
        Token open = lexer.expect(Kind.OPEN, "expected '{' and the strategy names of player " + (p + 1));
        List<String> names = new ArrayList<>();
        while (!lexer.at(Kind.CLOSE)) {
          names.add(lexer.expectString("expected a strategy name (a quoted string) or '}'"));
        }
        lexer.next();
        if (names.isEmpty()) {
          throw lexer.error(open, "expected at least one strategy for player " + (p + 1));
        }
        strategies[p] = names.toArray(String[]::new);
      } else {
        int count = lexer.expectInteger(1, Integer.MAX_VALUE - 8,
            "expected the number of strategies of player " + (p + 1) + " (a positive integer)");
        strategies[p] = new String[count];
        for (int s = 0; s < count; s++) {
          strategies[p][s] = Integer.toString(s + 1);
        }
      }
    }
    lexer.expect(Kind.CLOSE, "expected '}' after the strategies of " + players + " players");
    return strategies;
  }

  /**
   * The payoffs, read before anything as large as the declared game is allocated when the file
   * cannot hold that many values: a header declaring 24 players of 2 strategies then fails at the
   * file's end in time linear in the file, not after allocating 400 million payoffs.
   */
  private Rational[][] readPayoffVersion(int players, int profiles) {
    Rational[][] payoffs = (long) profiles * players <= lexer.remaining() ? new Rational[profiles][players] : null;
    for (int profile = 0; profile < profiles; profile++) {
      for (int p = 0; p < players; p++) {
        Token token = lexer.peek();
        if (token.kind() != Kind.NUMBER) {
          throw lexer.error(token, "expected a number (payoff " + (profile * players + p + 1) + " of "
              + (long) profiles * players + ")");
        }
        Rational payoff = lexer.toRational(lexer.next(), "expected a number");
        if (payoffs != null) {
          payoffs[profile][p] = payoff;
        }
      }
    }
    return requireRead(payoffs);
  }

  private Rational[][] readOutcomeVersion(int players, int profiles) {
    lexer.next();
    List<Rational[]> outcomes = new ArrayList<>();
    outcomes.add(zeros(players));
    while (!lexer.at(Kind.CLOSE)) {
      lexer.expect(Kind.OPEN, "expected '{' to start an outcome or '}' to end the outcome list");
      lexer.expectString("expected the outcome's name (a quoted string)");
      Rational[] payoffs = new Rational[players];
      int count = 0;
      while (true) {
        Token token = lexer.peek();
        if (token.kind() == Kind.CLOSE) {
          if (count < players) {
            throw lexer.error(token, "expected " + players + " payoffs (one per player), found " + count);
          }
          lexer.next();
          break;
        }
        if (count == players) {
          throw lexer.error(token, "expected '}' after " + players + " payoffs (one per player)");
        }
        if (token.kind() != Kind.NUMBER) {
          throw lexer.error(token, "expected a number or '}'");
        }
        payoffs[count++] = lexer.toRational(lexer.next(), "expected a number or '}'");
      }
      outcomes.add(payoffs);
    }
    lexer.next();
    int last = outcomes.size() - 1;
    Rational[][] result = profiles <= lexer.remaining() ? new Rational[profiles][] : null; // as for payoffs
    for (int profile = 0; profile < profiles; profile++) {
      int outcome = lexer.expectInteger(0, last, "expected an outcome number from 0 to " + last
          + " (entry " + (profile + 1) + " of " + profiles + ")");
      if (result != null) {
        result[profile] = outcomes.get(outcome);
      }
    }
    result = requireRead(result);
    return result;
  }

  /** {@code values}, which is null only when the file was too short, and reading it then failed. */
  private static Rational[][] requireRead(Rational[][] values) {
    if (values == null) {
      throw new IllegalStateException("a file too short for its declared game was read to the end");
    }
    return values;
  }

  private static Rational[] zeros(int players) {
    Rational[] zeros = new Rational[players];
    java.util.Arrays.fill(zeros, Rational.ZERO);
    return zeros;
  }
}
