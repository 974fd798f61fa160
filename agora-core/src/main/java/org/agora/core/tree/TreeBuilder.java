package org.agora.core.tree;

import java.util.Arrays;
import org.agora.core.Rational;

/**
 * Collects the nodes (in prefix order), information sets and outcomes of a game tree and freezes
 * them into an {@link ExplicitTree}. Used by the {@code .efg} reader of agora-io and by
 * {@link ExplicitTreeCompiler}, which builds it from a {@link org.agora.core.Game}'s states.
 */
public final class TreeBuilder {

  /** Growable node arrays. */
  static final class Nodes {
    int count;
    byte[] kind = new byte[16];
    int[] player = new int[16];
    int[] infoset = new int[16];
    int[] parent = new int[16];
    int[] depth = new int[16];
    int[] firstSlot = new int[16];
    int[] childCount = new int[16];
    int[] childNode = new int[16];
    int slotCount;
    String[] name = new String[16];
    int[] outcome = new int[16];
    Rational[] cumulative = new Rational[16];

    private void grow(int players) {
      int capacity = kind.length * 2;
      kind = Arrays.copyOf(kind, capacity);
      player = Arrays.copyOf(player, capacity);
      infoset = Arrays.copyOf(infoset, capacity);
      parent = Arrays.copyOf(parent, capacity);
      depth = Arrays.copyOf(depth, capacity);
      firstSlot = Arrays.copyOf(firstSlot, capacity);
      childCount = Arrays.copyOf(childCount, capacity);
      name = Arrays.copyOf(name, capacity);
      outcome = Arrays.copyOf(outcome, capacity);
      cumulative = Arrays.copyOf(cumulative, Math.max(capacity * players, cumulative.length));
    }

    private void trim(int players) {
      kind = Arrays.copyOf(kind, count);
      player = Arrays.copyOf(player, count);
      infoset = Arrays.copyOf(infoset, count);
      parent = Arrays.copyOf(parent, count);
      depth = Arrays.copyOf(depth, count);
      firstSlot = Arrays.copyOf(firstSlot, count);
      childCount = Arrays.copyOf(childCount, count);
      childNode = Arrays.copyOf(childNode, slotCount);
      name = Arrays.copyOf(name, count);
      outcome = Arrays.copyOf(outcome, count);
      cumulative = Arrays.copyOf(cumulative, count * players);
    }
  }

  /** Growable information-set arrays. */
  static final class Infosets {
    int count;
    int[] player = new int[8];
    int[] number = new int[8];
    String[] name = new String[8];
    String[][] labels = new String[8][];
    Rational[][] probabilities = new Rational[8][];

    private void trim() {
      player = Arrays.copyOf(player, count);
      number = Arrays.copyOf(number, count);
      name = Arrays.copyOf(name, count);
      labels = Arrays.copyOf(labels, count);
      probabilities = Arrays.copyOf(probabilities, count);
    }
  }

  /** Growable outcome arrays. */
  static final class Outcomes {
    int count;
    int[] number = new int[8];
    String[] name = new String[8];
    Rational[][] payoffs = new Rational[8][];

    private void trim() {
      number = Arrays.copyOf(number, count);
      name = Arrays.copyOf(name, count);
      payoffs = Arrays.copyOf(payoffs, count);
    }
  }

  private final int players;
  private final Nodes nodes = new Nodes();
  private final Infosets infosets = new Infosets();
  private final Outcomes outcomes = new Outcomes();

  /** An empty builder for a game of {@code players} players. */
  public TreeBuilder(int players) {
    this.players = players;
    nodes.cumulative = new Rational[16 * players];
  }

  /** Number of nodes added so far. */
  public int nodeCount() {
    return nodes.count;
  }

  /** Number of outcomes added so far. */
  public int outcomeCount() {
    return outcomes.count;
  }

  /** Number of children of node {@code node}. */
  public int childCount(int node) {
    return nodes.childCount[node];
  }

  /** Number of information sets added so far. */
  public int infosetCount() {
    return infosets.count;
  }

  /** A copy of the action labels of information set {@code id}. */
  public String[] labels(int id) {
    return infosets.labels[id].clone();
  }

  /** A copy of the exact probabilities of chance information set {@code id} (null for players' sets). */
  public Rational[] probabilities(int id) {
    return infosets.probabilities[id] == null ? null : infosets.probabilities[id].clone();
  }

