package org.agora.games.normalform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.normalform.NormalFormGame;

/**
 * Traveler's dilemma: two travelers each claim an integer amount between {@code min_claim} and
 * {@code max_claim} for identical lost luggage. If the claims are equal, each gets its claim. Otherwise
 * let L be the lower claim: the lower claimant gets L + {@code bonus} and the higher claimant
 * L - {@code bonus}.
 *
 * <p>Strategy {@code a} claims {@code min_claim + a} and is named by the claim. With a bonus of at
 * least 2, undercutting any common claim above the minimum pays, so (min_claim, min_claim) is the
 * unique pure (indeed the unique) equilibrium, although both travelers would gain by claiming more.
 * With a bonus of 1 every equal pair of claims is a (weak) equilibrium.
 *
 * <p>K. Basu, "The Traveler's Dilemma: Paradoxes of Rationality in Game Theory", <i>American Economic
 * Review</i> 84(2) (Papers and Proceedings), 391–395, 1994.
 */
public final class TravelersDilemmaProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "travelers_dilemma";

  /** Most strategies per player (the payoff table has 2 x strategies^2 entries). */
  static final int MAX_STRATEGIES = 1001;

  /**
   * The game with claims in {@code [minClaim, maxClaim]}.
   *
   * @throws GameSpecException if the claim range is empty or has more than 1001 claims, or bonus &lt; 1
   */
  public static NormalFormGame create(int minClaim, int maxClaim, int bonus) {
    if (minClaim < 0) {
      throw new GameSpecException(NAME + ": parameter 'min_claim' value " + minClaim + " is negative; allowed: >= 0");
    }
    if (maxClaim <= minClaim) {
      throw new GameSpecException(NAME + ": parameter 'max_claim' value " + maxClaim
          + " must be greater than min_claim=" + minClaim);
    }
    if ((long) maxClaim - minClaim + 1 > MAX_STRATEGIES) {
      throw new GameSpecException(NAME + ": parameter 'max_claim' value " + maxClaim + " with min_claim=" + minClaim
          + " gives " + ((long) maxClaim - minClaim + 1) + " claims; allowed: at most " + MAX_STRATEGIES
          + " (max_claim <= min_claim + " + (MAX_STRATEGIES - 1) + ")");
    }
    if (bonus < 1) {
      throw new GameSpecException(NAME + ": parameter 'bonus' value " + bonus + " must be at least 1");
    }
    int count = maxClaim - minClaim + 1;
    String[] names = new String[count];
    long[][] row = new long[count][count];
    for (int i = 0; i < count; i++) {
      names[i] = Integer.toString(minClaim + i);
      for (int j = 0; j < count; j++) {
        row[i][j] = payoff(minClaim + i, minClaim + j, bonus);
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("min_claim", minClaim);
    values.put("max_claim", maxClaim);
    values.put("bonus", bonus);
    return Payoffs.symmetric(GameParameters.of(NAME, values), "Traveler's dilemma", names, row);
  }

  /** Payoff of the traveler claiming {@code own} when the other claims {@code other}. */
  static long payoff(long own, long other, long bonus) {
    if (own == other) {
      return own;
    }
    return own < other ? own + bonus : other - bonus;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "traveler's dilemma: the lower claim L pays L + bonus to its claimant and L - bonus to the other";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("min_claim", 2, 0, 1_000_000, "smallest claim"),
        ParameterSpec.integer("max_claim", 100, 1, 1_001_000, "largest claim (at most min_claim + 1000)"),
        ParameterSpec.integer("bonus", 2, 1, 1_000_000, "reward for the lower claim and penalty for the higher"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return create(parameters.getInt("min_claim"), parameters.getInt("max_claim"), parameters.getInt("bonus"));
  }
}
