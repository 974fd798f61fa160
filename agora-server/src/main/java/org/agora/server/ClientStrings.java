package org.agora.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the game, agent and solver strings a client sends before anything creates them: no string
 * may name a file (a {@code file=} parameter, the {@code nfg}/{@code efg} games, the {@code policy}
 * agent that reads one), so that nothing a client sends reaches the file system. Uploaded games are
 * parsed from the request body instead.
 */
final class ClientStrings {

  /** Longest string accepted. */
  static final int MAX_LENGTH = 2_000;

  private static final Pattern FILE_PARAMETER = Pattern.compile("(^|[(,\\s])file\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_GAME = Pattern.compile("(^|[(,=\\s])(nfg|efg|policy)\\s*(\\(|$|[,)])",
      Pattern.CASE_INSENSITIVE);

  private ClientStrings() {}

  /**
   * Returns {@code value} trimmed when it is a safe string for {@code what}.
   *
   * @throws ApiException 400 when missing, too long, or naming a file
   */
  static String check(String what, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest(what + " is missing");
    }
    String trimmed = value.trim();
    if (trimmed.length() > MAX_LENGTH) {
      throw ApiException.badRequest(what + " is " + trimmed.length() + " characters long; at most " + MAX_LENGTH);
    }
    for (int i = 0; i < trimmed.length(); i++) {
      if (Character.isISOControl(trimmed.charAt(i))) {
        throw ApiException.badRequest(what + " contains a control character");
      }
    }
    if (FILE_PARAMETER.matcher(trimmed).find() || FILE_GAME.matcher(trimmed.toLowerCase(Locale.ROOT)).find()) {
      throw ApiException.badRequest(what + " '" + abbreviate(trimmed) + "' names a file; the server reads no files"
          + " a client names (upload a .nfg/.efg game with POST /api/games instead)");
    }
    return trimmed;
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
