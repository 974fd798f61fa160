package org.agora.games.normalform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.FileErrorReason;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.normalform.NormalFormGame;

/**
 * Any finite normal-form game, given inline or read from a file.
 *
 * <p>Inline: {@code matrix(payoffs="3,3 0,5; 5,0 1,1")}. Rows are separated by {@code ;} (or new
 * lines), cells by whitespace, and each cell lists every player's payoff separated by {@code ,}. A
 * two-player table is read row by row: row i, cell j is the profile (row strategy i, column strategy
 * j). A cell with a single number makes a zero-sum game: the column player gets its negation, e.g.
 * {@code matrix(payoffs="1 -1; -1 1")} is matching pennies. For other player counts give
 * {@code shape}, e.g. {@code shape="2x2x2"}: the cells are then one flat list of profiles in row-major
 * order, the last player's strategy varying fastest ({@code ;} and new lines only group them).
 *
 * <p>Payoffs may be integers, decimals ({@code 0.25}, {@code 1e-3}) or fractions ({@code 1/3}); they
 * are kept exactly. Text after {@code #} on a line is a comment.
 *
 * <p>From a file: {@code matrix(file=path)} reads the same format from a UTF-8 text file (lines and
 * {@code ;} both end rows). Give exactly one of {@code payoffs} and {@code file}.
 *
 * <p>Strategy names: {@code row_names="U D"} and {@code column_names="L R"} for two players, or
 * {@code strategy_names="U D; L R; A B"} with one whitespace-separated list per player, separated by
 * {@code ;}. Unnamed strategies are called r0, r1, ... and c0, c1, ... for two players and s0, s1, ...
 * otherwise.
 */
public final class MatrixGameProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "matrix";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "any normal-form game: payoffs=\"3,3 0,5; 5,0 1,1\" inline or file=path; exact rationals";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.text("payoffs", "", "payoff text: rows by ';', cells by spaces, players' payoffs by ','"),
        ParameterSpec.text("file", "", "path of a text file with the payoffs (instead of payoffs=)"),
        ParameterSpec.text("shape", "", "strategy counts such as 2x2x2; required unless two players"),
        ParameterSpec.text("row_names", "", "names of the row player's strategies, separated by spaces"),
        ParameterSpec.text("column_names", "", "names of the column player's strategies, separated by spaces"),
        ParameterSpec.text("strategy_names", "", "per player name lists separated by ';', e.g. \"U D; L R\""));
  }

  @Override
  public Game create(GameParameters parameters) {
    String inline = parameters.getString("payoffs");
    String file = parameters.getString("file");
    String shape = parameters.getString("shape").trim();
    MatrixText.Table table;
    if (!inline.isBlank() && !file.isBlank()) {
      throw new GameSpecException("matrix: parameters 'payoffs' and 'file' are both given; allowed: exactly one");
    } else if (!inline.isBlank()) {
      table = new MatrixText("parameter 'payoffs'", false).parse(inline, shape);
    } else if (!file.isBlank()) {
      table = new MatrixText("file '" + file + "'", true).parse(read(file), shape);
    } else {
      throw new GameSpecException("matrix: parameter 'payoffs' or 'file' is required; allowed: payoffs=\"3,3 0,5; "
          + "5,0 1,1\" or file=path");
    }
    int[] counts = table.strategyCounts();
    String[][] names = strategyNames(parameters, counts);
    String[] players = new String[counts.length];
    for (int p = 0; p < players.length; p++) {
      players[p] = counts.length == 2 ? (p == 0 ? "row" : "column") : "player " + p;
    }
    try {
      return NormalFormGame.exact(parameters, "", players, names, table.payoffs());
    } catch (IllegalArgumentException e) {
      throw new GameSpecException("matrix: " + e.getMessage());
    }
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new GameSpecException("matrix: parameter 'file' value '" + file + "' cannot be read ("
          + FileErrorReason.of(e) + "); allowed: a readable UTF-8 text file");
    }
  }

  private static String[][] strategyNames(GameParameters parameters, int[] counts) {
    int players = counts.length;
    String rowNames = parameters.getString("row_names");
    String columnNames = parameters.getString("column_names");
    String perPlayer = parameters.getString("strategy_names");
    boolean twoPlayerNames = !rowNames.isBlank() || !columnNames.isBlank();
    if (twoPlayerNames && !perPlayer.isBlank()) {
      throw new GameSpecException("matrix: parameters 'row_names'/'column_names' and 'strategy_names' are both "
          + "given; allowed: one way of naming strategies");
    }
    if (twoPlayerNames && players != 2) {
      throw new GameSpecException("matrix: parameters 'row_names' and 'column_names' need a two-player game, this one"
          + " has " + players + " players; allowed: strategy_names=\"...; ...\" with one list per player");
    }
    String[][] names = new String[players][];
    String[] lists = perPlayer.isBlank() ? null : perPlayer.split(";", -1);
    if (lists != null && lists.length != players) {
      throw new GameSpecException("matrix: parameter 'strategy_names' value '" + perPlayer + "' has " + lists.length
          + " lists for " + players + " players; allowed: one list per player separated by ';'");
    }
    for (int p = 0; p < players; p++) {
      String given = lists != null ? lists[p] : players == 2 ? (p == 0 ? rowNames : columnNames) : "";
      String parameter = lists != null ? "strategy_names" : p == 0 ? "row_names" : "column_names";
      String whose = (players == 2 ? (p == 0 ? "the row player" : "the column player") : "player " + p) + "'s "
          + counts[p] + " strategies";
      names[p] = given.isBlank() ? defaultNames(players, p, counts[p])
          : MatrixText.names(parameter, given, counts[p], whose);
    }
    return names;
  }

  private static String[] defaultNames(int players, int player, int count) {
    String prefix = players == 2 ? (player == 0 ? "r" : "c") : "s";
    String[] names = new String[count];
    for (int s = 0; s < count; s++) {
      names[s] = prefix + s;
    }
    return names;
  }
}
