package org.agora.solvers.sequenceform;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.agora.core.Rational;
import org.agora.solvers.tree.GameTree;

/**
 * The sequence form of a two-player extensive game with perfect recall, built from a compiled
 * {@link GameTree}.
 *
 * <p>Koller, Megiddo and von Stengel, "Efficient computation of equilibria for extensive two-person
 * games", Games and Economic Behavior 14, 1996; von Stengel, "Efficient computation of behavior
 * strategies", Games and Economic Behavior 14, 1996. A <b>sequence</b> of a player is the empty
 * sequence (id 0) or a pair (information state I, action a); sequence ids of a player's
 * information state are consecutive, {@code firstSequence(I) + slot}. A <b>realisation plan</b> x
 * satisfies {@code E x = e, x >= 0}: {@code x(empty) = 1} (row 0 of E) and, for the player's
 * {@code k}-th information state I (row {@code k + 1}), {@code sum over a of x(I, a) = x(parent(I))}
 * where {@code parent(I)} is the player's own last sequence before I. The payoff matrices are
 * sparse: {@code A[s][t] = sum over leaves reached by the sequence pair (s, t) of chance reach x
 * player 0's utility}, B likewise for player 1, so the expected payoffs of plans x, y are
 * {@code x^T A y} and {@code x^T B y}.
 *
 * <p>Perfect recall is checked (every node of an information state must follow the same sequence
 * of its owner), which also rules out absent-mindedness. Cost: O(nodes) time plus O(leaves) hash
 * operations; memory O(sequences + nonzeros).
 */
public final class SequenceForm {

  private final GameTree tree;
  private final int[][] infosetsOf;
  private final int[] localIndex;
  private final int[] firstSequence;
  private final int[] parentSequence;
  private final int[] sequenceCount;
  private final int[][] sequenceInfoset;
  private final int[] entryRow;
  private final int[] entryColumn;
  private final double[][] payoff;
  private final Rational[][] exactPayoff;
  private final double[] chanceReach;
  private final Rational[] exactChanceReach;

