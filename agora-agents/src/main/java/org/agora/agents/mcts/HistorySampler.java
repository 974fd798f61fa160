package org.agora.agents.mcts;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * Draws determinizations for one player: full states consistent with that player's information
 * state. On first use it enumerates the game tree once (depth first, up to a node limit) and keeps,
 * for every decision node of the player, the node's history under its information-state key
 * together with a weight: the product of the chance probabilities along the history times
 * {@code 1 / (number of legal actions)} for every other player's action (other players are assumed
 * to act uniformly at random, an uninformed prior); the player's own actions weigh 1, since they are
 * known. {@link #sample} then picks one of the histories stored under a key with probability
 * proportional to its weight and replays it on a new initial state.
 *
 * <p>Enumerations are shared: samplers of the same {@link Game} instance, player and node limit
 * (for example the agents a match runner creates afresh for each batch of episodes) reuse the first
 * one built, held in a cache that does not keep the game alive. A finished enumeration is never
 * modified, so sharing it between threads is safe.
 *
 * <p>Cost: the enumeration visits every node once (O(nodes) time) and stores O(player's decision
 * nodes * game length) integers; a sample is a binary search plus replaying one history. The game
 * must be sequential with explicit (or no) chance, and its tree must fit in the node limit. Not
 * thread-safe.
 */
public final class HistorySampler {

  /** Default limit on the number of nodes enumerated. */
  public static final long DEFAULT_NODE_LIMIT = 2_000_000L;

  /** Finished enumerations by game instance, then by {@code player:nodeLimit}. */
  private static final Map<Game, Map<String, Map<String, Bucket>>> SHARED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Game game;
  private final int player;
  private final long nodeLimit;
  private final String who;
  private Map<String, Bucket> buckets;

  /** Histories sharing one information-state key, with cumulative weights. */
  private static final class Bucket {
    int[][] histories = new int[2][];
    double[] cumulative = new double[2];
    int size;

    void add(int[] history, double weight) {
      if (size == histories.length) {
        histories = Arrays.copyOf(histories, 2 * size);
        cumulative = Arrays.copyOf(cumulative, 2 * size);
      }
      histories[size] = history;
      cumulative[size] = (size == 0 ? 0.0 : cumulative[size - 1]) + weight;
      size++;
    }
  }

  /**
   * @param who the agent name used in error messages
   * @throws GameSpecException if the game is simultaneous or has only sampled chance
   */
  public HistorySampler(Game game, int player, long nodeLimit, String who) {
    GameType type = game.type();
    if (type.dynamics() != GameType.Dynamics.SEQUENTIAL || type.chance() == GameType.Chance.SAMPLED) {
      throw new GameSpecException(who + " cannot play " + game.name() + ": it is " + type.describe()
          + "; it needs a sequential game with no or explicit chance");
    }
    if (nodeLimit < 1) {
      throw new IllegalArgumentException("node limit must be >= 1, got " + nodeLimit);
    }
    this.game = game;
    this.player = player;
    this.nodeLimit = nodeLimit;
    this.who = who;
  }

  /**
   * A new state whose history is consistent with {@code key}, the player's information-state key.
   *
   * @throws GameSpecException if the tree has more nodes than the limit
   * @throws IllegalStateException if no decision node of the player has this key
   */
  public State sample(String key, RandomGenerator random) {
    Bucket bucket = enumeration().get(key);
    if (bucket == null) {
      throw new IllegalStateException("player " + player + " has no decision node with information state '" + key + "'");
    }
    double target = random.nextDouble() * bucket.cumulative[bucket.size - 1];
    int low = 0;
    int high = bucket.size - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (bucket.cumulative[middle] > target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    State state = game.newInitialState();
    for (int action : bucket.histories[low]) {
      state.apply(action);
    }
    return state;
  }

  /** Number of the player's decision nodes stored under {@code key} (enumerating if needed). */
  public int historyCount(String key) {
    Bucket bucket = enumeration().get(key);
    return bucket == null ? 0 : bucket.size;
  }

  /** The enumeration this sampler uses (built if needed); for tests of the sharing. */
  Object enumerationIdentity() {
    return enumeration();
  }

  private Map<String, Bucket> enumeration() {
    if (buckets == null) {
      String cacheKey = player + ":" + nodeLimit;
      Map<String, Bucket> shared;
      synchronized (SHARED) {
        shared = SHARED.computeIfAbsent(game, g -> new HashMap<>()).get(cacheKey);
      }
      if (shared == null) {
        shared = new HashMap<>();
        int width = Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()));
        long[] visited = {0};
        walk(game.newInitialState(), 1.0, shared, width, visited);
        synchronized (SHARED) {
          SHARED.computeIfAbsent(game, g -> new HashMap<>()).putIfAbsent(cacheKey, shared);
        }
      }
      buckets = shared;
    }
    return buckets;
  }

  private void walk(State state, double weight, Map<String, Bucket> built, int width, long[] visited) {
    if (++visited[0] > nodeLimit) {
      throw new GameSpecException(who + " cannot play " + game.name() + ": its game tree has more than " + nodeLimit
          + " nodes, the limit for enumerating histories (option node_limit)");
    }
    Turn turn = state.turn();
    if (turn == Turn.TERMINAL || weight == 0.0) {
      return;
    }
    int[] moves = new int[width];
    if (turn == Turn.CHANCE) {
      double[] probabilities = new double[width];
      int count = state.chanceOutcomes(moves, probabilities);
      for (int i = 0; i < count; i++) {
        State child = state.copy();
        child.apply(moves[i]);
        walk(child, weight * probabilities[i], built, width, visited);
      }
      return;
    }
    int mover = state.currentPlayer();
    int count = state.legalActions(moves);
    double childWeight = weight;
    if (mover == player) {
      built.computeIfAbsent(state.informationStateKey(player), key -> new Bucket()).add(state.history(), weight);
    } else {
      childWeight = weight / count;
    }
    for (int i = 0; i < count; i++) {
      State child = state.copy();
      child.apply(moves[i]);
      walk(child, childWeight, built, width, visited);
    }
  }
}
