package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * {@code actr_lag2_decay}: the ACT-R model of Christian Lebiere and Robert West ("A Dynamic ACT-R
 * Model of Simple Games", Proceedings of the Cognitive Science Society, 1999), entered in the 1999
 * competition. Memory holds chunks that are sequences of three opponent throws (lag 2: the two
 * previous throws and the one that followed); each time a sequence is seen its chunk is reinforced.
 * A chunk's base-level activation is ln(sum over its uses j of (now - t_j)^-d) with decay d = 0.5,
 * so recent and frequent sequences are the most active. To move, the model retrieves, among the three
 * chunks that start with the opponent's last two throws, the one of highest activation plus logistic
 * noise (scale s = 0.25, ACT-R's usual value; ours), and plays what beats its third throw; random
 * while no chunk matches. Uses are kept as per-chunk linked lists over the rounds (flat arrays); the
 * {@value #EXACT_USES} most recent uses of a chunk are summed exactly and the older ones with Petrov's
 * approximation (A. Petrov, "Computationally efficient approximation of the base-level learning
 * equation in ACT-R", ICCM 2006): m older uses spread evenly between ages a and b contribute
 * m (b^(1-d) - a^(1-d)) / ((1-d)(b - a)). A throw costs O(1).
 */
final class ActrLag2Decay extends RoshamboBot {

  static final double DECAY = 0.5;
  static final double NOISE = 0.25;
  static final int EXACT_USES = 10;

  private final int[] newestUse = new int[27];
  private final int[] oldestUse = new int[27];
  private final int[] uses = new int[27];
  private int[] previousUse = new int[1024];

  ActrLag2Decay(int player, long seed) {
    super(player, seed);
    Arrays.fill(newestUse, -1);
  }

  @Override
  public void restart() {
    super.restart();
    Arrays.fill(newestUse, -1);
    Arrays.fill(uses, 0);
  }

  /** The sum over the uses of a chunk of (now - use)^-0.5. */
  private double strength(int chunk, int now) {
    double sum = 0;
    int seen = 0;
    int use = newestUse[chunk];
    int age = 0;
    for (; use >= 0 && seen < EXACT_USES; use = previousUse[use]) {
      age = now - use;
      sum += 1 / Math.sqrt(age);
      seen++;
    }
    int older = uses[chunk] - seen;
    if (older > 0) {
      double a = age;
      double b = now - oldestUse[chunk];
      sum += b > a ? older * (Math.sqrt(b) - Math.sqrt(a)) / ((1 - DECAY) * (b - a)) : older / Math.sqrt(b);
    }
    return sum;
  }

  @Override
  protected int next() {
    int n = round();
    if (n >= 3) {
      int chunk = 9 * opponentMove(n - 3) + 3 * opponentMove(n - 2) + opponentMove(n - 1);
      int use = n - 1;
      if (use >= previousUse.length) {
        previousUse = Arrays.copyOf(previousUse, 2 * previousUse.length);
      }
      previousUse[use] = newestUse[chunk];
      newestUse[chunk] = use;
      if (uses[chunk]++ == 0) {
        oldestUse[chunk] = use;
      }
    }
    if (n < 2) {
      return randomMove();
    }
    int prefix = 9 * opponentMove(n - 2) + 3 * opponentMove(n - 1);
    int retrieved = -1;
    double best = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < 3; a++) {
      double sum = strength(prefix + a, n);
      if (sum > 0) {
        double u = random().nextDouble();
        double noise = NOISE * Math.log((u + 1e-12) / (1 - u + 1e-12));
        double activation = Math.log(sum) + noise;
        if (activation > best) {
          best = activation;
          retrieved = a;
        }
      }
    }
    return retrieved < 0 ? randomMove() : beat(retrieved);
  }
}
