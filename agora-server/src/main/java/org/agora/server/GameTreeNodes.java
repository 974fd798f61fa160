package org.agora.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.normalform.NormalFormGame;

/**
 * One node of an extensive game's tree and its children, for the expandable tree of the game page
 * ({@code GET /api/games/{name}/tree?path=...}). A node is addressed by the moves from the root, joined
 * by {@code .}: at a decision node the action id, at a chance node the outcome id, at a simultaneous
 * node every player's action id joined by {@code ,} (e.g. {@code 0.2,1.1}); the empty path is the root.
 *
 * <p>Work per request is bounded: replaying at most {@link #MAX_PATH} moves, then one step into each of
 * at most {@link #MAX_CHILDREN} children (a node's later children are counted, not listed). Nothing
 * walks the whole tree.
 */
final class GameTreeNodes {

  /** Most moves a path may have. */
  static final int MAX_PATH = 500;
  /** Most children one answer lists. */
  static final int MAX_CHILDREN = 1000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GameTreeNodes() {}

  /**
   * The node at {@code path} and its children.
   *
   * @throws ApiException 400 for a normal-form game, a malformed or too-long path, or a move not legal
   */
  static ObjectNode node(Game game, String path) {
    if (game instanceof NormalFormGame) {
      throw ApiException.badRequest(game.name() + " is a normal-form game: it has a payoff matrix, not a tree");
    }
    List<String> moves = split(path);
    State state = game.newInitialState();
    StringBuilder walked = new StringBuilder();
    for (String move : moves) {
      apply(state, move, walked.length() == 0 ? "the root" : walked.toString());
      walked.append(walked.length() == 0 ? "" : ".").append(move);
    }
    String here = walked.toString();
    ObjectNode json = NODES.objectNode().put("game", game.name());
    json.set("node", summary(state, here, moves.size()));
    ArrayNode children = json.putArray("children");
    boolean truncated = false;
    for (Move move : moves(state)) {
      if (children.size() == MAX_CHILDREN) {
        truncated = true;
        break;
      }
      State child = state.copy();
      move.applyTo(child);
      ObjectNode entry = children.addObject().put("move", move.text()).put("label", move.label());
      if (move.probability() >= 0) {
        entry.put("probability", move.probability());
      }
      entry.set("node", summary(child, here.isEmpty() ? move.text() : here + "." + move.text(), moves.size() + 1));
    }
    json.put("truncated", truncated);
    return json;
  }

  /** One move out of a node: its path text, its label, and its probability at a chance node (else -1). */
  private record Move(String text, String label, double probability, int action, int[] joint) {
    void applyTo(State state) {
      if (joint != null) {
        state.apply(joint);
      } else {
        state.apply(action);
      }
    }
  }

  /** The moves out of {@code state}, at most {@link #MAX_CHILDREN} + 1 (enough to tell there are more). */
  private static List<Move> moves(State state) {
    List<Move> moves = new ArrayList<>();
    Game game = state.game();
    if (state.isTerminal()) {
      return moves;
    }
    if (state.isChanceNode()) {
      int[] outcomes = new int[game.maxChanceOutcomes()];
      double[] probabilities = new double[outcomes.length];
      int count = state.chanceOutcomes(outcomes, probabilities);
      for (int i = 0; i < count && moves.size() <= MAX_CHILDREN; i++) {
        moves.add(new Move(Integer.toString(outcomes[i]), state.chanceOutcomeToString(outcomes[i]), probabilities[i], outcomes[i], null));
      }
      return moves;
    }
    if (state.isDecisionNode()) {
      int player = state.currentPlayer();
      int[] actions = new int[game.actionCount()];
      int count = state.legalActions(actions);
      for (int i = 0; i < count && moves.size() <= MAX_CHILDREN; i++) {
        moves.add(new Move(Integer.toString(actions[i]), state.actionToString(player, actions[i]), -1, actions[i], null));
      }
      return moves;
    }
    int players = game.playerCount();
    int[][] legal = new int[players][];
    for (int p = 0; p < players; p++) {
      int[] actions = new int[game.actionCount()];
      legal[p] = Arrays.copyOf(actions, state.legalActions(p, actions));
      if (legal[p].length == 0) {
        return moves;
      }
    }
    int[] index = new int[players];
    while (moves.size() <= MAX_CHILDREN) {
      int[] joint = new int[players];
      StringBuilder text = new StringBuilder();
      StringBuilder label = new StringBuilder();
      for (int p = 0; p < players; p++) {
        joint[p] = legal[p][index[p]];
        text.append(p == 0 ? "" : ",").append(joint[p]);
        label.append(p == 0 ? "" : ", ").append(state.actionToString(p, joint[p]));
      }
      moves.add(new Move(text.toString(), label.toString(), -1, -1, joint));
      int p = players - 1;
      while (p >= 0 && ++index[p] == legal[p].length) {
        index[p--] = 0;
      }
      if (p < 0) {
        break;
      }
    }
    return moves;
  }

