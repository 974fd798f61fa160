package org.agora.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/**
 * A relabelling of a normal-form game's players and of each player's actions, and its action on games,
 * mixed profiles and distributions over pure profiles.
 *
 * <p>Original player {@code p} becomes player {@code players[p]} of the permuted game, and its action
 * {@code a} becomes action {@code actions[p][a]} of that player; strategy and player names travel with
 * what they name. A solver is equivariant under a permutation when solving the permuted game gives the
 * permuted output of solving the original (Duan, Ma and Deng, "Are Equivariant Equilibrium Approximators
 * Beneficial?", ICML 2023, Section 3).
 *
 * @param players for each original player, its index in the permuted game (a permutation of 0..n-1)
 * @param actions for each original player, the new index of each of its actions
 */
public record GamePermutation(int[] players, int[][] actions) {

  public GamePermutation {
    players = players.clone();
    actions = Arrays.stream(actions).map(int[]::clone).toArray(int[][]::new);
    if (actions.length != players.length) {
      throw new IllegalArgumentException(actions.length + " action permutations for " + players.length + " players");
    }
    requirePermutation("players", players);
    for (int p = 0; p < actions.length; p++) {
      requirePermutation("actions of player " + p, actions[p]);
    }
  }

  /** The identity on a game with these strategy counts. */
  public static GamePermutation identity(int[] strategyCounts) {
    int[][] actions = new int[strategyCounts.length][];
    for (int p = 0; p < actions.length; p++) {
      actions[p] = identityOf(strategyCounts[p]);
    }
    return new GamePermutation(identityOf(strategyCounts.length), actions);
  }

  /** A uniformly drawn permutation of the players that is not the identity; actions stay (n >= 2). */
  public static GamePermutation randomPlayers(int[] strategyCounts, SplittableRandom random) {
    if (strategyCounts.length < 2) {
      throw new IllegalArgumentException("permuting players needs at least 2 players, got " + strategyCounts.length);
    }
    GamePermutation identity = identity(strategyCounts);
    int[] players = nonIdentityShuffle(strategyCounts.length, random);
    return new GamePermutation(players, identity.actions);
  }

  /**
   * Uniformly drawn permutations of every player's actions, not all the identity; players stay (some
   * player needs 2 actions or more).
   */
  public static GamePermutation randomActions(int[] strategyCounts, SplittableRandom random) {
    if (Arrays.stream(strategyCounts).allMatch(count -> count < 2)) {
      throw new IllegalArgumentException("permuting actions needs a player with 2 actions or more");
    }
    int[][] actions = new int[strategyCounts.length][];
    boolean moved = false;
    while (!moved) {
      for (int p = 0; p < actions.length; p++) {
        actions[p] = shuffle(strategyCounts[p], random);
        moved |= !Arrays.equals(actions[p], identityOf(strategyCounts[p]));
      }
    }
    return new GamePermutation(identityOf(strategyCounts.length), actions);
  }

  /** The permuted game: payoffs (exact ones included), strategy and player names relabelled. */
  public NormalFormGame apply(NormalFormGame game) {
    int n = game.playerCount();
    requireShape(game.strategyCounts());
    int[] newCounts = newStrategyCounts(game.strategyCounts());
    String[] playerNames = new String[n];
    String[][] strategyNames = new String[n][];
    for (int p = 0; p < n; p++) {
      playerNames[players[p]] = game.playerName(p);
      strategyNames[players[p]] = new String[newCounts[players[p]]];
      for (int a = 0; a < actions[p].length; a++) {
        strategyNames[players[p]][actions[p][a]] = game.strategyName(p, a);
      }
    }
    int profiles = game.profileCount();
    Rational[] payoffs = new Rational[n * profiles];
    int[] profile = new int[n];
    for (int k = 0; k < profiles; k++) {
      int permuted = mapProfileIndex(game, k, newCounts, profile);
      for (int p = 0; p < n; p++) {
        payoffs[players[p] * profiles + permuted] = game.exactPayoff(p, k);
      }
    }
    return NormalFormGame.exact(game.parameters(), game.title(), playerNames, strategyNames, payoffs);
  }

