package org.agora.agents.mcts;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.core.State;

/**
 * Regret-matching statistics of the simultaneous nodes of an {@link MctsAgent} tree: simultaneous-move
 * MCTS with regret matching (Lanctot, Lisý and Winands, "Monte Carlo Tree Search in Simultaneous Move
 * Games with Applications to Goofspiel", Computer Games Workshop at IJCAI 2013; Tak, Lanctot and
 * Winands, "Monte Carlo Tree Search Variants for Simultaneous Move Games", IEEE CIG 2014).
 *
 * <p>At a simultaneous node every player keeps, per own action, a cumulative regret and a strategy
 * sum. A player samples its action from {@code (1 - gamma) * RM + gamma * uniform}, where {@code RM}
 * is regret matching on its regrets; after the simulation, with return {@code v} (rescaled to
 * [0, 1]) for the sampled action {@code a} drawn with probability {@code q}, every action {@code b}
 * gets regret {@code [b = a] v / q - sigma(a) v / q} (the importance-sampled counterfactual estimate)
 * and the strategy sum gets {@code sigma}. The average strategy is the node's recommendation.
 * Deterministic selection rules such as UCB1 fail here: symmetric players then explore in lockstep
 * and only ever see the diagonal joint actions (a prisoner's dilemma is "solved" by cooperation).
 *
 * <p>The node's children are the joint actions, numbered in mixed radix with the last player's
 * action fastest. Arrays grow as entries are added and are reused after {@link #clear()}; nothing is
 * allocated per simulation.
 */
final class SimultaneousNodes {

  /** Largest number of joint actions a simultaneous node may have. */
  static final int MAX_JOINT_ACTIONS = 1 << 20;

  /** Share of uniform exploration mixed into each player's regret-matching strategy. */
  static final double EXPLORATION = 0.1;

  private final int players;
  private double[] regrets = new double[256];
  private double[] strategySums = new double[256];
  /**
   * Per entry: the players' action counts, then the offset of its first slot; a player's slots
   * (action id, visits, regret, strategy sum) follow those of the players before it.
   */
  private int[] layout = new int[64];
  private int layoutSize;
  private int[] actions = new int[256];
  private int[] visits = new int[256];
  private int statisticsSize;

  SimultaneousNodes(int players) {
    this.players = players;
  }

  /** Forgets every entry (at the start of a search). */
  void clear() {
    layoutSize = 0;
    statisticsSize = 0;
  }

  /**
   * Adds the statistics of simultaneous node {@code state} and returns its entry id.
   *
   * @param scratch room for any player's legal actions
   * @throws IllegalStateException if a player has no legal action or the node has more than
   *     {@link #MAX_JOINT_ACTIONS} joint actions
   */
  int add(State state, int[] scratch) {
    int entry = layoutSize;
    layout = ensure(layout, layoutSize + players + 1);
    long joint = 1;
    int statisticsOffset = statisticsSize;
    for (int p = 0; p < players; p++) {
      int count = state.legalActions(p, scratch);
      if (count == 0) {
        throw new IllegalStateException("player " + p + " has no legal action at a simultaneous node of "
            + state.game().name());
      }
      joint *= count;
      if (joint > MAX_JOINT_ACTIONS) {
        throw new IllegalStateException("mcts: a simultaneous node of " + state.game().name() + " has more than "
            + MAX_JOINT_ACTIONS + " joint actions");
      }
      layout[entry + p] = count;
      actions = ensure(actions, statisticsSize + count);
      System.arraycopy(scratch, 0, actions, statisticsSize, count);
      statisticsSize += count;
    }
    layout[entry + players] = statisticsOffset;
    layoutSize += players + 1;
    visits = ensure(visits, statisticsSize);
    if (regrets.length < statisticsSize) {
      int capacity = Math.max(2 * regrets.length, statisticsSize);
      regrets = Arrays.copyOf(regrets, capacity);
      strategySums = Arrays.copyOf(strategySums, capacity);
    }
    Arrays.fill(visits, statisticsOffset, statisticsSize, 0);
    Arrays.fill(regrets, statisticsOffset, statisticsSize, 0.0);
    Arrays.fill(strategySums, statisticsOffset, statisticsSize, 0.0);
    return entry;
  }

  /** Number of joint actions (children) of {@code entry}. */
  int jointCount(int entry) {
    int joint = 1;
    for (int p = 0; p < players; p++) {
      joint *= layout[entry + p];
    }
    return joint;
  }