  private SequenceForm(GameTree tree) {
    this.tree = tree;
    int infosets = tree.infosetCount();
    int[] perPlayer = new int[2];
    for (int i = 0; i < infosets; i++) {
      perPlayer[tree.infosetPlayer(i)]++;
    }
    infosetsOf = new int[][] {new int[perPlayer[0]], new int[perPlayer[1]]};
    localIndex = new int[infosets];
    firstSequence = new int[infosets];
    parentSequence = new int[infosets];
    Arrays.fill(parentSequence, -1);
    sequenceCount = new int[] {1, 1};
    int[] filled = new int[2];
    for (int i = 0; i < infosets; i++) {
      int owner = tree.infosetPlayer(i);
      localIndex[i] = filled[owner];
      infosetsOf[owner][filled[owner]++] = i;
      firstSequence[i] = sequenceCount[owner];
      sequenceCount[owner] += tree.actionCount(i);
    }
    sequenceInfoset = new int[][] {new int[sequenceCount[0]], new int[sequenceCount[1]]};
    for (int p = 0; p < 2; p++) {
      sequenceInfoset[p][0] = -1;
      for (int i : infosetsOf[p]) {
        Arrays.fill(sequenceInfoset[p], firstSequence[i], firstSequence[i] + tree.actionCount(i), i);
      }
    }
    int nodes = tree.nodeCount();
    int[][] sequenceAt = {new int[nodes], new int[nodes]};
    double[] reach = new double[nodes];
    boolean exact = tree.hasExactValues();
    Rational[] exactReach = exact ? new Rational[nodes] : null;
    reach[0] = 1.0;
    if (exact) {
      exactReach[0] = Rational.ONE;
    }
    Map<Long, Integer> entryIndex = new HashMap<>();
    int[] rows = new int[16];
    int[] columns = new int[16];
    double[][] values = {new double[16], new double[16], new double[16]};
    Rational[][] exactValues = exact ? new Rational[][] {new Rational[16], new Rational[16], new Rational[16]} : null;
    int entries = 0;
    for (int node = 0; node < nodes; node++) {
      int player = tree.player(node);
      if (player >= 0) {
        int infoset = tree.infoset(node);
        int own = sequenceAt[player][node];
        if (parentSequence[infoset] < 0) {
          parentSequence[infoset] = own;
        } else if (parentSequence[infoset] != own) {
          throw new IllegalArgumentException("information state '" + tree.infosetKey(infoset) + "' of player " + player
              + " has imperfect recall: its nodes follow different sequences of the player's own moves");
        }
      }
      if (player == GameTree.TERMINAL) {
        long key = (long) sequenceAt[0][node] * sequenceCount[1] + sequenceAt[1][node];
        Integer index = entryIndex.get(key);
        if (index == null) {
          if (entries == rows.length) {
            rows = Arrays.copyOf(rows, 2 * entries);
            columns = Arrays.copyOf(columns, 2 * entries);
            for (int p = 0; p < 3; p++) {
              values[p] = Arrays.copyOf(values[p], 2 * entries);
              if (exact) {
                exactValues[p] = Arrays.copyOf(exactValues[p], 2 * entries);
              }
            }
          }
          index = entries++;
          entryIndex.put(key, index);
          rows[index] = sequenceAt[0][node];
          columns[index] = sequenceAt[1][node];
          if (exact) {
            exactValues[0][index] = Rational.ZERO;
            exactValues[1][index] = Rational.ZERO;
            exactValues[2][index] = Rational.ZERO;
          }
        }
        values[2][index] += reach[node];
        if (exact) {
          exactValues[2][index] = exactValues[2][index].add(exactReach[node]);
        }
        for (int p = 0; p < 2; p++) {
          values[p][index] += reach[node] * tree.utility(node, p);
          if (exact) {
            exactValues[p][index] = exactValues[p][index].add(exactReach[node].multiply(tree.exactUtility(node, p)));
          }
        }
        continue;
      }
      int first = tree.firstChild(node);
      for (int k = 0; k < tree.childCount(node); k++) {
        int child = first + k;
        sequenceAt[0][child] = sequenceAt[0][node];
        sequenceAt[1][child] = sequenceAt[1][node];
        if (player >= 0) {
          sequenceAt[player][child] = firstSequence[tree.infoset(node)] + k;
        }
        reach[child] = reach[node] * tree.chanceProbability(child);
        if (exact) {
          exactReach[child] = player == GameTree.CHANCE
              ? exactReach[node].multiply(tree.exactChanceProbability(child)) : exactReach[node];
        }
      }
    }
    entryRow = Arrays.copyOf(rows, entries);
    entryColumn = Arrays.copyOf(columns, entries);
    payoff = new double[][] {Arrays.copyOf(values[0], entries), Arrays.copyOf(values[1], entries)};
    exactPayoff = exact ? new Rational[][] {Arrays.copyOf(exactValues[0], entries),
        Arrays.copyOf(exactValues[1], entries)} : null;
    chanceReach = Arrays.copyOf(values[2], entries);
    exactChanceReach = exact ? Arrays.copyOf(exactValues[2], entries) : null;
  }

  /**
   * The sequence form of {@code tree}.
   *
   * @throws IllegalArgumentException unless the game has two players and both have perfect recall
   */
  public static SequenceForm of(GameTree tree) {
    if (tree.playerCount() != 2) {
      throw new IllegalArgumentException("the sequence form needs a two-player game; " + tree.game().name() + " has "
          + tree.playerCount() + " players");
    }
    return new SequenceForm(tree);
  }

  /** The compiled tree. */
  public GameTree tree() {
    return tree;
  }

  /** True when the payoffs are also known exactly ({@link #exactPayoff(int, int)}). */
  public boolean isExact() {
    return exactPayoff != null;
  }

  /** Number of sequences of {@code player}, the empty one included. */
  public int sequenceCount(int player) {
    return sequenceCount[player];
  }

  /** Number of information states of {@code player}; E has one more row. */
  public int infosetCount(int player) {
    return infosetsOf[player].length;
  }

  /** Global (tree) id of {@code player}'s {@code index}-th information state. */
  public int infoset(int player, int index) {
    return infosetsOf[player][index];
  }

  /** Index of the global information state among its owner's (its row in E minus one). */
  public int localIndex(int infoset) {
    return localIndex[infoset];
  }

  /** The sequence (infoset, slot 0); the infoset's other sequences follow it. */
  public int firstSequence(int infoset) {
    return firstSequence[infoset];
  }

  /** The owner's last sequence before the global information state {@code infoset}. */
  public int parentSequence(int infoset) {
    return parentSequence[infoset];
  }

  /** The information state whose action ends {@code sequence} of {@code player}; -1 for the empty one. */
  public int sequenceInfoset(int player, int sequence) {
    return sequenceInfoset[player][sequence];
  }

