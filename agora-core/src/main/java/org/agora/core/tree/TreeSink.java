package org.agora.core.tree;

import org.agora.core.Rational;
import org.agora.core.State;

/**
 * Receives the nodes and information states of a game tree from {@link GameTreeWalk}, one call per
 * node, a parent before its children and children in order (depth-first), so that a sink can build
 * whatever representation it needs (flat arrays for solvers, an exact tree for Gambit files).
 *
 * <p>Node ids are the walk's: the root is 0 and the children of a node get consecutive ids when it is
 * expanded, so every child id is larger than its parent's. {@code slot} is a node's index among its
 * parent's children (-1 for the root) and {@code depth} its number of moves from the root, a
 * simultaneous move counting once per player. Arrays handed to a sink belong to the walk and are
 * reused: copy what must be kept, unless a method says otherwise. The {@link State} must not be
 * modified or kept.
 */
public interface TreeSink {

  /**
   * A player's information state met for the first time, announced just before the decision node
   * where it is met. Ids are global over all players, numbered from 0 in first-seen order.
   *
   * @param actions the legal action ids, in increasing order: a fresh array the sink may keep (the
   *     walk keeps it too and never modifies it)
   * @param state a state where {@code player} decides in this information state (for action names)
   */
  void informationState(int infoset, int player, String key, int[] actions, State state);

  /**
   * A terminal node.
   *
   * @param exactReturns every player's exact return when the walk records exact values, else null
   *     (a fresh array the sink may keep)
   */
  void terminal(int node, int parent, int slot, int depth, State state, Rational[] exactReturns);

  /**
   * A chance node whose children are {@code firstChild .. firstChild + count - 1}.
   *
   * @param outcomes the outcome ids, {@code count} of them
   * @param probabilities their probabilities
   * @param exactProbabilities their exact probabilities, summing to 1, when the walk records exact
   *     values, else null (a fresh array of at least {@code count} entries the sink may keep)
   */
  void chance(int node, int parent, int slot, int depth, State state, int firstChild, int count, int[] outcomes,
      double[] probabilities, Rational[] exactProbabilities);

  /**
   * A decision node of {@code player} in information state {@code infoset}, whose children, one per
   * legal action of the information state in order, are {@code firstChild .. firstChild + count - 1}.
   * At a simultaneous node of the game, {@code state} is that node's state for every player's level.
   */
  void decision(int node, int parent, int slot, int depth, State state, int player, int infoset, int firstChild,
      int count);
}