  private static ObjectNode summary(State state, String path, int depth) {
    Game game = state.game();
    ObjectNode json = NODES.objectNode().put("path", path).put("depth", depth);
    if (state.isTerminal()) {
      json.put("kind", "terminal");
      ArrayNode returns = json.putArray("returns");
      for (int p = 0; p < game.playerCount(); p++) {
        returns.add(state.returns(p));
      }
      json.put("children", 0);
    } else if (state.isChanceNode()) {
      json.put("kind", "chance");
      json.put("children", state.chanceOutcomes(new int[game.maxChanceOutcomes()], new double[game.maxChanceOutcomes()]));
    } else if (state.isDecisionNode()) {
      int player = state.currentPlayer();
      json.put("kind", "decision").put("player", player).put("playerName", game.playerName(player));
      json.put("informationState", state.informationStateKey(player));
      json.put("children", state.legalActions(new int[game.actionCount()]));
    } else {
      json.put("kind", "simultaneous");
      ArrayNode states = json.putArray("informationStates");
      long children = 1;
      for (int p = 0; p < game.playerCount(); p++) {
        states.add(state.informationStateKey(p));
        int count = state.legalActions(p, new int[game.actionCount()]);
        children = count != 0 && children > Long.MAX_VALUE / count ? Long.MAX_VALUE : children * count;
      }
      json.put("children", children);
    }
    return json;
  }

  private static List<String> split(String path) {
    List<String> moves = new ArrayList<>();
    if (path == null || path.isEmpty()) {
      return moves;
    }
    if (path.length() > MAX_PATH * 24) {
      throw ApiException.badRequest("the path is too long: at most " + MAX_PATH + " moves");
    }
    for (String move : path.split("\\.", -1)) {
      moves.add(move.trim());
    }
    if (moves.size() > MAX_PATH) {
      throw ApiException.badRequest("the path has " + moves.size() + " moves; at most " + MAX_PATH + " are allowed");
    }
    return moves;
  }

  private static void apply(State state, String move, String where) {
    if (state.isTerminal()) {
      throw ApiException.badRequest("the path goes past a terminal node at " + where);
    }
    Game game = state.game();
    if (state.isSimultaneousNode()) {
      String[] parts = move.split(",", -1);
      if (parts.length != game.playerCount()) {
        throw ApiException.badRequest("move '" + ClientStrings.abbreviate(move) + "' at " + where + " is a simultaneous move: give "
            + game.playerCount() + " action ids joined by ',', one per player");
      }
      int[] joint = new int[parts.length];
      for (int p = 0; p < parts.length; p++) {
        joint[p] = id(parts[p], where);
        int[] legal = new int[game.actionCount()];
        int count = state.legalActions(p, legal);
        requireLegal(joint[p], legal, count, where, game.playerName(p));
      }
      state.apply(joint);
      return;
    }
    int id = id(move, where);
    if (state.isChanceNode()) {
      int[] outcomes = new int[game.maxChanceOutcomes()];
      int count = state.chanceOutcomes(outcomes, new double[outcomes.length]);
      requireLegal(id, outcomes, count, where, "chance");
    } else {
      int[] actions = new int[game.actionCount()];
      int count = state.legalActions(actions);
      requireLegal(id, actions, count, where, game.playerName(state.currentPlayer()));
    }
    state.apply(id);
  }

  private static int id(String text, String where) {
    try {
      int id = Integer.parseInt(text.trim());
      if (id >= 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through: not an id
    }
    throw ApiException.badRequest("move '" + ClientStrings.abbreviate(text) + "' at " + where
        + " is not an action id; a path is action ids joined by '.', e.g. 0.2.1");
  }

  private static void requireLegal(int id, int[] legal, int count, String where, String mover) {
    StringBuilder allowed = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (legal[i] == id) {
        return;
      }
      if (i < 20) {
        allowed.append(i == 0 ? "" : ", ").append(legal[i]);
      }
    }
    throw ApiException.badRequest("move " + id + " is not legal for " + mover + " at " + where + "; legal: " + allowed
        + (count > 20 ? ", ... (" + count + " in all)" : ""));
  }
}
