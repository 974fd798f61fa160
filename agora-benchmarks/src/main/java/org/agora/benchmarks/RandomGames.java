package org.agora.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/**
 * Random normal-form games for solver benchmarks: payoffs uniform integers in {@code [0, 100)} (the
 * setting of the Gambit timings the project compares with), or zero-sum games with payoffs uniform in
 * {@code [-1, 1]}. The same seed gives the same game.
 */
public final class RandomGames {

  private RandomGames() {}

  /** A game with the given strategy counts and integer payoffs uniform in {@code [0, 100)}. */
  public static NormalFormGame integerPayoffs(long seed, int... strategyCounts) {
    SplittableRandom random = new SplittableRandom(seed);
    int profiles = 1;
    for (int count : strategyCounts) {
      profiles *= count;
    }
    Rational[] payoffs = new Rational[profiles * strategyCounts.length];
    for (int i = 0; i < payoffs.length; i++) {
      payoffs[i] = Rational.of(random.nextInt(100));
    }
    return NormalFormGame.exact(parameters(seed, strategyCounts), "", playerNames(strategyCounts.length),
        strategyNames(strategyCounts), payoffs);
  }

  /** A two-player zero-sum {@code size x size} game with row payoffs uniform in {@code [-1, 1]}. */
  public static NormalFormGame zeroSum(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] payoffs = new double[2 * size * size];
    for (int i = 0; i < size * size; i++) {
      payoffs[i] = random.nextDouble(-1.0, 1.0);
      payoffs[size * size + i] = -payoffs[i];
    }
    return NormalFormGame.of(parameters(seed, size, size), "", playerNames(2), strategyNames(size, size), payoffs);
  }

  private static GameParameters parameters(long seed, int... strategyCounts) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("seed", seed);
    values.put("strategies", java.util.Arrays.toString(strategyCounts));
    return GameParameters.of("random_game", values);
  }

  private static String[] playerNames(int players) {
    String[] names = new String[players];
    for (int p = 0; p < players; p++) {
      names[p] = "player " + (p + 1);
    }
    return names;
  }

  private static String[][] strategyNames(int... strategyCounts) {
    String[][] names = new String[strategyCounts.length][];
    for (int p = 0; p < names.length; p++) {
      names[p] = new String[strategyCounts[p]];
      for (int s = 0; s < names[p].length; s++) {
        names[p][s] = Integer.toString(s + 1);
      }
    }
    return names;
  }
}
