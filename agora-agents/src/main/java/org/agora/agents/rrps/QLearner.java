package org.agora.agents.rrps;

/**
 * {@code rrps_qlearning}: tabular Q-learning (Watkins and Dayan, "Q-learning", Machine Learning
 * 1992) whose state is a recall window of the last {@code k} joint throws (9^k states, plus one start
 * state per shorter prefix) and whose reward is the throw's score; epsilon-greedy with random
 * tie-breaking. Options: {@code k} (1), step size {@code alpha} (0.1), discount {@code gamma} (0.5)
 * and exploration {@code epsilon} (0.05). The table is cleared for every match.
 */
final class QLearner extends RoshamboBot {

  private final int k;
  private final double alpha;
  private final double gamma;
  private final double epsilon;
  private final int full;
  private final double[] q;
  private int state = -1;
  private int action = -1;

  QLearner(int player, long seed, int k, double alpha, double gamma, double epsilon) {
    super(player, seed);
    this.k = k;
    this.alpha = alpha;
    this.gamma = gamma;
    this.epsilon = epsilon;
    int states = 1;
    for (int i = 0; i < k; i++) {
      states *= 9;
    }
    this.full = states;
    this.q = new double[3 * (states + k)];
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(q, 0);
    state = -1;
    action = -1;
  }

  private int currentState() {
    int t = round();
    if (t < k) {
      return full + t;
    }
    int code = 0;
    for (int i = t - k; i < t; i++) {
      code = 9 * code + 3 * myMove(i) + opponentMove(i);
    }
    return code;
  }

  @Override
  protected int next() {
    int now = currentState();
    if (state >= 0) {
      double reward = SicilianEnsemble.outcome(action, opponentLast());
      double target = reward + gamma * Math.max(q[3 * now], Math.max(q[3 * now + 1], q[3 * now + 2]));
      q[3 * state + action] += alpha * (target - q[3 * state + action]);
    }
    int move;
    if (random().nextDouble() < epsilon) {
      move = randomMove();
    } else {
      move = greedy(now);
    }
    state = now;
    action = move;
    return move;
  }

  /** The best action in state {@code s}, ties broken at random (the scan starts at a random throw). */
  private int greedy(int s) {
    int first = randomMove();
    int best = first;
    for (int offset = 1; offset < 3; offset++) {
      int a = (first + offset) % 3;
      if (q[3 * s + a] > q[3 * s + best]) {
        best = a;
      }
    }
    return best;
  }
}