  /** Each player's action sampled from its explored regret-matching strategy; returns the joint index. */
  int select(int entry, RandomGenerator random) {
    int offset = layout[entry + players];
    int joint = 0;
    for (int p = 0; p < players; p++) {
      int count = layout[entry + p];
      double positive = positiveRegret(offset, count);
      double target = random.nextDouble();
      int chosen = count - 1;
      double cumulative = 0.0;
      for (int slot = 0; slot < count; slot++) {
        cumulative += sampling(offset, count, slot, positive);
        if (target < cumulative) {
          chosen = slot;
          break;
        }
      }
      joint = joint * count + chosen;
      offset += count;
    }
    return joint;
  }

  private double positiveRegret(int offset, int count) {
    double positive = 0.0;
    for (int k = 0; k < count; k++) {
      positive += Math.max(0.0, regrets[offset + k]);
    }
    return positive;
  }

  /** Regret matching's probability of {@code slot}, given the sum of positive regrets of its node. */
  private double regretMatching(int offset, int count, int slot, double positive) {
    return positive > 0.0 ? Math.max(0.0, regrets[offset + slot]) / positive : 1.0 / count;
  }

  private double sampling(int offset, int count, int slot, double positive) {
    return (1.0 - EXPLORATION) * regretMatching(offset, count, slot, positive) + EXPLORATION / count;
  }

  /** Writes the action ids of joint index {@code joint} into {@code jointAction} (one per player). */
  void decode(int entry, int joint, int[] jointAction) {
    int[] slots = decodeSlots(entry, joint, jointAction);
    int base = layout[entry + players];
    for (int p = 0; p < players; p++) {
      jointAction[p] = actions[base + slots[p]];
      base += layout[entry + p];
    }
  }

  private int[] decodeSlots(int entry, int joint, int[] into) {
    for (int p = players - 1; p >= 0; p--) {
      int count = layout[entry + p];
      into[p] = joint % count;
      joint /= count;
    }
    return into;
  }

  /**
   * Adds a simulation through joint index {@code joint} with returns {@code values} to every
   * player's statistics; values are rescaled by {@code (value - minimum) * scale}.
   */
  void update(int entry, int joint, double[] values, double minimum, double scale, int[] scratch) {
    decodeSlots(entry, joint, scratch);
    int offset = layout[entry + players];
    for (int p = 0; p < players; p++) {
      int count = layout[entry + p];
      int chosen = scratch[p];
      double value = (values[p] - minimum) * scale;
      double positive = positiveRegret(offset, count);
      double estimate = value / sampling(offset, count, chosen, positive);
      double baseline = regretMatching(offset, count, chosen, positive) * estimate;
      for (int slot = 0; slot < count; slot++) {
        strategySums[offset + slot] += regretMatching(offset, count, slot, positive);
      }
      for (int slot = 0; slot < count; slot++) {
        regrets[offset + slot] += (slot == chosen ? estimate : 0.0) - baseline;
      }
      visits[offset + chosen]++;
      offset += count;
    }
  }

  /** {@code player}'s average strategy at {@code entry}, by legal-action order, written into {@code out}; returns the count. */
  int averageStrategy(int entry, int player, double[] out) {
    int offset = playerOffset(entry, player);
    int count = layout[entry + player];
    double total = 0.0;
    for (int slot = 0; slot < count; slot++) {
      total += strategySums[offset + slot];
    }
    for (int slot = 0; slot < count; slot++) {
      out[slot] = total > 0.0 ? strategySums[offset + slot] / total : 1.0 / count;
    }
    return count;
  }

  /** {@code player}'s {@code slot}-th legal action id at {@code entry}. */
  int action(int entry, int player, int slot) {
    return actions[playerOffset(entry, player) + slot];
  }

  /** Visits of {@code player}'s action id {@code action} at {@code entry}; 0 when it is not legal there. */
  int visits(int entry, int player, int action) {
    int offset = playerOffset(entry, player);
    for (int slot = 0; slot < layout[entry + player]; slot++) {
      if (actions[offset + slot] == action) {
        return visits[offset + slot];
      }
    }
    return 0;
  }

  /** Index of {@code player}'s first slot at {@code entry}. */
  private int playerOffset(int entry, int player) {
    int offset = layout[entry + players];
    for (int p = 0; p < player; p++) {
      offset += layout[entry + p];
    }
    return offset;
  }

  private static int[] ensure(int[] array, int size) {
    return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, 2 * array.length));
  }
}
