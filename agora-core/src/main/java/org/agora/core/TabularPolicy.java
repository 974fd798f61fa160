package org.agora.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy stored as a table: one row per information state, one column per action id, in one flat
 * {@code double[]} indexed by {@code infoState * actionCount + action}. Information-state ids are
 * dense, in the order the states were first met, and algorithms that compile the game may share them.
 */
public final class TabularPolicy implements Policy {

  private final int actionCount;
  private final String[] keys;
  private final int[] players;
  private final List<Map<String, Integer>> rowsByPlayer;
  private final double[] probabilities;
  private final boolean[] legal;

  private TabularPolicy(int actionCount, int playerCount, List<String> keys, List<Integer> players,
      List<int[]> legalActions) {
    this.actionCount = actionCount;
    this.keys = keys.toArray(String[]::new);
    this.players = players.stream().mapToInt(Integer::intValue).toArray();
    this.rowsByPlayer = new ArrayList<>(playerCount);
    for (int p = 0; p < playerCount; p++) {
      rowsByPlayer.add(new HashMap<>());
    }
    this.probabilities = new double[keys.size() * actionCount];
    this.legal = new boolean[keys.size() * actionCount];
    for (int row = 0; row < this.keys.length; row++) {
      rowsByPlayer.get(this.players[row]).put(this.keys[row], row);
      int[] actions = legalActions.get(row);
      for (int action : actions) {
        legal[row * actionCount + action] = true;
        probabilities[row * actionCount + action] = 1.0 / actions.length;
      }
    }
  }

  /**
   * The uniform policy over the given rows: row {@code i} is {@code players[i]}'s information state
   * {@code keys.get(i)} with legal actions {@code legalActions.get(i)} (increasing action ids).
   *
   * @throws IllegalArgumentException if the lists disagree in length, a player or action is out of
   *     range, a row has no legal action, or a player has two rows with the same key
   */
  public static TabularPolicy of(int actionCount, int playerCount, List<String> keys, int[] players,
      List<int[]> legalActions) {
    if (keys.size() != players.length || keys.size() != legalActions.size()) {
      throw new IllegalArgumentException("keys, players and legal actions differ in length: " + keys.size() + ", "
          + players.length + ", " + legalActions.size());
    }
    List<java.util.Set<String>> seen = new ArrayList<>();
    for (int p = 0; p < playerCount; p++) {
      seen.add(new java.util.HashSet<>());
    }
    List<Integer> playerList = new ArrayList<>(players.length);
    for (int row = 0; row < players.length; row++) {
      if (players[row] < 0 || players[row] >= playerCount) {
        throw new IllegalArgumentException("row " + row + ": player " + players[row] + " is not in [0, " + playerCount + ")");
      }
      if (!seen.get(players[row]).add(keys.get(row))) {
        throw new IllegalArgumentException("player " + players[row] + " has two rows with key '" + keys.get(row) + "'");
      }
      int[] actions = legalActions.get(row);
      if (actions.length == 0) {
        throw new IllegalArgumentException("row " + row + " ('" + keys.get(row) + "') has no legal action");
      }
      for (int action : actions) {
        if (action < 0 || action >= actionCount) {
          throw new IllegalArgumentException("row " + row + ": action " + action + " is not in [0, " + actionCount + ")");
        }
      }
      playerList.add(players[row]);
    }
    return new TabularPolicy(actionCount, playerCount, keys, playerList, legalActions);
  }

