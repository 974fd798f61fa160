package org.agora.learning.bandits.collaborative;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The communication network of a collaborative bandit: an undirected graph on the agents and its
 * gossip matrix, which lets an agent ask a neighbour drawn uniformly at random (row {@code n} of the
 * matrix puts mass {@code 1 / degree(n)} on each neighbour of {@code n}). Neighbour lists are stored
 * flat: the neighbours of agent {@code n} are {@code neighbours[offsets[n] .. offsets[n + 1])}.
 */
public final class GossipGraph {

  /** The graph families a string can ask for. */
  public enum Kind {
    /** Every agent talks to every other agent. */
    COMPLETE,
    /** Agent n talks to n - 1 and n + 1 (mod N). */
    RING,
    /** A uniformly random d-regular graph (configuration model, redrawn until simple and connected). */
    RANDOM_REGULAR
  }

  private final Kind kind;
  private final int agentCount;
  private final int degree;
  private final int[] offsets;
  private final int[] neighbours;
  private String text;

  private GossipGraph(Kind kind, int agentCount, int degree, int[] offsets, int[] neighbours) {
    this.kind = kind;
    this.agentCount = agentCount;
    this.degree = degree;
    this.offsets = offsets;
    this.neighbours = neighbours;
    text = "graph=" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * {@link #randomRegular(int, int, RandomGenerator)} drawn from a {@code SplittableRandom} seeded with
   * {@code seed}, which {@link #describe()} then names.
   */
  public static GossipGraph randomRegular(int agentCount, int degree, long seed) {
    GossipGraph graph = randomRegular(agentCount, degree, new java.util.SplittableRandom(seed));
    if (graph.kind == Kind.RANDOM_REGULAR) {
      graph.text = "graph=random-regular,degree=" + degree + ",graph-seed=" + seed;
    }
    return graph;
  }

  /** The graph's parameters as written in a {@code collaborative(...)} string, e.g. {@code graph=ring}. */
  public String describe() {
    return text;
  }

  /** The complete graph on {@code agentCount >= 2} agents. */
  public static GossipGraph complete(int agentCount) {
    requireAgents(agentCount);
    int[] offsets = new int[agentCount + 1];
    int[] neighbours = new int[agentCount * (agentCount - 1)];
    int next = 0;
    for (int agent = 0; agent < agentCount; agent++) {
      offsets[agent] = next;
      for (int other = 0; other < agentCount; other++) {
        if (other != agent) {
          neighbours[next++] = other;
        }
      }
    }
    offsets[agentCount] = next;
    return new GossipGraph(Kind.COMPLETE, agentCount, agentCount - 1, offsets, neighbours);
  }

  /** The cycle on {@code agentCount >= 3} agents (two agents form a single edge). */
  public static GossipGraph ring(int agentCount) {
    requireAgents(agentCount);
    if (agentCount == 2) {
      return complete(2);
    }
    int[] offsets = new int[agentCount + 1];
    int[] neighbours = new int[2 * agentCount];
    for (int agent = 0; agent < agentCount; agent++) {
      offsets[agent] = 2 * agent;
      neighbours[2 * agent] = (agent + agentCount - 1) % agentCount;
      neighbours[2 * agent + 1] = (agent + 1) % agentCount;
    }
    offsets[agentCount] = 2 * agentCount;
    return new GossipGraph(Kind.RING, agentCount, 2, offsets, neighbours);
  }

  /**
   * A random {@code degree}-regular simple connected graph drawn with the configuration model (half-edges
   * paired uniformly, the pairing redrawn until it has no loop, no multiple edge and one component).
   *
   * @throws IllegalArgumentException if no such graph exists ({@code degree * agentCount} odd, or
   *     {@code degree} outside {@code [2, agentCount - 1]})
   */
  public static GossipGraph randomRegular(int agentCount, int degree, RandomGenerator random) {
    requireAgents(agentCount);
    if (degree < 2 || degree > agentCount - 1 || (degree * agentCount) % 2 != 0) {
      throw new IllegalArgumentException("no connected " + degree + "-regular graph on " + agentCount
          + " agents: need 2 <= degree <= agents - 1 and degree * agents even");
    }
    if (degree == agentCount - 1) {
      return complete(agentCount);
    }
    int stubs = agentCount * degree;
    int[] points = new int[stubs];
    int[] pairedWith = new int[stubs];
    for (int attempt = 0; attempt < 100_000; attempt++) {
      for (int i = 0; i < stubs; i++) {
        points[i] = i / degree;
      }
      for (int i = stubs - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = points[i];
        points[i] = points[j];
        points[j] = swap;
      }
      for (int i = 0; i < stubs; i += 2) {
        pairedWith[i] = points[i + 1];
        pairedWith[i + 1] = points[i];
      }
      int[] offsets = new int[agentCount + 1];
      int[] neighbours = new int[stubs];
      int[] filled = new int[agentCount];
      for (int agent = 0; agent <= agentCount; agent++) {
        offsets[agent] = agent * degree;
      }
      boolean simple = true;
      for (int i = 0; i < stubs && simple; i++) {
        int from = points[i];
        int to = pairedWith[i];
        if (from == to) {
          simple = false;
          break;
        }
        for (int k = offsets[from]; k < offsets[from] + filled[from]; k++) {
          if (neighbours[k] == to) {
            simple = false;
            break;
          }
        }
        neighbours[offsets[from] + filled[from]++] = to;
      }
      GossipGraph graph = new GossipGraph(Kind.RANDOM_REGULAR, agentCount, degree, offsets, neighbours);
      if (simple && graph.connected()) {
        for (int agent = 0; agent < agentCount; agent++) {
          Arrays.sort(neighbours, offsets[agent], offsets[agent + 1]);
        }
        return graph;
      }
    }
    throw new IllegalStateException("no simple connected " + degree + "-regular graph on " + agentCount
        + " agents found in 100000 draws");
  }

  private static void requireAgents(int agentCount) {
    if (agentCount < 2) {
      throw new IllegalArgumentException("a communication graph needs at least 2 agents, got " + agentCount);
    }
  }

  /** Whether every agent is reachable from agent 0. */
  public boolean connected() {
    boolean[] seen = new boolean[agentCount];
    int[] stack = new int[agentCount];
    int top = 0;
    stack[top++] = 0;
    seen[0] = true;
    int reached = 1;
    while (top > 0) {
      int agent = stack[--top];
      for (int k = offsets[agent]; k < offsets[agent + 1]; k++) {
        int next = neighbours[k];
        if (!seen[next]) {
          seen[next] = true;
          reached++;
          stack[top++] = next;
        }
      }
    }
    return reached == agentCount;
  }

  /** A neighbour of {@code agent} drawn from its row of the gossip matrix (uniform over neighbours). */
  public int sampleNeighbour(int agent, RandomGenerator random) {
    int from = offsets[agent];
    return neighbours[from + random.nextInt(offsets[agent + 1] - from)];
  }

  /** The number of neighbours of {@code agent}. */
  public int degree(int agent) {
    return offsets[agent + 1] - offsets[agent];
  }

  /** Whether {@code a} and {@code b} are neighbours. */
  public boolean adjacent(int a, int b) {
    for (int k = offsets[a]; k < offsets[a + 1]; k++) {
      if (neighbours[k] == b) {
        return true;
      }
    }
    return false;
  }

  public Kind kind() {
    return kind;
  }

  public int agentCount() {
    return agentCount;
  }

  /** The common degree of a regular graph (N - 1 for complete, 2 for a ring). */
  public int regularDegree() {
    return degree;
  }
}
