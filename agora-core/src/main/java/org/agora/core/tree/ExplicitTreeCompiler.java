package org.agora.core.tree;

import java.util.Arrays;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;

/**
 * Builds the {@link ExplicitTree} of a finite {@link Game}: the {@link TreeSink} that turns one
 * {@link GameTreeWalk} with exact values into Gambit's terms (nodes in prefix order, information
 * sets, outcomes). The walk's checks, node limit and information-state numbering apply; simultaneous
 * nodes are viewed turn-based (players choose in turn without seeing the others' choices).
 *
 * <p>A player's information sets are the walk's information states, numbered per player in
 * first-seen (depth-first) order and named by their key; their actions are labelled by
 * {@link State#actionToString(int, int)}. Each chance node gets its own chance information set,
 * its outcomes labelled by {@link State#chanceOutcomeToString(int)}. Every terminal node gets its
 * own outcome holding its exact returns. Instances exist only inside {@link #compile}; the public
 * {@link TreeSink} methods are for the walk.
 */
public final class ExplicitTreeCompiler implements TreeSink {

  private final TreeBuilder builder;
  private final int[] infosetCountByPlayer;
  /** Builder id of each walk node (prefix order differs from the walk's numbering). */
  private int[] builderNode = new int[64];
  /** Builder information-set id of each walk information state. */
  private int[] builderInfoset = new int[16];
  private int chanceInfosets;

  private ExplicitTreeCompiler(int players) {
    this.builder = new TreeBuilder(players);
    this.infosetCountByPlayer = new int[players];
  }

  /**
   * Compiles {@code game}. The tree's title is the game's name, or the title of the tree of an
   * {@link ExplicitTreeGame}; its players are named by {@link Game#playerName(int)}.
   *
   * @throws IllegalArgumentException if the tree has more than {@code nodeLimit} nodes, the game is
   *     a mean-field game or has sampled chance, or its information-state keys are inconsistent (see
   *     {@link GameTreeWalk})
   */
  public static ExplicitTree compile(Game game, long nodeLimit) {
    ExplicitTreeCompiler compiler = new ExplicitTreeCompiler(game.playerCount());
    GameTreeWalk.walk(game, nodeLimit, true, compiler);
    String[] names = new String[game.playerCount()];
    for (int p = 0; p < names.length; p++) {
      names[p] = game.playerName(p);
    }
    String title = game instanceof ExplicitTreeGame explicit ? explicit.explicitTree().title() : game.name();
    return compiler.builder.build(title, "", names);
  }

  @Override
  public void informationState(int infoset, int player, String key, int[] actions, State state) {
    String[] labels = new String[actions.length];
    for (int i = 0; i < actions.length; i++) {
      labels[i] = state.actionToString(player, actions[i]);
    }
    if (infoset == builderInfoset.length) {
      builderInfoset = Arrays.copyOf(builderInfoset, 2 * infoset);
    }
    builderInfoset[infoset] = builder.addInfoset(player, ++infosetCountByPlayer[player], key, labels, null);
  }

  @Override
  public void terminal(int node, int parent, int slot, int depth, State state, Rational[] exactReturns) {
    int outcome = builder.addOutcome(builder.outcomeCount() + 1, "", exactReturns);
    add(node, parent, slot, ExplicitTree.TERMINAL, -1, -1, outcome);
  }

  @Override
  public void chance(int node, int parent, int slot, int depth, State state, int firstChild, int count,
      int[] outcomes, double[] probabilities, Rational[] exactProbabilities) {
    String[] labels = new String[count];
    for (int i = 0; i < count; i++) {
      labels[i] = state.chanceOutcomeToString(outcomes[i]);
    }
    int infoset = builder.addInfoset(-1, ++chanceInfosets, "", labels, Arrays.copyOf(exactProbabilities, count));
    add(node, parent, slot, ExplicitTree.CHANCE, -1, infoset, -1);
  }

  @Override
  public void decision(int node, int parent, int slot, int depth, State state, int player, int infoset,
      int firstChild, int count) {
    add(node, parent, slot, ExplicitTree.DECISION, player, builderInfoset[infoset], -1);
  }

  private void add(int node, int parent, int slot, byte kind, int player, int infoset, int outcome) {
    int id = builder.addNode(parent < 0 ? -1 : builderNode[parent], Math.max(slot, 0), kind, player, infoset, "",
        outcome);
    if (node >= builderNode.length) {
      builderNode = Arrays.copyOf(builderNode, Math.max(node + 1, 2 * builderNode.length));
    }
    builderNode[node] = id;
  }
}
