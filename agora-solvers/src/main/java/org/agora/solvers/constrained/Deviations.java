package org.agora.solvers.constrained;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.normalform.NormalFormGame;

/**
 * Parses a finite Phi set from text: deviations separated by {@code ;}, each
 * {@code PLAYER:T0 T1 ...}, the pure swap function of that player playing strategy {@code Tk} when
 * told to play k (one target per own strategy, separated by spaces or commas; strategies count
 * from 0). Example for a player with three strategies: {@code 0:1 1 2} (swap 0 to 1),
 * {@code 0:2 2 2} (always play 2), {@code 0:0 1 2} (the identity: not deviating). Randomised
 * deviations are the mixtures of the listed ones.
 */
public final class Deviations {

  private Deviations() {}

  /**
   * The deviation set in {@code text}, checked against {@code game}.
   *
   * @throws IllegalArgumentException with the offending part and the expected syntax
   */
  public static DeviationSet.Finite parse(String text, NormalFormGame game) {
    List<Deviation> deviations = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(";")) {
        if (!part.isBlank()) {
          deviations.add(parseOne(part.strip(), game));
        }
      }
    }
    if (deviations.isEmpty()) {
      throw new IllegalArgumentException("no deviations given; expected 'PLAYER:T0 T1 ...;...' with one target "
          + "strategy per own strategy, e.g. '0:1 1' (player 0 plays 1 whatever it is told)");
    }
    return new DeviationSet.Finite(deviations);
  }

  private static Deviation parseOne(String part, NormalFormGame game) {
    int colon = part.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("bad deviation '" + part + "'; expected PLAYER:T0 T1 ... (one target per "
          + "own strategy)");
    }
    int player;
    try {
      player = Integer.parseInt(part.substring(0, colon).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad player in deviation '" + part + "'; expected PLAYER:T0 T1 ...");
    }
    if (player < 0 || player >= game.playerCount()) {
      throw new IllegalArgumentException("bad player " + player + " in deviation '" + part + "'; the game has players 0 to "
          + (game.playerCount() - 1));
    }
    String body = part.substring(colon + 1).strip();
    String[] fields = body.isEmpty() ? new String[0] : body.split("[\\s,]+");
    int strategies = game.strategyCount(player);
    if (fields.length != strategies) {
      throw new IllegalArgumentException("deviation '" + part + "' has " + fields.length + " targets; player " + player
          + " has " + strategies + " strategies, so it needs one target per strategy");
    }
    int[] targets = new int[strategies];
    for (int k = 0; k < strategies; k++) {
      try {
        targets[k] = Integer.parseInt(fields[k]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad target '" + fields[k] + "' in deviation '" + part + "'; targets are "
            + "strategy numbers 0 to " + (strategies - 1));
      }
      if (targets[k] < 0 || targets[k] >= strategies) {
        throw new IllegalArgumentException("bad target " + targets[k] + " in deviation '" + part + "'; player " + player
            + " has strategies 0 to " + (strategies - 1));
      }
    }
    return Deviation.swap(player, targets);
  }
}
