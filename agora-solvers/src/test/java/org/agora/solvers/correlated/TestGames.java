package org.agora.solvers.correlated;

import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;

/** Games shared by the correlated-equilibrium tests. */
final class TestGames {

  private TestGames() {}

  static NormalFormGame zoo(String name) {
    return (NormalFormGame) GameRegistry.create(name);
  }

  /** Textbook chicken: (C,C) = (6,6), (C,D) = (2,7), (D,C) = (7,2), (D,D) = (0,0). */
  static NormalFormGame textbookChicken() {
    return NormalFormGame.bimatrix(GameParameters.none("textbook_chicken"), new String[] {"chicken", "dare"},
        new String[] {"chicken", "dare"}, new double[][] {{6, 2}, {7, 0}}, new double[][] {{6, 7}, {2, 0}});
  }

  /** A game with integer payoffs drawn uniformly from [-range, range]. */
  static NormalFormGame random(long seed, int[] strategyCounts, int range) {
    SplittableRandom random = new SplittableRandom(seed);
    int players = strategyCounts.length;
    int profiles = 1;
    String[] playerNames = new String[players];
    String[][] strategyNames = new String[players][];
    for (int p = 0; p < players; p++) {
      profiles *= strategyCounts[p];
      playerNames[p] = "player" + p;
      strategyNames[p] = new String[strategyCounts[p]];
      for (int s = 0; s < strategyCounts[p]; s++) {
        strategyNames[p][s] = "s" + s;
      }
    }
    double[] payoffs = new double[players * profiles];
    for (int i = 0; i < payoffs.length; i++) {
      payoffs[i] = random.nextInt(-range, range + 1);
    }
    return NormalFormGame.of(GameParameters.none("random"), "random", playerNames, strategyNames, payoffs);
  }
}
