package org.agora.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Rational;
import org.agora.core.tree.ExplicitTree;
import org.agora.core.tree.TreeBuilder;
import org.agora.io.GambitLexer.Kind;
import org.agora.io.GambitLexer.Token;

/**
 * Reads Gambit's extensive-form format ({@code EFG 2 R "title" { "P1" "P2" } "comment"} followed by
 * the nodes in prefix order) into an {@link ExplicitTree}.
 *
 * <p>Node lines: {@code c "name" infoset ["infoset name"] [{ "action" probability ... }] outcome
 * ["outcome name"] [{ payoffs }]}, {@code p "name" player infoset ["infoset name"] [{ "action"
 * ... }] outcome ...} and {@code t "name" outcome ["outcome name"] [{ payoffs }]}. Information-set
 * numbers are per player (chance being its own player); the action list may be left out for a set
 * defined earlier, and when repeated must agree. Outcome 0 is no outcome; an outcome defined earlier
 * may leave out its name and payoffs, and when repeated they must agree. A terminal payoff is the
 * sum of the outcomes on its path. Chance probabilities must sum to exactly 1.
 */
final class EfgReader {

  /** Where an information set was defined, to report inconsistent redefinitions. */
  private record InfosetDefinition(int id, int line) {}

  /** Where an outcome was defined. */
  private record OutcomeDefinition(int id, int line) {}

  /** A node whose children are still being read. */
  private static final class Open {
    final int node;
    final int children;
    int next;

    Open(int node, int children) {
      this.node = node;
      this.children = children;
    }
  }

  private final GambitLexer lexer;
  private final Map<Long, InfosetDefinition> infosets = new HashMap<>();
  private final Map<Integer, OutcomeDefinition> outcomes = new HashMap<>();
  private TreeBuilder builder;
  private int players;

  private EfgReader(GambitLexer lexer) {
    this.lexer = lexer;
  }

  /** Parses a whole {@code .efg} text whose first token is {@code EFG}. */
  static ExplicitTree read(GambitLexer lexer) {
    return new EfgReader(lexer).readTree();
  }

  private ExplicitTree readTree() {
    GambitHeader header = GambitHeader.read(lexer, "EFG", "2");
    String title = header.title();
    List<String> names = header.playerNames();
    players = names.size();
    String comment = lexer.at(Kind.STRING) ? lexer.next().text() : "";
    builder = new TreeBuilder(players);
    Deque<Open> open = new ArrayDeque<>();
    do {
      int parent = -1;
      int slot = 0;
      if (!open.isEmpty()) {
        Open top = open.peek();
        parent = top.node;
        slot = top.next++;
        if (top.next == top.children) {
          open.pop();
        }
      }
      int node = readNode(parent, slot);
      int children = builder.childCount(node);
      if (children > 0) {
        open.push(new Open(node, children));
      }
    } while (!open.isEmpty());
    lexer.expectEnd();
    return builder.build(title, comment, names.toArray(String[]::new));
  }

  private int readNode(int parent, int slot) {
    Token start = lexer.peek();
    if (start.kind() != Kind.WORD || !List.of("c", "p", "t").contains(start.text())) {
      throw lexer.error(start, "expected a node ('c', 'p' or 't')");
    }
    lexer.next();
    String name = lexer.expectString("expected the node's name (a quoted string)");
    byte kind;
    int player;
    int infosetId;
    switch (start.text()) {
      case "t" -> {
        kind = ExplicitTree.TERMINAL;
        player = -1;
        infosetId = -1;
      }
      case "c" -> {
        kind = ExplicitTree.CHANCE;
        player = -1;
        infosetId = readInfoset(start, -1);
      }
      default -> {
        kind = ExplicitTree.DECISION;
        player = lexer.expectInteger(1, players, "expected a player number from 1 to " + players) - 1;
        infosetId = readInfoset(start, player);
      }
    }
    int outcomeId = readOutcome();
    return builder.addNode(parent, slot, kind, player, infosetId, name, outcomeId);
  }

