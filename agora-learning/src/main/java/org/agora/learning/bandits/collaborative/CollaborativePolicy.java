package org.agora.learning.bandits.collaborative;

import java.util.random.RandomGenerator;

/**
 * The agents of a collaborative bandit, acting together: each round every agent chooses an arm and
 * learns its reward, then {@link #communicate} lets them exchange messages over the network. Rounds
 * count from 1. Implementations allocate nothing per round.
 */
public interface CollaborativePolicy {

  /** Forgets everything learnt and every message counted. */
  void reset();

  /** The arm {@code agent} pulls in {@code round}. */
  int choose(int agent, long round);

  /** Tells {@code agent} the reward of {@code arm}. */
  void update(int agent, int arm, double reward);

  /** Called once at the end of every round, after every agent's update. */
  void communicate(long round, RandomGenerator random);

  /** The number of messages (arm recommendations) sent so far. */
  long messages();

  /** The string this policy is created from. */
  String describe();
}
