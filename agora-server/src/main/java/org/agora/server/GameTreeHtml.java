package org.agora.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.Game;

/**
 * The expandable game tree of a game page: the root and its children rendered on the server inside
 * native {@code <details>/<summary>} elements (readable and keyboard-operable without JavaScript, node
 * kinds said in words), each deeper node carrying its path in {@code data-path} and a link to its
 * children as JSON; {@code /app.js} loads a node's children from {@code /api/games/{name}/tree} when it
 * is opened and renders them the same way.
 */
final class GameTreeHtml {

  private GameTreeHtml() {}

  /** Appends the tree section for {@code game}, addressed in URLs as {@code name}. */
  static void append(StringBuilder html, Game game, String name) {
    JsonNode root = GameTreeNodes.node(game, "");
    String api = "/api/games/" + Html.urlPart(name) + "/tree";
    html.append("<h3 id=\"tree-heading\">Explore the tree</h3>\n")
        .append("<p class=\"hint\">Open a node to see its moves; each move shows the node it leads to. Paths are the moves from the root")
        .append(" (action ids joined by dots), as the <a href=\"").append(Html.text(api)).append("\">tree API</a> takes them.</p>\n")
        .append("<div id=\"game-tree\" class=\"tree\" data-api=\"").append(Html.text(api)).append("\" aria-labelledby=\"tree-heading\">\n<ul>\n")
        .append("<li><details open data-path=\"\" data-loaded=\"true\"><summary>").append(Html.text("Root: " + describe(root.get("node"))))
        .append("</summary>\n<ul>\n");
    for (JsonNode child : root.get("children")) {
      html.append("<li>");
      JsonNode node = child.get("node");
      String label = move(child) + " \u2192 " + describe(node);
      if (node.path("kind").asText().equals("terminal")) {
        html.append("<span class=\"leaf\">").append(Html.text(label)).append("</span>");
      } else {
        String path = node.path("path").asText();
        html.append("<details data-path=\"").append(Html.text(path)).append("\"><summary>").append(Html.text(label))
            .append("</summary><p class=\"hint\"><a href=\"").append(Html.text(api + "?path=" + Html.urlPart(path)))
            .append("\">Moves from here as JSON</a></p></details>");
      }
      html.append("</li>\n");
    }
    if (root.path("truncated").asBoolean()) {
      html.append("<li>\u2026 only the first ").append(GameTreeNodes.MAX_CHILDREN).append(" moves are listed</li>\n");
    }
    html.append("</ul>\n</details></li>\n</ul>\n</div>\n");
  }

  /** A move as a person reads it: {@code move 1 "Bet"} with its probability at a chance node. */
  static String move(JsonNode child) {
    String text = "move " + child.path("move").asText() + " \u201c" + child.path("label").asText() + "\u201d";
    return child.has("probability") ? text + " (probability " + Pages.number(child.get("probability").asDouble()) + ")" : text;
  }

  /** A node's kind, mover, information state, returns and number of moves, in words. */
  static String describe(JsonNode node) {
    List<String> parts = new ArrayList<>();
    switch (node.path("kind").asText()) {
      case "terminal" -> {
        List<String> returns = new ArrayList<>();
        node.path("returns").forEach(r -> returns.add(Pages.number(r.asDouble())));
        parts.add("terminal, returns " + String.join(", ", returns));
      }
      case "chance" -> parts.add("chance node");
      case "decision" -> {
        parts.add(node.path("playerName").asText() + " to move");
        parts.add("information state \u201c" + node.path("informationState").asText() + "\u201d");
      }
      default -> parts.add("simultaneous move");
    }
    long children = node.path("children").asLong();
    if (children > 0) {
      parts.add(children + (children == 1 ? " move" : " moves"));
    }
    return String.join("; ", parts);
  }
}
