package org.agora.cooperative.game;

import org.agora.cooperative.CoalitionGame;

/**
 * A coalition game given by its full table: {@code values[mask]} is v(mask), for all 2^n masks.
 * Evaluation is one array read. The table is copied on construction.
 */
public final class TableGame implements CoalitionGame {

  /** The most players a table may hold (2^26 doubles, 512 MiB). */
  public static final int MAX_TABLE_PLAYERS = 26;

  private final int players;
  private final double[] values;
  private final String description;

  /**
   * @param players n, in {@code [1, 26]}
   * @param values 2^n values indexed by coalition mask
   */
  public TableGame(int players, double[] values) {
    this(players, values, "table(players=" + players + ")");
  }

  TableGame(int players, double[] values, String description) {
    if (players < 1 || players > MAX_TABLE_PLAYERS) {
      throw new IllegalArgumentException("a table game has 1 to " + MAX_TABLE_PLAYERS + " players, not " + players);
    }
    if (values.length != (1 << players)) {
      throw new IllegalArgumentException("a table game on " + players + " players needs " + (1 << players)
          + " values, not " + values.length);
    }
    this.players = players;
    this.values = values.clone();
    this.description = description;
  }

  /** Tabulates any game (2^n evaluations). */
  public static TableGame of(CoalitionGame game) {
    int n = game.playerCount();
    if (n > MAX_TABLE_PLAYERS) {
      throw new IllegalArgumentException("cannot tabulate " + n + " players; at most " + MAX_TABLE_PLAYERS);
    }
    double[] values = new double[1 << n];
    for (int mask = 0; mask < values.length; mask++) {
      values[mask] = game.value(mask);
    }
    return new TableGame(n, values, game.describe());
  }

  @Override
  public int playerCount() {
    return players;
  }

  @Override
  public double value(long coalition) {
    return values[(int) coalition];
  }

  @Override
  public String describe() {
    return description;
  }
}
