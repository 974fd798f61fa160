package org.agora.cli.command;

import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.core.normalform.NormalFormGame;

/**
 * Payoff tables of small normal-form games: the bimatrix layout (row strategies down, column
 * strategies across, each cell {@code row payoff, column payoff}) for two players, one line per
 * pure profile otherwise; larger games only get their size.
 */
final class PayoffTables {

  /** Largest bimatrix shown: rows and columns. */
  private static final int MAX_ROWS = 40;
  private static final int MAX_COLUMNS = 12;
  /** Largest number of profiles listed for other player counts. */
  private static final int MAX_PROFILES = 100;
  /** Largest number of profiles written to JSON. */
  private static final int MAX_JSON_PROFILES = 100_000;

  private PayoffTables() {}

  /** The payoff table as text, or a line saying it is too large to show. */
  static String render(NormalFormGame game) {
    int players = game.playerCount();
    if (players == 2) {
      int rows = game.strategyCount(0);
      int columns = game.strategyCount(1);
      if (rows > MAX_ROWS || columns > MAX_COLUMNS) {
        return "payoffs: " + rows + " x " + columns + " (too large to show)\n";
      }
      return renderBimatrix(game, rows, columns);
    }
    if (game.profileCount() > MAX_PROFILES) {
      return "payoffs: " + Numbers.grouped(game.profileCount()) + " profiles (too many to show)\n";
    }
    return renderProfiles(game);
  }

  private static String renderBimatrix(NormalFormGame game, int rows, int columns) {
    String[] headers = new String[columns + 1];
    headers[0] = game.playerName(0) + " \\ " + game.playerName(1);
    for (int column = 0; column < columns; column++) {
      headers[column + 1] = game.strategyName(1, column);
    }
    TextTable table = TextTable.withHeaders(headers);
    for (int row = 0; row < rows; row++) {
      Object[] cells = new Object[columns + 1];
      cells[0] = game.strategyName(0, row);
      for (int column = 0; column < columns; column++) {
        int profile = game.profileIndex(new int[] {row, column});
        cells[column + 1] = Numbers.compact(game.payoff(0, profile)) + ", " + Numbers.compact(game.payoff(1, profile));
      }
      table.addRow(cells);
    }
    return "payoffs (" + game.playerName(0) + ", " + game.playerName(1) + "):\n" + table.render();
  }

  private static String renderProfiles(NormalFormGame game) {
    int players = game.playerCount();
    String[] headers = new String[2 * players];
    for (int player = 0; player < players; player++) {
      headers[player] = game.playerName(player);
      headers[players + player] = "payoff " + player;
    }
    TextTable table = TextTable.withHeaders(headers);
    for (int player = 0; player < players; player++) {
      table.align(TextTable.Alignment.RIGHT, players + player);
    }
    for (int profile = 0; profile < game.profileCount(); profile++) {
      Object[] cells = new Object[2 * players];
      for (int player = 0; player < players; player++) {
        cells[player] = game.strategyName(player, game.strategyInProfile(profile, player));
        cells[players + player] = Numbers.compact(game.payoff(player, profile));
      }
      table.addRow(cells);
    }
    return "payoffs:\n" + table.render();
  }

  /**
   * Writes {@code "normalForm": {title, strategies, payoffs}}: strategy names per player and, for up
   * to 100,000 profiles, each profile's payoff vector in profile-index order (last player fastest).
   */
  static void writeJson(JsonWriter writer, NormalFormGame game) {
    int players = game.playerCount();
    writer.name("normalForm").beginObject().field("title", game.title());
    writer.name("strategies").beginArray();
    for (int player = 0; player < players; player++) {
      writer.beginArray();
      for (int strategy = 0; strategy < game.strategyCount(player); strategy++) {
        writer.value(game.strategyName(player, strategy));
      }
      writer.endArray();
    }
    writer.endArray().field("profiles", game.profileCount());
    if (game.profileCount() <= MAX_JSON_PROFILES) {
      writer.name("payoffs").beginArray();
      for (int profile = 0; profile < game.profileCount(); profile++) {
        writer.beginArray();
        for (int player = 0; player < players; player++) {
          writer.value(game.payoff(player, profile));
        }
        writer.endArray();
      }
      writer.endArray();
    }
    writer.endObject();
  }
}
