package org.agora.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.tree.ExplicitTreeCompiler;
import org.agora.core.tree.ReducedNormalForm;

/**
 * Entry point for Gambit's file formats: {@code .nfg} (strategic form, payoff and outcome versions)
 * and {@code .efg} (extensive form), read and written with exact rational numbers.
 *
 * <p>A {@code .nfg} file becomes an exact {@link NormalFormGame} named {@code nfg(file=...)}; a
 * {@code .efg} file becomes an {@link EfgGame} named {@code efg(file=...)}. Both names are accepted
 * by {@link org.agora.core.GameRegistry#create(String)}. Malformed input fails with a
 * {@link GambitParseException} whose message is {@code file:line:column: what was expected}.
 *
 * <p>What is not kept: the comment of a {@code .nfg} file (a {@link NormalFormGame} has no place
 * for it) and the outcome names of the outcome version (the game keeps payoffs only); a file
 * written with {@code D} (floating point) is read exactly as the decimal numbers it contains.
 */
public final class GambitFormats {

  private GambitFormats() {}

  /**
   * Reads a {@code .nfg} or {@code .efg} file (chosen by content, not by extension). The game's
   * name records the path as given. The text is UTF-8, or ISO-8859-1 when it is not valid UTF-8
   * (older files).
   *
   * @throws GambitParseException for malformed input, with {@code file:line:column: what was expected}
   * @throws IOException if the file cannot be read
   */
  public static Game read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return parse(text, file.toString());
  }

  /**
   * Reads from text; {@code sourceName} is used in error messages and as the {@code file}
   * parameter of the game's name.
   *
   * @throws GambitParseException for malformed input
   */
  public static Game parse(String text, String sourceName) {
    GambitLexer lexer = GambitLexer.of(text, sourceName);
    GambitLexer.Token first = lexer.peek();
    if (first.kind() == GambitLexer.Kind.WORD && first.text().equals("NFG")) {
      return NfgReader.read(lexer, sourceName);
    }
    if (first.kind() == GambitLexer.Kind.WORD && first.text().equals("EFG")) {
      return new EfgGame(EfgReader.read(lexer), sourceName);
    }
    String lower = sourceName.toLowerCase(Locale.ROOT);
    String expected = lower.endsWith(".nfg") ? "expected 'NFG'"
        : lower.endsWith(".efg") ? "expected 'EFG'" : "expected 'NFG' or 'EFG'";
    throw lexer.error(first, expected);
  }

  /**
   * Writes a normal-form game as {@code .nfg} (payoff version with strategy names), exact: reading
   * the text back gives the same title, player names, strategy names and exact payoffs.
   */
  public static String toNfg(NormalFormGame game) {
    return GambitWriters.nfg(game);
  }

  /**
   * Writes any small finite game as {@code .efg} by enumerating its tree through the
   * {@link org.agora.core.State} API: chance probabilities and payoffs are exact where the game
   * offers {@link org.agora.core.ExactValues}, otherwise the exact binary values of the doubles
   * (chance probabilities adjusted to sum to exactly 1, see {@link ExplicitTreeCompiler}); a player's
   * information sets are its distinct information-state keys, numbered in first-seen order and
   * named by the key; simultaneous nodes are expanded turn-based
   * ({@link org.agora.core.transform.TurnBasedGame}). An {@link EfgGame} is written from its tree,
   * keeping node, information-set and outcome names and numbers, outcomes at inner nodes and the
   * comment, so that reading the text back gives the same game.
   *
   * @throws IllegalArgumentException if the tree has more than {@code nodeLimit} nodes, or the game
   *     is not a finite game with explicit chance
   */
  public static String toEfg(Game game, long nodeLimit) {
    if (game instanceof EfgGame efg) {
      if (efg.nodeCount() > nodeLimit) {
        throw new IllegalArgumentException("the game tree of " + game.name() + " has more than " + nodeLimit + " nodes");
      }
      return GambitWriters.efg(efg.explicitTree());
    }
    return GambitWriters.efg(ExplicitTreeCompiler.compile(game, nodeLimit));
  }

  /**
   * The reduced normal form of a finite game (pure strategies that differ only at information
   * states their own earlier choices make unreachable are merged), with exact expected payoffs. A
   * normal-form game is returned as it is; a game with simultaneous nodes is first viewed
   * turn-based. Strategy names follow {@link ReducedNormalForm}, e.g. {@code 12*}. Delegates to
   * {@link ReducedNormalForm#of(Game, long)}. The result is
   * named {@code reduced_normal_form(game=...)}.
   *
   * @throws IllegalArgumentException if the game tree has more than {@code limit} nodes or the
   *     reduced normal form more than {@code limit} strategy profiles
   */
  public static NormalFormGame reducedNormalForm(Game game, long limit) {
    return ReducedNormalForm.of(game, limit);
  }
}