  /**
   * The uniform policy over every information state of every player, found by enumerating the tree.
   * Rows are per player: two players' information states with the same key get separate rows.
   *
   * @throws IllegalArgumentException if the tree has more than {@code nodeLimit} nodes
   */
  public static TabularPolicy uniform(Game game, long nodeLimit) {
    List<Map<String, Integer>> seen = new ArrayList<>();
    for (int p = 0; p < game.playerCount(); p++) {
      seen.add(new HashMap<>());
    }
    List<String> keys = new ArrayList<>();
    List<Integer> players = new ArrayList<>();
    List<int[]> legalActions = new ArrayList<>();
    int[] buffer = new int[game.actionCount()];
    boolean complete = StateEnumerator.walk(game, nodeLimit, (state, depth) -> {
      if (state.isDecisionNode()) {
        add(state, state.currentPlayer(), buffer, seen, keys, players, legalActions);
      } else if (state.isSimultaneousNode()) {
        for (int p = 0; p < game.playerCount(); p++) {
          add(state, p, buffer, seen, keys, players, legalActions);
        }
      }
    });
    if (!complete) {
      throw new IllegalArgumentException(game.name() + " has more than " + nodeLimit + " nodes; too large to tabulate");
    }
    return new TabularPolicy(game.actionCount(), game.playerCount(), keys, players, legalActions);
  }

  private static void add(State state, int player, int[] buffer, List<Map<String, Integer>> seen, List<String> keys,
      List<Integer> players, List<int[]> legalActions) {
    String key = state.informationStateKey(player);
    if (seen.get(player).putIfAbsent(key, keys.size()) == null) {
      keys.add(key);
      players.add(player);
      legalActions.add(Arrays.copyOf(buffer, state.legalActions(player, buffer)));
    }
  }

  /** Number of information states (rows). */
  public int size() {
    return keys.length;
  }

  /** Number of columns (the game's action count). */
  public int actionCount() {
    return actionCount;
  }

  /** Key of row {@code row}. */
  public String key(int row) {
    return keys[row];
  }

  /** Player who acts at row {@code row}. */
  public int player(int row) {
    return players[row];
  }

  /**
   * Row of an information-state key, or -1 when unknown. When several players have an information
   * state with this key, the row of the lowest such player; see {@link #row(int, String)}.
   */
  public int row(String key) {
    for (int p = 0; p < rowsByPlayer.size(); p++) {
      Integer row = rowsByPlayer.get(p).get(key);
      if (row != null) {
        return row;
      }
    }
    return -1;
  }

  /** Row of {@code player}'s information state {@code key}, or -1 when unknown. */
  public int row(int player, String key) {
    Integer row = player >= 0 && player < rowsByPlayer.size() ? rowsByPlayer.get(player).get(key) : null;
    return row == null ? -1 : row;
  }

  /** True when {@code action} is legal at row {@code row}. */
  public boolean isLegal(int row, int action) {
    return legal[row * actionCount + action];
  }

  /** Probability of {@code action} at row {@code row}. */
  public double probability(int row, int action) {
    return probabilities[row * actionCount + action];
  }

  /**
   * Replaces row {@code row}'s distribution. Entries of illegal actions must be 0; legal entries must
   * be non-negative and sum to 1 within 1e-9.
   */
  public void setProbabilities(int row, double[] distribution) {
    double sum = 0.0;
    for (int a = 0; a < actionCount; a++) {
      double p = distribution[a];
      if (!(p >= 0.0) || (!legal[row * actionCount + a] && p != 0.0)) {
        throw new IllegalArgumentException("bad probability " + p + " for action " + a + " at '" + keys[row] + "'");
      }
      sum += p;
    }
    if (Math.abs(sum - 1.0) > 1e-9) {
      throw new IllegalArgumentException("probabilities at '" + keys[row] + "' sum to " + sum + ", not 1");
    }
    System.arraycopy(distribution, 0, probabilities, row * actionCount, actionCount);
  }

  /** The flat table, {@code infoState * actionCount + action}; writes change the policy. */
  public double[] table() {
    return probabilities;
  }

  @Override
  public void actionProbabilities(State state, int player, double[] out) {
    String key = state.informationStateKey(player);
    int row = row(player, key);
    if (row < 0) {
      throw new IllegalArgumentException("information state of player " + player + " not in the table: '" + key + "'");
    }
    System.arraycopy(probabilities, row * actionCount, out, 0, actionCount);
  }
}
