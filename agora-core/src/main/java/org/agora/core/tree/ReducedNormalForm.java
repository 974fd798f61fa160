package org.agora.core.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.TreeStatistics;
import org.agora.core.normalform.NormalFormGame;

/**
 * The reduced strategic form of a finite game tree.
 *
 * <p>A reduced pure strategy of a player assigns an action to exactly the player's information
 * sets that it does not itself make unreachable (an information set is reachable under a strategy
 * when some choice of the other players and chance leads to it while the player follows the
 * strategy). Pure strategies that agree on those sets are the same reduced strategy. They are
 * enumerated by repeatedly choosing an action at the first (depth-first) reachable information set
 * that has none yet, so each reduced strategy appears once; this also works without perfect recall.
 * They are then listed in Gambit's order: lexicographically in the actions at the player's
 * information sets, the last set varying fastest, an unreachable set counting as its first action
 * ({@code 11*}, {@code 12*}, {@code 2*1}, {@code 2*2}), so that the result matches Gambit's reduced
 * strategic form profile for profile.
 *
 * <p>A reduced strategy is named, in the style of Gambit, by one character per information set of
 * the player (in the order of their numbers; first-seen order for games not read from a file): the
 * 1-based action number, or {@code *} where the set is unreachable. When some set has ten or more actions the entries are separated by {@code .}. A
 * player without information sets has one strategy named {@code 1}. Payoffs are exact expected
 * payoffs over chance.
 *
 * <p>Cost: enumerating a player's {@code k} reduced strategies walks the tree once per choice made,
 * {@code O(k * sets * nodes)}; payoffs take {@code O(profiles * nodes)}.
 */
public final class ReducedNormalForm {

  /**
   * Bound on strategies listed times tree nodes (each listed strategy costs a walk of the tree), so
   * that games whose strategy count is not known in advance (imperfect recall) fail in seconds.
   */
  private static final long WORK_LIMIT = 2_000_000_000L;

  private final ExplicitTree tree;
  private final long limit;
  private final String gameName;
  private final int[] localIndex;
  private final int[][] infosetsOfPlayer;

