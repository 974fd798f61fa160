package org.agora.cli.play;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a comma-separated list of agent strings, keeping commas inside parentheses, brackets and
 * double quotes: {@code mcts(simulations=100,c=1.4),random} is two agents.
 */
public final class AgentList {

  private AgentList() {}

  /**
   * The agent strings in {@code text}, trimmed.
   *
   * @throws IllegalArgumentException for an empty entry or unbalanced brackets
   */
  public static List<String> split(String text) {
    List<String> agents = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException("bad agent list '" + text + "': unbalanced '" + c + "' at position " + (i + 1));
        }
      } else if (c == ',' && depth == 0) {
        agents.add(entry(text, start, i));
        start = i + 1;
      }
    }
    if (depth != 0 || quoted) {
      throw new IllegalArgumentException("bad agent list '" + text + "': unclosed " + (quoted ? "quote" : "bracket"));
    }
    agents.add(entry(text, start, text.length()));
    return agents;
  }

  private static String entry(String text, int start, int end) {
    String agent = text.substring(start, end).trim();
    if (agent.isEmpty()) {
      throw new IllegalArgumentException("bad agent list '" + text + "': empty agent name at position " + (start + 1));
    }
    return agent;
  }
}
