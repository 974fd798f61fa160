package org.agora.solvers.testing;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * Mixed profiles from text: {@code uniform}, or one distribution per player separated by {@code ;},
 * probabilities separated by spaces or commas (e.g. {@code 0.5 0.5;1 0}); and their product
 * distribution over pure profiles.
 */
public final class Profiles {

  private Profiles() {}

  /**
   * The profile in {@code text}.
   *
   * @throws IllegalArgumentException naming the player and what is wrong
   */
  public static MixedProfile parse(String text, NormalFormGame game) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.equalsIgnoreCase("uniform")) {
      return MixedProfile.uniform(game);
    }
    String[] parts = trimmed.split(";");
    if (parts.length != game.playerCount()) {
      throw new IllegalArgumentException("profile '" + text + "' has " + parts.length + " player part(s); the game has "
          + game.playerCount() + " players (write 'uniform' or 'p p ...;p p ...')");
    }
    double[][] strategies = new double[parts.length][];
    for (int p = 0; p < parts.length; p++) {
      String[] fields = parts[p].strip().split("[\\s,]+");
      if (fields.length != game.strategyCount(p)) {
        throw new IllegalArgumentException("profile part '" + parts[p].strip() + "' of player " + p + " has "
            + fields.length + " probabilities; the player has " + game.strategyCount(p) + " strategies");
      }
      strategies[p] = new double[fields.length];
      for (int s = 0; s < fields.length; s++) {
        try {
          strategies[p][s] = Double.parseDouble(fields[s]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad probability '" + fields[s] + "' for player " + p);
        }
      }
    }
    return MixedProfile.of(strategies);
  }

  /** The product distribution of {@code profile} over the pure profiles of {@code game}. */
  public static double[] product(NormalFormGame game, MixedProfile profile) {
    double[] distribution = new double[game.profileCount()];
    for (int index = 0; index < distribution.length; index++) {
      double probability = 1.0;
      for (int p = 0; p < game.playerCount(); p++) {
        probability *= profile.probability(p, game.strategyInProfile(index, p));
      }
      distribution[index] = probability;
    }
    return distribution;
  }
}
