package org.agora.solvers.cfr;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.solvers.tree.GameTree;

/**
 * A deliberately plain CFR family for tests: recursion over {@link State} objects, information states
 * found by their key strings in hash maps, written straight from the papers' update rules. Only
 * turn-taking games (no simultaneous nodes).
 */
final class ReferenceCfr {

  enum Kind { VANILLA, PLUS, DISCOUNTED, LINEAR, PREDICTIVE }

  private final Game game;
  private final Kind kind;
  private final boolean alternating;
  private final double alpha;
  private final double beta;
  private final double gamma;
  private final Map<String, double[]> regret = new HashMap<>();
  private final Map<String, double[]> strategySum = new HashMap<>();
  private final Map<String, double[]> current = new HashMap<>();
  private final Map<String, double[]> lastInstant = new HashMap<>();
  private final Map<String, Integer> owner = new HashMap<>();
  private final Map<String, double[]> instant = new LinkedHashMap<>();
  private final Map<String, Double> ownReach = new HashMap<>();
  private long iteration;

  ReferenceCfr(Game game, Kind kind, boolean alternating) {
    this.game = game;
    this.kind = kind;
    this.alternating = alternating;
    this.alpha = kind == Kind.LINEAR ? 1.0 : 1.5;
    this.beta = kind == Kind.LINEAR ? 1.0 : 0.0;
    this.gamma = kind == Kind.LINEAR ? 1.0 : 2.0;
  }

  void iterate(int count) {
    for (int n = 0; n < count; n++) {
      iteration++;
      for (int player = 0; player < game.playerCount(); player++) {
        instant.clear();
        ownReach.clear();
        traverse(game.newInitialState(), player, 1.0, 1.0);
        for (String key : instant.keySet()) {
          update(key);
          if (alternating) {
            current.put(key, nextStrategy(key));
          }
        }
      }
      if (!alternating) {
        for (String key : regret.keySet()) {
          current.put(key, nextStrategy(key));
        }
      }
    }
  }

  private double traverse(State state, int player, double own, double others) {
    if (state.isTerminal()) {
      return state.returns(player);
    }
    int width = Math.max(game.actionCount(), game.maxChanceOutcomes());
    int[] moves = new int[width];
    if (state.isChanceNode()) {
      double[] probabilities = new double[width];
      int count = state.chanceOutcomes(moves, probabilities);
      double total = 0.0;
      for (int k = 0; k < count; k++) {
        State child = state.copy();
        child.apply(moves[k]);
        total += probabilities[k] * traverse(child, player, own, others * probabilities[k]);
      }
      return total;
    }
    if (!state.isDecisionNode()) {
      throw new IllegalArgumentException("the reference CFR handles turn-taking games only");
    }
    int mover = state.currentPlayer();
    int count = state.legalActions(mover, moves);
    String key = mover + "|" + state.informationStateKey(mover);
    owner.put(key, mover);
    double[] strategy = current.computeIfAbsent(key, k -> uniform(count));
    double[] values = new double[count];
    double expected = 0.0;
    for (int k = 0; k < count; k++) {
      State child = state.copy();
      child.apply(moves[k]);
      values[k] = mover == player ? traverse(child, player, own * strategy[k], others)
          : traverse(child, player, own, others * strategy[k]);
      expected += strategy[k] * values[k];
    }
    if (mover == player) {
      double[] regrets = instant.computeIfAbsent(key, k -> new double[count]);
      for (int k = 0; k < count; k++) {
        regrets[k] += others * (values[k] - expected);
      }
      ownReach.merge(key, own, Double::sum);
    }
    return expected;
  }

  private void update(String key) {
    double[] r = instant.get(key);
    int count = r.length;
    double[] cumulative = regret.computeIfAbsent(key, k -> new double[count]);
    double[] sum = strategySum.computeIfAbsent(key, k -> new double[count]);
    double[] strategy = current.get(key);
    double own = ownReach.get(key);
    double t = iteration;
    for (int k = 0; k < count; k++) {
      switch (kind) {
        case VANILLA -> {
          cumulative[k] += r[k];
          sum[k] += own * strategy[k];
        }
        case PLUS -> {
          cumulative[k] = Math.max(0.0, cumulative[k] + r[k]);
          sum[k] += t * own * strategy[k];
        }
        case PREDICTIVE -> {
          cumulative[k] = Math.max(0.0, cumulative[k] + r[k]);
          sum[k] += t * t * own * strategy[k];
        }
        case DISCOUNTED, LINEAR -> {
          double updated = cumulative[k] + r[k];
          double exponent = updated > 0 ? alpha : beta;
          cumulative[k] = updated * Math.pow(t, exponent) / (Math.pow(t, exponent) + 1.0);
          sum[k] = (sum[k] + own * strategy[k]) * Math.pow(t / (t + 1.0), gamma);
        }
      }
    }
    lastInstant.put(key, r.clone());
  }

  private double[] nextStrategy(String key) {
    double[] cumulative = regret.get(key);
    double[] result = new double[cumulative.length];
    double total = 0.0;
    for (int k = 0; k < result.length; k++) {
      double target = kind == Kind.PREDICTIVE ? cumulative[k] + lastInstant.get(key)[k] : cumulative[k];
      result[k] = Math.max(0.0, target);
      total += result[k];
    }
    for (int k = 0; k < result.length; k++) {
      result[k] = total > 0.0 ? result[k] / total : 1.0 / result.length;
    }
    return result;
  }

  private static double[] uniform(int count) {
    double[] result = new double[count];
    java.util.Arrays.fill(result, 1.0 / count);
    return result;
  }

  /** The average profile as a per-slot array of {@code tree} (matched by player and key). */
  double[] averageBehaviour(GameTree tree) {
    double[] behaviour = tree.newSlotArray();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      double[] sum = strategySum.get(tree.infosetPlayer(infoset) + "|" + tree.infosetKey(infoset));
      int count = tree.actionCount(infoset);
      double total = 0.0;
      for (int k = 0; sum != null && k < count; k++) {
        total += sum[k];
      }
      for (int k = 0; k < count; k++) {
        behaviour[infoset * tree.maxActions() + k] = total > 0.0 ? sum[k] / total : 1.0 / count;
      }
    }
    return behaviour;
  }
}
