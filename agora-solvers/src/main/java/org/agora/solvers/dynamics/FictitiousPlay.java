package org.agora.solvers.dynamics;

import java.util.Arrays;
import org.agora.core.normalform.NormalFormGame;

/**
 * Simultaneous fictitious play: at every iteration each player plays a pure best response to the
 * empirical average of the other players' past play.
 *
 * <p>Update rule: with x&#772;<sup>t</sup> the uniform average of x<sup>1</sup>, ..., x<sup>t</sup>,
 * x<sub>p</sub><sup>t+1</sup> = e<sub>b</sub> with b = argmax<sub>s</sub> u<sub>p</sub>(s,
 * x&#772;<sub>-p</sub><sup>t</sup>), ties broken by the lowest strategy index. The first play is the
 * best response to uniformly mixing opponents (same tie-breaking). The empirical joint distribution
 * is the frequency of the pure profiles played.
 *
 * <p>G. W. Brown, "Iterative solution of games by fictitious play", in <i>Activity Analysis of
 * Production and Allocation</i> (T. C. Koopmans, ed.), Wiley, 1951; J. Robinson, "An iterative
 * method of solving a game", <i>Annals of Mathematics</i> 54(2), 1951.
 *
 * <p>Convergence: the average profile converges to the Nash equilibrium set in two-player zero-sum
 * games (Robinson 1951; the proven rate is O(t<sup>-1/(m+n-2)</sup>), H. N. Shapiro, <i>Annals of
 * Mathematics</i> 1958, while O(t<sup>-1/2</sup>) is typical in practice), in 2 x n games, potential games and games solvable by iterated
 * strict dominance; it need not converge in general (Shapley's 3 x 3 game cycles). The empirical joint
 * distribution need not approach the coarse correlated set.
 *
 * <p>Complexity: one pass over the payoff tensor per step, {@code O(profiles * players)}; no
 * allocation.
 */
public final class FictitiousPlay extends AbstractLearningDynamics {

  private final int[] played;
  private final double[][] averageMix;

  /** Fictitious play on {@code game}. */
  public FictitiousPlay(NormalFormGame game) {
    super(game);
    this.played = new int[players];
    this.averageMix = new double[players][];
    for (int p = 0; p < players; p++) {
      averageMix[p] = new double[strategyCounts[p]];
    }
    deviationPayoffs(current, deviation, null, 0.0);
    playBestResponses();
  }

  @Override
  void update(double weight) {
    jointSum[profileIndex(played)] += weight;
    for (int p = 0; p < players; p++) {
      double[] sum = averageSum[p];
      for (int s = 0; s < sum.length; s++) {
        averageMix[p][s] = sum[s] / totalWeight;
      }
    }
    deviationPayoffs(averageMix, deviation, null, 0.0);
    playBestResponses();
  }

  private void playBestResponses() {
    for (int p = 0; p < players; p++) {
      played[p] = argmax(deviation[p]);
      Arrays.fill(current[p], 0.0);
      current[p][played[p]] = 1.0;
    }
  }
}