  private ReducedNormalForm(ExplicitTree tree, long limit, String gameName) {
    this.tree = tree;
    this.limit = limit;
    this.gameName = gameName;
    this.localIndex = new int[tree.infosetCount()];
    this.infosetsOfPlayer = new int[tree.playerCount][];
    for (int p = 0; p < tree.playerCount; p++) {
      List<Integer> own = new ArrayList<>();
      for (int i = 0; i < tree.infosetCount(); i++) {
        if (tree.infosetPlayer[i] == p) {
          own.add(i);
        }
      }
      own.sort(Comparator.comparingInt(i -> tree.infosetNumber[i]));
      for (int local = 0; local < own.size(); local++) {
        localIndex[own.get(local)] = local;
      }
      infosetsOfPlayer[p] = own.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * The reduced normal form of a finite game, with exact expected payoffs, named
   * {@code reduced_normal_form(game=...)}. A normal-form game is returned as it is; an
   * {@link ExplicitTreeGame} is reduced from its own tree; any other game from the tree
   * {@link ExplicitTreeCompiler} builds (simultaneous nodes viewed turn-based).
   *
   * @throws IllegalArgumentException if the game tree has more than {@code limit} nodes or the
   *     reduced normal form more than {@code limit} strategy profiles
   */
  public static NormalFormGame of(Game game, long limit) {
    if (game instanceof NormalFormGame normalForm) {
      return normalForm;
    }
    ExplicitTree tree;
    if (game instanceof ExplicitTreeGame explicit) {
      tree = explicit.explicitTree();
      if (tree.nodeCount > limit) {
        throw new IllegalArgumentException("the game tree of " + game.name() + " has more than " + limit + " nodes");
      }
    } else {
      // count first, keeping nothing: a tree over the limit is refused after at most limit state
      // copies, instead of after building limit nodes and their information-state keys
      if (!TreeStatistics.withinLimit(game, limit)) {
        throw new IllegalArgumentException("the game tree of " + game.name() + " has more than " + limit + " nodes");
      }
      tree = ExplicitTreeCompiler.compile(game, limit);
    }
    String[] names = new String[game.playerCount()];
    for (int p = 0; p < names.length; p++) {
      names[p] = game.playerName(p);
    }
    return of(tree, game.name(), names, limit);
  }

  /**
   * The reduced normal form of {@code tree}, named {@code reduced_normal_form(game=gameName)}.
   *
   * @throws IllegalArgumentException if it has more than {@code limit} strategy profiles
   */
  public static NormalFormGame of(ExplicitTree tree, String gameName, String[] playerNames, long limit) {
    return new ReducedNormalForm(tree, limit, gameName).build(playerNames);
  }

  private NormalFormGame build(String[] playerNames) {
    int players = tree.playerCount;
    List<List<int[]>> strategies = new ArrayList<>();
    long profiles = 1;
    for (int p = 0; p < players; p++) {
      List<int[]> list = new ArrayList<>();
      long budget = limit / profiles;
      long count = reducedStrategyCount(p);
      if (count > budget) {
        throw new IllegalArgumentException("the reduced normal form of " + gameName + " has more than " + limit
            + " strategy profiles");
      }
      enumerate(p, filled(infosetsOfPlayer[p].length), list, budget);
      list.sort(ReducedNormalForm::gambitOrder);
      strategies.add(list);
      profiles *= list.size();
    }
    String[][] names = new String[players][];
    for (int p = 0; p < players; p++) {
      names[p] = new String[strategies.get(p).size()];
      for (int s = 0; s < names[p].length; s++) {
        names[p][s] = strategyName(p, strategies.get(p).get(s));
      }
    }
    int profileCount = (int) profiles;
    Rational[] payoffs = new Rational[players * profileCount];
    int[][] assignment = new int[players][];
    int[] digits = new int[players];
    for (int profile = 0; profile < profileCount; profile++) {
      for (int p = 0; p < players; p++) {
        assignment[p] = strategies.get(p).get(digits[p]);
      }
      Rational[] expected = expectedPayoffs(assignment);
      for (int p = 0; p < players; p++) {
        payoffs[p * profileCount + profile] = expected[p];
      }
      for (int p = players - 1; p >= 0 && ++digits[p] == strategies.get(p).size(); p--) {
        digits[p] = 0;
      }
    }
    GameParameters parameters = GameParameters.of("reduced_normal_form", Map.of("game", gameName));
    return NormalFormGame.exact(parameters, tree.title, playerNames, names, payoffs);
  }

  /**
   * Gambit's order: lexicographic in the actions at the information sets taken in order, the last
   * set varying fastest, a set without action counting as its first action.
   */
  private static int gambitOrder(int[] first, int[] second) {
    for (int i = 0; i < first.length; i++) {
      int difference = Math.max(first[i], 0) - Math.max(second[i], 0);
      if (difference != 0) {
        return difference;
      }
    }
    return 0;
  }

  private static int[] filled(int length) {
    int[] array = new int[length];
    Arrays.fill(array, -1);
    return array;
  }

  /**
   * Number of reduced pure strategies of {@code player}, computed in one pass over the tree without
   * listing them, so that an oversized game fails at once: with perfect recall every information set
   * has one parent sequence (the player's last own information set and action before it), and a
   * sequence's count is the product over the information sets that follow it of the sum over their
   * actions of the counts of the extended sequences. Saturates at {@code Long.MAX_VALUE}; returns 0
   * (unknown) for a player with imperfect recall, whose strategies are then counted while listed.
   */
  private long reducedStrategyCount(int player) {
    int infosets = tree.infosetCount();
    long[] parent = new long[infosets];
    Arrays.fill(parent, Long.MIN_VALUE);
    int[] nodes = new int[Math.max(16, tree.nodeCount)];
    long[] sequences = new long[nodes.length];
    int size = 0;
    nodes[size] = 0;
    sequences[size++] = -1;
    while (size > 0) {
      size--;
      int node = nodes[size];
      long sequence = sequences[size];
      if (tree.kind[node] == ExplicitTree.TERMINAL) {
        continue;
      }
      boolean own = tree.kind[node] == ExplicitTree.DECISION && tree.player[node] == player;
      int infoset = tree.infoset[node];
      if (own) {
        if (parent[infoset] == Long.MIN_VALUE) {
          parent[infoset] = sequence;
        } else if (parent[infoset] != sequence) {
          return 0;
        }
      }
      for (int a = 0; a < tree.childCount[node]; a++) {
        nodes[size] = tree.child(node, a);
        sequences[size++] = own ? (long) infoset * tree.nodeCount + a : sequence;
      }
    }
    Map<Long, List<Integer>> followers = new HashMap<>();
    for (int infoset = 0; infoset < infosets; infoset++) {
      if (parent[infoset] != Long.MIN_VALUE) {
        followers.computeIfAbsent(parent[infoset], key -> new ArrayList<>()).add(infoset);
      }
    }
    return sequenceCount(-1, followers);
  }

  /**
   * The count of the empty sequence: sequences form a tree (each information set follows one
   * sequence), listed here parents first from an explicit stack and counted children first, so a
   * long chain of the player's own moves needs no deep recursion.
   */
  private long sequenceCount(long root, Map<Long, List<Integer>> followers) {
    List<Long> order = new ArrayList<>();
    long[] stack = new long[16];
    int size = 0;
    stack[size++] = root;
    while (size > 0) {
      long sequence = stack[--size];
      order.add(sequence);
      for (int infoset : followers.getOrDefault(sequence, List.of())) {
        for (int a = 0; a < tree.actionLabels[infoset].length; a++) {
          if (size == stack.length) {
            stack = Arrays.copyOf(stack, 2 * size);
          }
          stack[size++] = (long) infoset * tree.nodeCount + a;
        }
      }
    }
    Map<Long, Long> counts = new HashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      long sequence = order.get(i);
      long product = 1;
      for (int infoset : followers.getOrDefault(sequence, List.of())) {
        long sum = 0;
        for (int a = 0; a < tree.actionLabels[infoset].length; a++) {
          long extension = counts.get((long) infoset * tree.nodeCount + a);
          sum = sum > Long.MAX_VALUE - extension ? Long.MAX_VALUE : sum + extension;
        }
        product = sum != 0 && product > Long.MAX_VALUE / sum ? Long.MAX_VALUE : product * sum;
      }
      counts.put(sequence, product);
    }
    return counts.get(root);
  }

  /** Reduced strategy counts of every player (0 where unknown: imperfect recall); for tests. */
  public static long[] strategyCounts(ExplicitTree tree) {
    ReducedNormalForm form = new ReducedNormalForm(tree, Long.MAX_VALUE, "");
    long[] counts = new long[tree.playerCount];
    for (int p = 0; p < counts.length; p++) {
      counts[p] = form.reducedStrategyCount(p);
    }
    return counts;
  }

  /** Adds every completion of {@code assignment} (-1: no action yet) to {@code out}. */
  private void enumerate(int player, int[] assignment, List<int[]> out, long budget) {
    int open = firstOpenInfoset(player, assignment);
    if (open < 0) {
      if (out.size() >= budget) {
        throw new IllegalArgumentException("the reduced normal form of " + gameName + " has more than " + limit
            + " strategy profiles");
      }
      if ((out.size() + 1L) * tree.nodeCount > WORK_LIMIT) {
        throw new IllegalArgumentException("the reduced normal form of " + gameName + " is too large to compute: more"
            + " than " + out.size() + " strategies of player " + (player + 1) + " in a tree of " + tree.nodeCount
            + " nodes");
      }
      out.add(assignment.clone());
      return;
    }
    int local = localIndex[open];
    for (int a = 0; a < tree.actionLabels[open].length; a++) {
      assignment[local] = a;
      enumerate(player, assignment, out, budget);
    }
    assignment[local] = -1;
  }

  /** The first information set of {@code player}, depth-first, reachable under the partial assignment and not assigned. */
  private int firstOpenInfoset(int player, int[] assignment) {
    int[] stack = new int[Math.max(16, tree.nodeCount)];
    int size = 0;
    stack[size++] = 0;
    while (size > 0) {
      int node = stack[--size];
      byte kind = tree.kind[node];
      if (kind == ExplicitTree.TERMINAL) {
        continue;
      }
      if (kind == ExplicitTree.DECISION && tree.player[node] == player) {
        int chosen = assignment[localIndex[tree.infoset[node]]];
        if (chosen < 0) {
          return tree.infoset[node];
        }
        stack[size++] = tree.child(node, chosen);
        continue;
      }
      for (int a = tree.childCount[node] - 1; a >= 0; a--) {
        stack[size++] = tree.child(node, a);
      }
    }
    return -1;
  }

  private Rational[] expectedPayoffs(int[][] assignment) {
    int players = tree.playerCount;
    Rational[] total = new Rational[players];
    Arrays.fill(total, Rational.ZERO);
    int[] nodes = new int[Math.max(16, tree.nodeCount)];
    Rational[] weights = new Rational[nodes.length];
    int size = 0;
    nodes[size] = 0;
    weights[size++] = Rational.ONE;
    while (size > 0) {
      size--;
      int node = nodes[size];
      Rational weight = weights[size];
      switch (tree.kind[node]) {
        case ExplicitTree.TERMINAL -> {
          for (int p = 0; p < players; p++) {
            total[p] = total[p].add(weight.multiply(tree.payoff(node, p)));
          }
        }
        case ExplicitTree.CHANCE -> {
          Rational[] probabilities = tree.probabilities[tree.infoset[node]];
          for (int a = 0; a < probabilities.length; a++) {
            if (probabilities[a].signum() != 0) {
              nodes[size] = tree.child(node, a);
              weights[size++] = weight.multiply(probabilities[a]);
            }
          }
        }
        default -> {
          int infoset = tree.infoset[node];
          nodes[size] = tree.child(node, assignment[tree.player[node]][localIndex[infoset]]);
          weights[size++] = weight;
        }
      }
    }
    return total;
  }

  private String strategyName(int player, int[] assignment) {
    if (assignment.length == 0) {
      return "1";
    }
    boolean wide = false;
    for (int infoset : infosetsOfPlayer[player]) {
      wide |= tree.actionLabels[infoset].length >= 10;
    }
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < assignment.length; i++) {
      if (wide && i > 0) {
        name.append('.');
      }
      name.append(assignment[i] < 0 ? "*" : Integer.toString(assignment[i] + 1));
    }
    return name.toString();
  }
}
