package org.agora.io;

import java.util.Map;
import java.util.OptionalDouble;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.tree.ExplicitTree;
import org.agora.core.tree.ExplicitTreeGame;

/**
 * A finite extensive-form game read from a Gambit {@code .efg} file: an immutable explicit tree with
 * exact chance probabilities and payoffs, offered as its {@link org.agora.core.ExactValues} ability.
 *
 * <p>Actions at a node are the indices {@code 0..k-1} of its information set's actions, in the
 * file's order, and {@link State#actionToString(int, int)} gives the file's labels. Information-state
 * keys at a player's own nodes are the player, the information set and its name, with the file's
 * 1-based numbers ({@code P1 I3 high card}). The type is sequential; chance is explicit when the
 * tree has a chance node; information is perfect when every player's information set has a single
 * node; the utility relation is decided exactly from the terminal payoffs.
 */
public final class EfgGame implements ExplicitTreeGame {

  private final GameInfo info;
  private final GameAbilities abilities;
  private final ExplicitTree tree;
  private final GameParameters parameters;
  private final GameType type;
  private final int actionCount;
  private final int maxChanceOutcomes;
  private final int maxGameLength;
  private final double minUtility;
  private final double maxUtility;
  private final Rational utilitySum;
  private final String[] infosetKeys;

  EfgGame(ExplicitTree tree, String fileParameter) {
    this.tree = tree;
    this.parameters = GameParameters.of("efg", Map.of("file", fileParameter));
    int actions = 0;
    int chanceOutcomes = 0;
    boolean perfect = true;
    for (int i = 0; i < tree.infosetCount(); i++) {
      int width = tree.actionCount(i);
      if (tree.infosetPlayer(i) < 0) {
        chanceOutcomes = Math.max(chanceOutcomes, width);
      } else {
        actions = Math.max(actions, width);
        perfect &= tree.infosetNodeCount(i) == 1;
      }
    }
    this.actionCount = actions;
    this.maxChanceOutcomes = chanceOutcomes;
    int length = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean identical = tree.playerCount() > 1;
    boolean constant = true;
    Rational sum = null;
    int players = tree.playerCount();
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) != ExplicitTree.TERMINAL) {
        continue;
      }
      length = Math.max(length, tree.depth(n));
      Rational total = Rational.ZERO;
      for (int p = 0; p < players; p++) {
        double value = tree.payoffValue(n, p);
        min = Math.min(min, value);
        max = Math.max(max, value);
        total = total.add(tree.payoff(n, p));
        identical &= tree.payoff(n, p).equals(tree.payoff(n, 0));
      }
      if (sum == null) {
        sum = total;
      } else if (!sum.equals(total)) {
        constant = false;
      }
    }
    this.maxGameLength = length;
    this.minUtility = min;
    this.maxUtility = max;
    GameType.Utility utility;
    // A game both identical and constant-sum pays every player the same constant: it is called
    // zero- or constant-sum, which the solvers for those games accept.
    if (players > 1 && constant) {
      utility = sum.signum() == 0 ? GameType.Utility.ZERO_SUM : GameType.Utility.CONSTANT_SUM;
    } else if (identical) {
      utility = GameType.Utility.IDENTICAL;
    } else {
      utility = GameType.Utility.GENERAL_SUM;
    }
    this.utilitySum = utility == GameType.Utility.CONSTANT_SUM || utility == GameType.Utility.ZERO_SUM ? sum : null;
    this.type = new GameType(GameType.Dynamics.SEQUENTIAL,
        tree.hasChance() ? GameType.Chance.EXPLICIT : GameType.Chance.NONE,
        perfect ? GameType.Information.PERFECT : GameType.Information.IMPERFECT, utility);
    this.infosetKeys = new String[tree.infosetCount()];
    for (int i = 0; i < infosetKeys.length; i++) {
      String prefix = tree.infosetPlayer(i) < 0 ? "C" : "P" + (tree.infosetPlayer(i) + 1);
      String name = tree.infosetName(i);
      infosetKeys[i] = prefix + " I" + tree.infosetNumber(i) + (name.isEmpty() ? "" : " " + name);
    }
    this.info = buildInfo();
    this.abilities = GameAbilities.of(new EfgExactValues());
  }

  /** The explicit tree read from the file (immutable). */
  @Override
  public ExplicitTree explicitTree() {
    return tree;
  }

  /** Key of information set {@code id}. */
  String infosetKey(int id) {
    return infosetKeys[id];
  }

  /** The title given in the file. */
  public String title() {
    return tree.title();
  }

  /** The comment given in the file (empty if none). */
  public String comment() {
    return tree.comment();
  }

  /** Number of nodes of the tree, terminal nodes included. */
  public int nodeCount() {
    return tree.nodeCount();
  }

  /** Number of information sets of {@code player} (0-based). */
  public int infosetCount(int player) {
    int count = 0;
    for (int i = 0; i < tree.infosetCount(); i++) {
      if (tree.infosetPlayer(i) == player) {
        count++;
      }
    }
    return count;
  }

  @Override
  public String name() {
    return parameters.toGameString();
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public GameInfo info() {
    return info;
  }

  @Override
  public GameAbilities abilities() {
    return abilities;
  }

  /** The fixed facts, computed once when the game is built. */
  private GameInfo buildInfo() {
    return new GameInfo(type, tree.playerCount(), actionCount, maxChanceOutcomes, minUtility, maxUtility, maxGameLength);
  }

  @Override
  public OptionalDouble utilitySum() {
    return utilitySum == null ? OptionalDouble.empty() : OptionalDouble.of(utilitySum.doubleValue());
  }

  /** The file's player name, or {@code player N} (1-based) when the file leaves it empty. */
  @Override
  public String playerName(int player) {
    String name = tree.playerName(player);
    return name.isEmpty() ? "player " + (player + 1) : name;
  }

  @Override
  public State newInitialState() {
    return new EfgState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new EfgState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}
