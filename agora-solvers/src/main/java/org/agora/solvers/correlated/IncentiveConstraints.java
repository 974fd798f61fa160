package org.agora.solvers.correlated;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;

/**
 * The incentive constraints of (coarse) correlated equilibrium as dense rows over the profiles,
 * each required to satisfy {@code row . mu >= 0}.
 *
 * <ul>
 *   <li>Correlated (Aumann 1974): for each player p and strategies {@code s != s'}, row entries
 *       {@code u_p(s, rest) - u_p(s', rest)} on the profiles where p plays s, 0 elsewhere: following
 *       the recommendation s is at least as good as switching to s'.
 *   <li>Coarse correlated (Moulin and Vial 1978): for each player p and strategy s', row entries
 *       {@code u_p(profile) - u_p(s', rest)} on every profile: following the device is at least as
 *       good as committing to s' before hearing the recommendation.
 * </ul>
 *
 * <p>Cost: {@code sum_p m_p (m_p - 1)} rows for CE and {@code sum_p m_p} for CCE, each of length
 * {@code profiles}.
 */
final class IncentiveConstraints {

  /** One row: {@code recommended} is empty for a coarse constraint. */
  record Row(int player, OptionalInt recommended, int deviation, double[] coefficients) {}

  private IncentiveConstraints() {}

  /** Distance in the profile index between consecutive strategies of {@code player}. */
  static int stride(NormalFormGame game, int player) {
    int stride = 1;
    for (int p = game.playerCount() - 1; p > player; p--) {
      stride *= game.strategyCount(p);
    }
    return stride;
  }

  /** The rows of {@code concept} for {@code game}, in player, recommendation, deviation order. */
  static List<Row> rows(NormalFormGame game, Concept concept) {
    List<Row> rows = new ArrayList<>();
    int profiles = game.profileCount();
    for (int player = 0; player < game.playerCount(); player++) {
      int stride = stride(game, player);
      int strategies = game.strategyCount(player);
      if (concept == Concept.CORRELATED) {
        for (int recommended = 0; recommended < strategies; recommended++) {
          for (int deviation = 0; deviation < strategies; deviation++) {
            if (deviation == recommended) {
              continue;
            }
            double[] row = new double[profiles];
            for (int profile = 0; profile < profiles; profile++) {
              if (game.strategyInProfile(profile, player) == recommended) {
                int deviated = profile + (deviation - recommended) * stride;
                row[profile] = game.payoff(player, profile) - game.payoff(player, deviated);
              }
            }
            rows.add(new Row(player, OptionalInt.of(recommended), deviation, row));
          }
        }
      } else {
        for (int deviation = 0; deviation < strategies; deviation++) {
          double[] row = new double[profiles];
          for (int profile = 0; profile < profiles; profile++) {
            int deviated = profile + (deviation - game.strategyInProfile(profile, player)) * stride;
            row[profile] = game.payoff(player, profile) - game.payoff(player, deviated);
          }
          rows.add(new Row(player, OptionalInt.empty(), deviation, row));
        }
      }
    }
    return rows;
  }
}
