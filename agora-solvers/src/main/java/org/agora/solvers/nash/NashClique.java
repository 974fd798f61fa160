package org.agora.solvers.nash;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Rational;
import org.agora.solvers.ExactMixedProfile;

/**
 * A maximal clique of extreme equilibria of a bimatrix game: every listed row strategy is in
 * equilibrium with every listed column strategy, and no strategy can be added. The product of the
 * two convex hulls is a maximal Nash subset (Avis, Rosenberg, Savani and von Stengel, Economic
 * Theory 2010); the union of these sets is the set of all equilibria.
 *
 * @param rowStrategies extreme mixed strategies of the row player
 * @param columnStrategies extreme mixed strategies of the column player
 */
public record NashClique(List<List<Rational>> rowStrategies, List<List<Rational>> columnStrategies) {

  public NashClique {
    rowStrategies = rowStrategies.stream().map(List::copyOf).toList();
    columnStrategies = columnStrategies.stream().map(List::copyOf).toList();
  }

  /** The extreme equilibria of the clique: every row strategy paired with every column strategy. */
  public List<ExactMixedProfile> extremeEquilibria() {
    List<ExactMixedProfile> profiles = new ArrayList<>();
    for (List<Rational> row : rowStrategies) {
      for (List<Rational> column : columnStrategies) {
        profiles.add(ExactMixedProfile.of(row.toArray(Rational[]::new), column.toArray(Rational[]::new)));
      }
    }
    return profiles;
  }
}