  /** Name of information set {@code id}. */
  public String infosetName(int id) {
    return infosets.name[id];
  }

  /** A copy of the payoffs of outcome {@code id}. */
  public Rational[] outcomePayoffs(int id) {
    return outcomes.payoffs[id].clone();
  }

  /** Name of outcome {@code id}. */
  public String outcomeName(int id) {
    return outcomes.name[id];
  }

  /**
   * Adds an information set and returns its id.
   *
   * @param player owner, 0-based, or -1 for chance
   * @param number the file's number of the set (per player)
   * @param probabilities exact probabilities for a chance set, null otherwise
   */
  public int addInfoset(int player, int number, String name, String[] labels, Rational[] probabilities) {
    Infosets s = infosets;
    if (s.count == s.player.length) {
      int capacity = s.count * 2;
      s.player = Arrays.copyOf(s.player, capacity);
      s.number = Arrays.copyOf(s.number, capacity);
      s.name = Arrays.copyOf(s.name, capacity);
      s.labels = Arrays.copyOf(s.labels, capacity);
      s.probabilities = Arrays.copyOf(s.probabilities, capacity);
    }
    s.player[s.count] = player;
    s.number[s.count] = number;
    s.name[s.count] = name;
    s.labels[s.count] = labels.clone();
    s.probabilities[s.count] = probabilities == null ? null : probabilities.clone();
    return s.count++;
  }

  /** Adds an outcome (file number, name, one exact payoff per player) and returns its id. */
  public int addOutcome(int number, String name, Rational[] payoffs) {
    Outcomes o = outcomes;
    if (o.count == o.number.length) {
      int capacity = o.count * 2;
      o.number = Arrays.copyOf(o.number, capacity);
      o.name = Arrays.copyOf(o.name, capacity);
      o.payoffs = Arrays.copyOf(o.payoffs, capacity);
    }
    o.number[o.count] = number;
    o.name[o.count] = name;
    o.payoffs[o.count] = payoffs.clone();
    return o.count++;
  }

  /**
   * Adds the next node in prefix order and returns its id.
   *
   * @param parentNode the parent, or -1 for the root
   * @param slot which child of the parent this node is
   * @param kind {@link ExplicitTree#TERMINAL}, {@link ExplicitTree#CHANCE} or {@link ExplicitTree#DECISION}
   * @param player 0-based player at a decision node, -1 otherwise
   * @param infosetId information set id, -1 at a terminal node
   * @param outcomeId outcome id, -1 for none
   */
  public int addNode(int parentNode, int slot, byte kind, int player, int infosetId, String name, int outcomeId) {
    Nodes n = nodes;
    if (n.count == n.kind.length) {
      n.grow(players);
    }
    int id = n.count++;
    n.kind[id] = kind;
    n.player[id] = player;
    n.infoset[id] = infosetId;
    n.parent[id] = parentNode;
    n.depth[id] = parentNode < 0 ? 0 : n.depth[parentNode] + 1;
    n.name[id] = name;
    n.outcome[id] = outcomeId;
    int children = infosetId < 0 ? 0 : infosets.labels[infosetId].length;
    n.childCount[id] = children;
    n.firstSlot[id] = n.slotCount;
    if (n.slotCount + children > n.childNode.length) {
      n.childNode = Arrays.copyOf(n.childNode, Math.max(n.childNode.length * 2, n.slotCount + children));
    }
    Arrays.fill(n.childNode, n.slotCount, n.slotCount + children, -1);
    n.slotCount += children;
    if (parentNode >= 0) {
      n.childNode[n.firstSlot[parentNode] + slot] = id;
    }
    for (int p = 0; p < players; p++) {
      Rational base = parentNode < 0 ? Rational.ZERO : n.cumulative[parentNode * players + p];
      n.cumulative[id * players + p] = outcomeId < 0 ? base : base.add(outcomes.payoffs[outcomeId][p]);
    }
    return id;
  }

  /** Freezes the collected tree. The builder must not be used afterwards. */
  public ExplicitTree build(String title, String comment, String[] playerNames) {
    nodes.trim(players);
    infosets.trim();
    outcomes.trim();
    return new ExplicitTree(title, comment, playerNames.clone(), nodes, infosets, outcomes);
  }
}