  /** Reads the infoset number, optional name and optional action list of a chance or decision node. */
  private int readInfoset(Token start, int player) {
    String owner = player < 0 ? "chance" : "player " + (player + 1);
    Token numberToken = lexer.peek();
    int number = lexer.expectInteger(1, Integer.MAX_VALUE - 1, "expected a positive information set number");
    Token nameToken = lexer.peek();
    String infosetName = lexer.at(Kind.STRING) ? lexer.next().text() : null;
    Token listStart = lexer.peek();
    String[] labels = null;
    Rational[] probabilities = null;
    if (lexer.at(Kind.OPEN)) {
      lexer.next();
      List<String> actions = new ArrayList<>();
      List<Rational> chances = new ArrayList<>();
      while (!lexer.at(Kind.CLOSE)) {
        actions.add(lexer.expectString("expected an action name (a quoted string) or '}'"));
        if (player < 0) {
          Token probability = lexer.peek();
          Rational value = lexer.expectNumber("expected the action's probability (a number)");
          if (value.signum() < 0 || value.compareTo(Rational.ONE) > 0) {
            throw lexer.error(probability, "expected a probability between 0 and 1");
          }
          chances.add(value);
        }
      }
      Token close = lexer.next();
      if (actions.isEmpty()) {
        throw lexer.error(close, "expected at least one action");
      }
      labels = actions.toArray(String[]::new);
      if (player < 0) {
        probabilities = chances.toArray(Rational[]::new);
        Rational sum = Rational.ZERO;
        for (Rational p : probabilities) {
          sum = sum.add(p);
        }
        if (!sum.equals(Rational.ONE)) {
          throw lexer.error(start, "expected chance probabilities that sum to 1, found a sum of " + sum);
        }
      }
    }
    long key = ((long) player << 32) | number;
    InfosetDefinition defined = infosets.get(key);
    if (defined == null) {
      if (labels == null) {
        throw lexer.error(listStart, "expected the action list of information set " + number + " of " + owner
            + " ('{'), which is not defined yet");
      }
      int id = builder.addInfoset(player, number, infosetName == null ? "" : infosetName, labels, probabilities);
      infosets.put(key, new InfosetDefinition(id, numberToken.line()));
      return id;
    }
    int id = defined.id();
    String where = "information set " + number + " of " + owner + " (line " + defined.line() + ")";
    if (infosetName != null && !infosetName.equals(builder.infosetName(id))) {
      throw lexer.error(nameToken, "expected the name \"" + builder.infosetName(id) + "\" of " + where);
    }
    if (labels != null) {
      String[] known = builder.labels(id);
      if (labels.length != known.length) {
        throw lexer.error(listStart, "expected " + known.length + " actions as at " + where + ", found "
            + labels.length);
      }
      if (!Arrays.equals(labels, known) || (player < 0 && !Arrays.equals(probabilities, builder.probabilities(id)))) {
        throw lexer.error(listStart, "expected the same actions" + (player < 0 ? " and probabilities" : "")
            + " as at " + where);
      }
    }
    return id;
  }

  /** Reads the outcome number, optional name and optional payoffs; returns the outcome id or -1. */
  private int readOutcome() {
    Token numberToken = lexer.peek();
    int number = lexer.expectInteger(0, Integer.MAX_VALUE - 1, "expected an outcome number (0 for none)");
    if (number == 0) {
      return -1;
    }
    Token nameToken = lexer.peek();
    String outcomeName = lexer.at(Kind.STRING) ? lexer.next().text() : null;
    Token payoffStart = lexer.peek();
    Rational[] payoffs = lexer.at(Kind.OPEN) ? readPayoffs() : null;
    OutcomeDefinition defined = outcomes.get(number);
    if (defined == null) {
      if (payoffs == null) {
        throw lexer.error(payoffStart, "expected the payoffs of outcome " + number + " ('{'), which is not defined yet");
      }
      int id = builder.addOutcome(number, outcomeName == null ? "" : outcomeName, payoffs);
      outcomes.put(number, new OutcomeDefinition(id, numberToken.line()));
      return id;
    }
    int id = defined.id();
    String where = "outcome " + number + " (line " + defined.line() + ")";
    if (outcomeName != null && !outcomeName.equals(builder.outcomeName(id))) {
      throw lexer.error(nameToken, "expected the name \"" + builder.outcomeName(id) + "\" of " + where);
    }
    if (payoffs != null && !Arrays.equals(payoffs, builder.outcomePayoffs(id))) {
      throw lexer.error(payoffStart, "expected the same payoffs as " + where);
    }
    return id;
  }

  /** Reads {@code { p1 p2 ... }} with one number per player. */
  private Rational[] readPayoffs() {
    lexer.next();
    Rational[] payoffs = new Rational[players];
    int count = 0;
    while (true) {
      Token token = lexer.peek();
      if (token.kind() == Kind.CLOSE) {
        if (count < players) {
          throw lexer.error(token, "expected " + players + " payoffs (one per player), found " + count);
        }
        lexer.next();
        return payoffs;
      }
      if (count == players) {
        throw lexer.error(token, "expected '}' after " + players + " payoffs (one per player)");
      }
      if (token.kind() != Kind.NUMBER) {
        throw lexer.error(token, "expected a number or '}'");
      }
      payoffs[count++] = lexer.toRational(lexer.next(), "expected a number or '}'");
    }
  }
}
