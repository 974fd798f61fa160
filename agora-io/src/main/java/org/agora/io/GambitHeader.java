package org.agora.io;

import java.util.ArrayList;
import java.util.List;
import org.agora.io.GambitLexer.Kind;
import org.agora.io.GambitLexer.Token;

/**
 * The header shared by both Gambit formats: {@code NFG 1 R "title" { "P1" "P2" }} or
 * {@code EFG 2 R "title" { "P1" "P2" }} (precision {@code R} or {@code D}).
 *
 * @param title the game's title
 * @param playerNames the players' names, at least one
 */
record GambitHeader(String title, List<String> playerNames) {

  /**
   * Reads the header, leaving the lexer after the closing brace of the player names.
   *
   * @param format {@code NFG} or {@code EFG}
   * @param version the format version the file must declare
   * @throws GambitParseException at the first token that does not fit
   */
  static GambitHeader read(GambitLexer lexer, String format, String version) {
    lexer.expectWord(format, "expected '" + format + "'");
    Token declared = lexer.peek();
    if (declared.kind() != Kind.NUMBER || !declared.text().equals(version)) {
      throw lexer.error(declared, "expected version " + version);
    }
    lexer.next();
    Token precision = lexer.peek();
    if (precision.kind() != Kind.WORD || !(precision.text().equals("R") || precision.text().equals("D"))) {
      throw lexer.error(precision, "expected 'R' or 'D'");
    }
    lexer.next();
    String title = lexer.expectString("expected the title (a quoted string)");
    lexer.expect(Kind.OPEN, "expected '{' before the player names");
    List<String> names = new ArrayList<>();
    while (!lexer.at(Kind.CLOSE)) {
      names.add(lexer.expectString("expected a player name (a quoted string) or '}'"));
    }
    Token close = lexer.next();
    if (names.isEmpty()) {
      throw lexer.error(close, "expected at least one player name");
    }
    return new GambitHeader(title, List.copyOf(names));
  }
}