  /**
   * The dense constraint matrix of {@code player} (E for player 0, F for player 1): row 0 is
   * {@code x(empty) = 1}, row {@code k + 1} is {@code -x(parent(I_k)) + sum_a x(I_k, a) = 0}.
   */
  public int[][] constraintMatrix(int player) {
    int[][] matrix = new int[infosetCount(player) + 1][sequenceCount[player]];
    matrix[0][0] = 1;
    for (int k = 0; k < infosetCount(player); k++) {
      int infoset = infosetsOf[player][k];
      matrix[k + 1][parentSequence[infoset]] = -1;
      for (int slot = 0; slot < tree.actionCount(infoset); slot++) {
        matrix[k + 1][firstSequence[infoset] + slot] = 1;
      }
    }
    return matrix;
  }

  /** Number of nonzero (sequence pair) entries shared by the payoff matrices. */
  public int entryCount() {
    return entryRow.length;
  }

  /** Player 0's sequence of entry {@code entry}. */
  public int entryRow(int entry) {
    return entryRow[entry];
  }

  /** Player 1's sequence of entry {@code entry}. */
  public int entryColumn(int entry) {
    return entryColumn[entry];
  }

  /** {@code player}'s payoff (A for player 0, B for player 1) at entry {@code entry}. */
  public double payoff(int player, int entry) {
    return payoff[player][entry];
  }

  /**
   * {@code player}'s exact payoff at entry {@code entry}.
   *
   * @throws IllegalStateException unless the tree was compiled with exact values
   */
  public Rational exactPayoff(int player, int entry) {
    if (exactPayoff == null) {
      throw new IllegalStateException("the tree of " + tree.game().name() + " was compiled without exact values");
    }
    return exactPayoff[player][entry];
  }

  /**
   * The total chance probability of the leaves of entry {@code entry}: adding a constant c to a
   * player's utility at every leaf adds {@code c * chanceReach(entry)} to the entry.
   */
  public double chanceReach(int entry) {
    return chanceReach[entry];
  }

  /** The exact {@link #chanceReach(int)}; requires exact values. */
  public Rational exactChanceReach(int entry) {
    exactPayoff(0, entry);
    return exactChanceReach[entry];
  }

  /** The dense exact payoff matrix of {@code player}, indexed [player 0 sequence][player 1 sequence]. */
  public Rational[][] exactPayoffMatrix(int player) {
    Rational[][] matrix = new Rational[sequenceCount[0]][sequenceCount[1]];
    for (Rational[] row : matrix) {
      Arrays.fill(row, Rational.ZERO);
    }
    for (int entry = 0; entry < entryRow.length; entry++) {
      matrix[entryRow[entry]][entryColumn[entry]] = exactPayoff(player, entry);
    }
    return matrix;
  }

  /**
   * The behaviour strategy of {@code player}'s realisation plan, written into the player's rows of
   * the per-slot array {@code behaviour}: {@code x(I, a) / x(parent(I))}, uniform where the parent
   * sequence has probability 0.
   */
  public void writeBehaviour(int player, double[] plan, double[] behaviour) {
    int width = tree.maxActions();
    for (int infoset : infosetsOf[player]) {
      int count = tree.actionCount(infoset);
      double parent = plan[parentSequence[infoset]];
      double total = 0.0;
      for (int slot = 0; slot < count; slot++) {
        total += Math.max(0.0, plan[firstSequence[infoset] + slot]);
      }
      for (int slot = 0; slot < count; slot++) {
        behaviour[infoset * width + slot] = parent > 0.0 && total > 0.0
            ? Math.max(0.0, plan[firstSequence[infoset] + slot]) / total : 1.0 / count;
      }
    }
  }

  /** The exact counterpart of {@link #writeBehaviour(int, double[], double[])}. */
  public void writeBehaviour(int player, Rational[] plan, Rational[] behaviour) {
    int width = tree.maxActions();
    for (int infoset : infosetsOf[player]) {
      int count = tree.actionCount(infoset);
      Rational parent = plan[parentSequence[infoset]];
      for (int slot = 0; slot < count; slot++) {
        behaviour[infoset * width + slot] = parent.signum() > 0
            ? plan[firstSequence[infoset] + slot].divide(parent) : Rational.of(1, count);
      }
    }
  }

  /** A per-slot exact array for the whole tree, zero in unused slots. */
  public Rational[] newExactSlotArray() {
    Rational[] slots = new Rational[tree.infosetCount() * tree.maxActions()];
    Arrays.fill(slots, Rational.ZERO);
    return slots;
  }

  /** The double values of an exact per-slot array. */
  public static double[] toDouble(Rational[] values) {
    double[] result = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      result[k] = values[k].doubleValue();
    }
    return result;
  }
}
