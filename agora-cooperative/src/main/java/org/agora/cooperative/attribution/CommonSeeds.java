package org.agora.cooperative.attribution;

import java.util.SplittableRandom;

/**
 * The common random numbers of a sampled coalition game: one seed per seat for its agent, whoever
 * plays it, and one seed per episode for chance, both drawn from {@code SplittableRandom(seed)} (the
 * seats' first). Every coalition uses the same ones.
 *
 * @param agents the agent seed of each seat
 * @param episodes the chance seed of each episode
 */
record CommonSeeds(long[] agents, long[] episodes) {

  static CommonSeeds of(long seed, int seats, int episodeCount) {
    SplittableRandom root = new SplittableRandom(seed);
    long[] agents = new long[seats];
    for (int p = 0; p < seats; p++) {
      agents[p] = root.nextLong();
    }
    long[] episodes = new long[episodeCount];
    for (int e = 0; e < episodeCount; e++) {
      episodes[e] = root.nextLong();
    }
    return new CommonSeeds(agents, episodes);
  }
}