  /** The image of a mixed profile {@code [player][action]} of the original game. */
  public double[][] mapProfile(double[][] strategies) {
    double[][] mapped = new double[players.length][];
    for (int p = 0; p < players.length; p++) {
      mapped[players[p]] = new double[actions[p].length];
      for (int a = 0; a < actions[p].length; a++) {
        mapped[players[p]][actions[p][a]] = strategies[p][a];
      }
    }
    return mapped;
  }

  /** The image of an exact mixed profile {@code [player][action]} of the original game. */
  public Rational[][] mapProfile(Rational[][] strategies) {
    Rational[][] mapped = new Rational[players.length][];
    for (int p = 0; p < players.length; p++) {
      mapped[players[p]] = new Rational[actions[p].length];
      for (int a = 0; a < actions[p].length; a++) {
        mapped[players[p]][actions[p][a]] = strategies[p][a];
      }
    }
    return mapped;
  }

  /**
   * The image of a distribution over the pure profiles of {@code game} (indexed as its payoff tensor):
   * the same probabilities, at the permuted game's profile indices.
   */
  public double[] mapDistribution(NormalFormGame game, double[] probabilities) {
    requireShape(game.strategyCounts());
    int[] newCounts = newStrategyCounts(game.strategyCounts());
    double[] mapped = new double[probabilities.length];
    int[] profile = new int[players.length];
    for (int k = 0; k < probabilities.length; k++) {
      mapped[mapProfileIndex(game, k, newCounts, profile)] = probabilities[k];
    }
    return mapped;
  }

  /** Whether this permutation moves no player. */
  public boolean fixesPlayers() {
    return Arrays.equals(players, identityOf(players.length));
  }

  @Override
  public String toString() {
    return "players " + Arrays.toString(players) + ", actions " + Arrays.deepToString(actions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GamePermutation that && Arrays.equals(players, that.players)
        && Arrays.deepEquals(actions, that.actions);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(players) + Arrays.deepHashCode(actions);
  }

  private int[] newStrategyCounts(int[] counts) {
    int[] newCounts = new int[counts.length];
    for (int p = 0; p < counts.length; p++) {
      newCounts[players[p]] = counts[p];
    }
    return newCounts;
  }

  /** The permuted game's index of profile {@code k} of {@code game}; {@code scratch} holds n ints. */
  private int mapProfileIndex(NormalFormGame game, int k, int[] newCounts, int[] scratch) {
    for (int p = 0; p < players.length; p++) {
      scratch[players[p]] = actions[p][game.strategyInProfile(k, p)];
    }
    int index = 0;
    for (int q = 0; q < newCounts.length; q++) {
      index = index * newCounts[q] + scratch[q];
    }
    return index;
  }

  private void requireShape(int[] counts) {
    boolean fits = counts.length == players.length;
    for (int p = 0; fits && p < counts.length; p++) {
      fits = counts[p] == actions[p].length;
    }
    if (!fits) {
      throw new IllegalArgumentException("permutation " + this + " does not fit strategy counts " + Arrays.toString(counts));
    }
  }

  private static void requirePermutation(String what, int[] values) {
    boolean[] seen = new boolean[values.length];
    for (int value : values) {
      if (value < 0 || value >= values.length || seen[value]) {
        throw new IllegalArgumentException(what + " " + Arrays.toString(values) + " is not a permutation of 0.."
            + (values.length - 1));
      }
      seen[value] = true;
    }
  }

  private static int[] identityOf(int size) {
    int[] identity = new int[size];
    for (int i = 0; i < size; i++) {
      identity[i] = i;
    }
    return identity;
  }

  private static int[] nonIdentityShuffle(int size, SplittableRandom random) {
    int[] shuffled;
    do {
      shuffled = shuffle(size, random);
    } while (Arrays.equals(shuffled, identityOf(size)));
    return shuffled;
  }

  /** A uniform permutation of 0..size-1 (Fisher-Yates). */
  private static int[] shuffle(int size, SplittableRandom random) {
    int[] values = identityOf(size);
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
    return values;
  }
}
