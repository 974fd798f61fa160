package org.agora.games.normalform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.Rational;
import org.agora.core.SaturatingArithmetic;
import org.agora.core.normalform.NormalFormGame;

/**
 * Colonel Blotto: each player divides {@code soldiers} identical soldiers over {@code fields}
 * battlefields at once. A field is won by the player who sends strictly more soldiers to it than
 * every other player; if the largest allocation is tied, nobody wins that field.
 *
 * <p>A pure strategy is a composition of {@code soldiers} into {@code fields} non-negative parts, so
 * there are C(soldiers + fields - 1, fields - 1) of them. They are numbered in increasing
 * lexicographic order of the allocation vector ({@code 0-0-5} first, {@code 5-0-0} last for 5 soldiers
 * on 3 fields) and named by it, e.g. {@code 3-1-1}.
 *
 * <p>Payoffs: with two players, the number of fields won minus the number lost, a zero-sum game. With
 * three or more players there is no natural loser of a field, so a player scores +1 for every field
 * it wins outright and nothing otherwise (shared ties score nothing); the sum of payoffs is the number
 * of fields won outright, which varies, so the game is general-sum.
 *
 * <p>É. Borel, "La théorie du jeu et les équations intégrales à noyau symétrique", <i>Comptes Rendus
 * de l'Académie des Sciences</i> 173, 1304–1308, 1921; B. Roberson, "The Colonel Blotto Game",
 * <i>Economic Theory</i> 29, 1–24, 2006.
 */
public final class BlottoProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "blotto";

  /** Most payoff entries (players x profiles) a Blotto table may have. */
  static final long MAX_ENTRIES = 4_000_000L;

  /**
   * The game.
   *
   * @throws GameSpecException if the payoff table would exceed {@value #MAX_ENTRIES} entries
   */
  public static NormalFormGame create(int soldiers, int fields, int players) {
    long strategies = strategyCount(soldiers, fields);
    long entries = tableEntries(strategies, players);
    if (entries > MAX_ENTRIES) {
      throw new GameSpecException(NAME + ": soldiers=" + soldiers + ", fields=" + fields + ", players=" + players
          + " give " + (strategies > MAX_ENTRIES ? "more than " + MAX_ENTRIES : strategies)
          + " strategies per player, too many for a payoff table; allowed: players x strategies^players <= "
          + MAX_ENTRIES + " (for example soldiers=5, fields=3, players=2)");
    }
    int[][] allocations = compositions(soldiers, fields);
    int count = allocations.length;
    String[] names = new String[count];
    for (int s = 0; s < count; s++) {
      StringBuilder name = new StringBuilder();
      for (int f = 0; f < fields; f++) {
        name.append(f == 0 ? "" : "-").append(allocations[s][f]);
      }
      names[s] = name.toString();
    }
    int profiles = (int) (entries / players);
    Rational[] payoffs = new Rational[players * profiles];
    Payoffs.IntegerCache cache = new Payoffs.IntegerCache();
    int[] strategy = new int[players];
    int[] score = new int[players];
    for (int profile = 0; profile < profiles; profile++) {
      int rest = profile;
      for (int p = players - 1; p >= 0; p--) {
        strategy[p] = rest % count;
        rest /= count;
      }
      Arrays.fill(score, 0);
      for (int f = 0; f < fields; f++) {
        int best = -1;
        int winner = -1;
        boolean tied = false;
        for (int p = 0; p < players; p++) {
          int sent = allocations[strategy[p]][f];
          if (sent > best) {
            best = sent;
            winner = p;
            tied = false;
          } else if (sent == best) {
            tied = true;
          }
        }
        if (!tied) {
          score[winner]++;
          if (players == 2) {
            score[1 - winner]--;
          }
        }
      }
      for (int p = 0; p < players; p++) {
        payoffs[p * profiles + profile] = cache.of(score[p]);
      }
    }
    String[] playerNames = new String[players];
    String[][] strategyNames = new String[players][];
    for (int p = 0; p < players; p++) {
      playerNames[p] = "colonel " + p;
      strategyNames[p] = names;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("soldiers", soldiers);
    values.put("fields", fields);
    values.put("players", players);
    return NormalFormGame.exact(GameParameters.of(NAME, values), "Colonel Blotto", playerNames, strategyNames,
        payoffs);
  }

  /** C(soldiers + fields - 1, fields - 1), saturating at {@link Long#MAX_VALUE}. */
  static long strategyCount(int soldiers, int fields) {
    return SaturatingArithmetic.binomial((long) soldiers + fields - 1, fields - 1);
  }

  /**
   * {@code players x strategies^players}, saturating at {@link Long#MAX_VALUE}: the plain product wrapped
   * around (2 x C(1009, 9)^2 came out as 2) and let soldiers=1000, fields=10 through the guard.
   */
  static long tableEntries(long strategies, int players) {
    return SaturatingArithmetic.multiply(players, SaturatingArithmetic.power(strategies, players));
  }

  /** All compositions of {@code total} into {@code parts} non-negative parts, lexicographically. */
  static int[][] compositions(int total, int parts) {
    List<int[]> out = new ArrayList<>();
    fill(new int[parts], 0, total, out);
    return out.toArray(new int[0][]);
  }

  private static void fill(int[] prefix, int index, int remaining, List<int[]> out) {
    if (index == prefix.length - 1) {
      prefix[index] = remaining;
      out.add(prefix.clone());
      return;
    }
    for (int amount = 0; amount <= remaining; amount++) {
      prefix[index] = amount;
      fill(prefix, index + 1, remaining - amount, out);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Colonel Blotto: split soldiers over fields; a field goes to the strictly largest allocation";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("soldiers", 5, 1, 1000, "soldiers each player allocates"),
        ParameterSpec.integer("fields", 3, 1, 100, "number of battlefields"),
        ParameterSpec.integer("players", 2, 2, 8, "number of colonels"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return create(parameters.getInt("soldiers"), parameters.getInt("fields"), parameters.getInt("players"));
  }
}
