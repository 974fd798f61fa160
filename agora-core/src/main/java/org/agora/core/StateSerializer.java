package org.agora.core;

/**
 * Text serialization of any state as its game string and history:
 *
 * <pre>
 * kuhn_poker(players=2)
 * 2 0 1 0
 * </pre>
 *
 * Deserialization replays the history from the initial state, checking every move's legality, so a
 * damaged or hostile text is rejected with a clear message instead of producing a corrupt state.
 */
public final class StateSerializer {

  private StateSerializer() {}

  /**
   * Game string on the first line, space-separated history on the second.
   *
   * @throws IllegalStateException when the state does not record its history
   *     ({@link Game#newInitialState(boolean)})
   */
  public static String serialize(State state) {
    StringBuilder out = new StringBuilder(state.game().name()).append('\n');
    int[] history;
    try {
      history = state.history();
    } catch (IllegalStateException notRecorded) {
      throw new IllegalStateException("cannot serialize a state without its history: " + notRecorded.getMessage(),
          notRecorded);
    }
    for (int i = 0; i < history.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(history[i]);
    }
    return out.toString();
  }

  /** Recreates the game through the registry and replays the history. */
  public static State deserialize(String text) {
    int newline = text.indexOf('\n');
    String gameString = newline < 0 ? text.trim() : text.substring(0, newline).trim();
    String historyText = newline < 0 ? "" : text.substring(newline + 1);
    return replay(GameRegistry.create(gameString), historyText);
  }

  /**
   * Replays a space-separated history on a new initial state of {@code game}.
   *
   * @throws IllegalArgumentException naming the first move that is malformed or illegal
   */
  public static State replay(Game game, String historyText) {
    String trimmed = historyText.trim();
    String[] tokens = trimmed.isEmpty() ? new String[0] : trimmed.split("[\\s,]+");
    int[] moves = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      try {
        moves[i] = Integer.parseInt(tokens[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("history entry " + (i + 1) + " '" + tokens[i] + "' is not an integer");
      }
    }
    return replay(game, moves);
  }

  /** Replays a history (see {@link State}) on a new initial state, checking legality. */
  public static State replay(Game game, int[] moves) {
    State state = game.newInitialState();
    int[] legal = new int[Math.max(game.actionCount(), game.maxChanceOutcomes())];
    int index = 0;
    while (index < moves.length) {
      if (state.isTerminal()) {
        throw new IllegalArgumentException("history continues after the game ended at entry " + (index + 1));
      }
      if (state.isSimultaneousNode()) {
        int players = game.playerCount();
        if (index + players > moves.length) {
          throw new IllegalArgumentException("history ends inside a simultaneous move at entry " + (index + 1));
        }
        int[] joint = new int[players];
        for (int p = 0; p < players; p++) {
          int count = state.legalActions(p, legal);
          checkLegal(moves[index + p], legal, count, index + p, "player " + p);
          joint[p] = moves[index + p];
        }
        state.apply(joint);
        index += players;
      } else {
        int count = state.legalActions(legal);
        checkLegal(moves[index], legal, count, index, state.turn().toString());
        state.apply(moves[index]);
        index++;
      }
    }
    return state;
  }

  private static void checkLegal(int move, int[] legal, int count, int index, String who) {
    for (int i = 0; i < count; i++) {
      if (legal[i] == move) {
        return;
      }
    }
    throw new IllegalArgumentException("history entry " + (index + 1) + " = " + move + " is not a legal move of " + who);
  }
}
