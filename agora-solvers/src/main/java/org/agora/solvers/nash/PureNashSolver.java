package org.agora.solvers.nash;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;

/**
 * All pure-strategy Nash equilibria of a finite N-player normal-form game, decided exactly on the
 * game's rational payoffs.
 *
 * <p>A pure profile is a Nash equilibrium when every player's strategy is a best response to the
 * others' strategies (J. F. Nash, "Non-cooperative games", <i>Annals of Mathematics</i> 54(2),
 * 1951, restricted to pure strategies; the exhaustive best-response check is folklore and is, for
 * example, the first step of every textbook treatment).
 *
 * <p>Algorithm: for each player p a first pass stores, for every profile of the other players, the
 * largest payoff p can get by changing only its own strategy; a second pass over the tensor keeps the
 * profiles where every player's payoff equals that maximum. Cost {@code O(profiles * players)}
 * exact comparisons and {@code O(profiles)} extra memory (one maximum per profile of the others, per
 * player). Equilibria are returned in increasing profile index (last player fastest).
 *
 * <p>Departures: none; ties count as best responses (weak equilibria are reported).
 */
public final class PureNashSolver {

  /** A solver; it keeps no state between calls. */
  public PureNashSolver() {}

  /** The pure Nash equilibria as exact mixed profiles (degenerate distributions). */
  public List<ExactMixedProfile> solve(NormalFormGame game) {
    List<ExactMixedProfile> equilibria = new ArrayList<>();
    for (int[] profile : pureProfiles(game)) {
      Rational[][] strategies = new Rational[profile.length][];
      for (int p = 0; p < profile.length; p++) {
        strategies[p] = new Rational[game.strategyCount(p)];
        java.util.Arrays.fill(strategies[p], Rational.ZERO);
        strategies[p][profile[p]] = Rational.ONE;
      }
      equilibria.add(ExactMixedProfile.of(strategies));
    }
    return equilibria;
  }

  /** The pure Nash equilibria as strategy indices {@code profile[player]}, in profile-index order. */
  public List<int[]> pureProfiles(NormalFormGame game) {
    int players = game.playerCount();
    int profiles = game.profileCount();
    int[] counts = game.strategyCounts();
    int[] strides = new int[players];
    int stride = 1;
    for (int p = players - 1; p >= 0; p--) {
      strides[p] = stride;
      stride *= counts[p];
    }
    Rational[][] bestPayoffs = new Rational[players][];
    for (int p = 0; p < players; p++) {
      bestPayoffs[p] = new Rational[profiles / counts[p]];
      for (int profile = 0; profile < profiles; profile++) {
        int others = othersIndex(profile, strides[p], counts[p]);
        Rational payoff = game.exactPayoff(p, profile);
        Rational best = bestPayoffs[p][others];
        if (best == null || payoff.compareTo(best) > 0) {
          bestPayoffs[p][others] = payoff;
        }
      }
    }
    List<int[]> equilibria = new ArrayList<>();
    for (int profile = 0; profile < profiles; profile++) {
      boolean equilibrium = true;
      for (int p = 0; p < players && equilibrium; p++) {
        Rational best = bestPayoffs[p][othersIndex(profile, strides[p], counts[p])];
        equilibrium = game.exactPayoff(p, profile).compareTo(best) == 0;
      }
      if (equilibrium) {
        int[] strategies = new int[players];
        for (int p = 0; p < players; p++) {
          strategies[p] = game.strategyInProfile(profile, p);
        }
        equilibria.add(strategies);
      }
    }
    return equilibria;
  }

  /** Index of the other players' profile: the profile index with player p's digit removed. */
  private static int othersIndex(int profile, int stride, int count) {
    return (profile / (stride * count)) * stride + profile % stride;
  }
}
