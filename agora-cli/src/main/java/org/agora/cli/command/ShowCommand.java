package org.agora.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import org.agora.cli.DeepStack;
import org.agora.cli.GameResolver;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.TreeStatistics;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.tree.GameTreeCompiler;
import org.agora.solvers.tree.GameTreeStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora show GAME}: a game's canonical name, type, sizes and parameters; tree statistics when
 * the tree has at most {@code --max-nodes} nodes; the payoff table of a small normal-form game.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Describe a game: type, players, actions, sizes, tree statistics and (normal form) payoffs.")
public final class ShowCommand extends AgoraSubcommand {

  @Parameters(paramLabel = "GAME", description = "A game string such as kuhn_poker(players=3), or a .nfg/.efg file.")
  String gameArgument;

  @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "2000000",
      description = "Enumerate the tree only if it has at most N nodes (default: ${DEFAULT-VALUE}).")
  long maxNodes;

  @Option(names = "--no-tree", description = "Skip the tree statistics.")
  boolean noTree;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  /**
   * Tree statistics (empty when the limit was exceeded), how long computing them took, and the
   * compiled tree's statistics (null when the game could not be compiled, with the reason).
   */
  private record TreeReport(Optional<TreeStatistics> statistics, long nanos, GameTreeStatistics compiled,
      String notCompiled) {}

  @Override
  protected int execute() {
    if (maxNodes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-nodes must be >= 1, got " + maxNodes);
    }
    Game game = GameResolver.resolve(gameArgument);
    TreeReport tree = null;
    if (!noTree) {
      long start = System.nanoTime();
      Optional<TreeStatistics> statistics =
          DeepStack.call("enumerating the game tree", () -> TreeStatistics.compute(game, maxNodes));
      long nanos = System.nanoTime() - start;
      GameTreeStatistics compiled = null;
      String notCompiled = null;
      if (statistics.isPresent()) {
        try {
          compiled = DeepStack.call("compiling the game tree",
              () -> GameTreeCompiler.compile(game, 4 * maxNodes, false).statistics());
        } catch (IllegalArgumentException e) {
          notCompiled = e.getMessage();
        }
      }
      tree = new TreeReport(statistics, nanos, compiled, notCompiled);
    }
    if (json) {
      printJson(game, tree);
    } else {
      printText(game, tree);
    }
    return 0;
  }

  /**
   * The game's canonical string without its empty text parameters ({@code matrix(payoffs="1,1;2,2")},
   * not {@code matrix(payoffs="1,1;2,2",file="",shape="",...)}): an empty optional value is one
   * nobody gave. JSON keeps the full canonical string.
   */
  static String givenName(Game game) {
    GameParameters parameters = game.parameters();
    Map<String, Object> given = new LinkedHashMap<>(parameters.values());
    given.values().removeIf(value -> value instanceof String text && text.isEmpty());
    return given.size() == parameters.values().size() ? game.name()
        : GameParameters.of(parameters.gameName(), given).toGameString();
  }

  private void printText(Game game, TreeReport tree) {
    TextTable table = TextTable.withoutHeaders(2);
    table.addRow("game:", givenName(game));
    table.addRow("type:", game.type().describe());
    table.addRow("players:", game.playerCount() + playerNamesSuffix(game));
    table.addRow("actions:", game.actionCount());
    if (game instanceof NormalFormGame normalForm) {
      StringJoiner counts = new StringJoiner(" x ");
      for (int count : normalForm.strategyCounts()) {
        counts.add(Integer.toString(count));
      }
      table.addRow("strategies:", counts + " (" + Numbers.grouped(normalForm.profileCount()) + " profiles)");
    }
    table.addRow("max chance outcomes:", game.maxChanceOutcomes());
    table.addRow("utility range:", "[" + Numbers.compact(game.minUtility()) + ", " + Numbers.compact(game.maxUtility()) + "]");
    OptionalDouble sum = game.utilitySum();
    table.addRow("utility sum:", sum.isPresent() ? Numbers.compact(sum.getAsDouble()) + " (constant)" : "not constant");
    table.addRow("max game length:", Numbers.grouped(game.maxGameLength()));
    table.addRow("parameters:", describeParameters(game.parameters().values()));
    if (tree != null) {
      addTreeRows(table, game, tree);
    }
    out().print(table.render());
    if (game instanceof NormalFormGame normalForm) {
      out().println();
      out().print(PayoffTables.render(normalForm));
    }
  }

  private void addTreeRows(TextTable table, Game game, TreeReport tree) {
    if (tree.statistics().isEmpty()) {
      table.addRow("tree:", "more than " + Numbers.grouped(maxNodes) + " nodes (not enumerated; see --max-nodes)");
      return;
    }
    TreeStatistics statistics = tree.statistics().get();
    table.addRow("tree nodes:", Numbers.grouped(statistics.nodes()) + " (enumerated in " + Numbers.seconds(tree.nanos()) + ")");
    table.addRow("  terminal:", Numbers.grouped(statistics.terminalNodes()));
    table.addRow("  decision:", Numbers.grouped(statistics.decisionNodes()));
    table.addRow("  chance:", Numbers.grouped(statistics.chanceNodes()));
    table.addRow("  simultaneous:", Numbers.grouped(statistics.simultaneousNodes()));
    table.addRow("tree depth:", statistics.maxDepth());
    List<String> perPlayer = new ArrayList<>();
    for (int player = 0; player < statistics.informationStates().size(); player++) {
      perPlayer.add(game.playerName(player) + ": " + Numbers.grouped(statistics.informationStates().get(player)));
    }
    table.addRow("information states:", String.join(", ", perPlayer)
        + " (" + Numbers.grouped(statistics.totalInformationStates()) + " in all)");
    GameTreeStatistics compiled = tree.compiled();
    if (compiled != null) {
      table.addRow("compiled tree:", Numbers.grouped(compiled.nodes()) + " nodes, "
          + Numbers.grouped(compiled.infosets()) + " information states, max " + compiled.maxActions() + " actions, "
          + String.format(Locale.ROOT, "%.1f MiB, built in %.1f ms", compiled.memoryBytes() / 1048576.0,
              compiled.buildMillis()));
    } else if (tree.notCompiled() != null) {
      table.addRow("compiled tree:", "not compiled: " + tree.notCompiled());
    }
  }

  private static String playerNamesSuffix(Game game) {
    List<String> names = new ArrayList<>();
    boolean custom = false;
    for (int player = 0; player < game.playerCount(); player++) {
      String name = game.playerName(player);
      custom |= !name.equals("player " + player);
      names.add(name);
    }
    return custom ? " (" + String.join(", ", names) + ")" : "";
  }

  private static String describeParameters(Map<String, Object> values) {
    if (values.isEmpty()) {
      return "none";
    }
    StringJoiner joiner = new StringJoiner(", ");
    values.forEach((name, value) -> joiner.add(name + "=" + value));
    return joiner.toString();
  }

  private void printJson(Game game, TreeReport tree) {
    JsonWriter writer = new JsonWriter().beginObject().field("name", game.name());
    GameDescriptions.writeType(writer, game.type());
    writer.field("players", game.playerCount());
    writer.name("playerNames").beginArray();
    for (int player = 0; player < game.playerCount(); player++) {
      writer.value(game.playerName(player));
    }
    writer.endArray()
        .field("actions", game.actionCount())
        .field("maxChanceOutcomes", game.maxChanceOutcomes())
        .field("minUtility", game.minUtility())
        .field("maxUtility", game.maxUtility());
    writer.name("utilitySum");
    OptionalDouble sum = game.utilitySum();
    if (sum.isPresent()) {
      writer.value(sum.getAsDouble());
    } else {
      writer.nullValue();
    }
    writer.field("maxGameLength", game.maxGameLength());
    GameDescriptions.writeParameterValues(writer, game.parameters().values());
    if (tree != null) {
      writeTree(writer, tree);
    }
    if (game instanceof NormalFormGame normalForm) {
      PayoffTables.writeJson(writer, normalForm);
    }
    out().println(writer.endObject());
  }

  private void writeTree(JsonWriter writer, TreeReport tree) {
    writer.name("tree").beginObject()
        .field("enumerated", tree.statistics().isPresent())
        .field("nodeLimit", maxNodes)
        .field("seconds", tree.nanos() / 1e9);
    tree.statistics().ifPresent(statistics -> {
      writer.field("nodes", statistics.nodes())
          .field("terminalNodes", statistics.terminalNodes())
          .field("decisionNodes", statistics.decisionNodes())
          .field("chanceNodes", statistics.chanceNodes())
          .field("simultaneousNodes", statistics.simultaneousNodes())
          .field("maxDepth", statistics.maxDepth());
      writer.name("informationStates").beginArray();
      for (int count : statistics.informationStates()) {
        writer.value(count);
      }
      writer.endArray().field("totalInformationStates", statistics.totalInformationStates());
    });
    if (tree.compiled() != null) {
      GameTreeStatistics compiled = tree.compiled();
      writer.name("compiled").beginObject()
          .field("nodes", compiled.nodes())
          .field("decisionNodes", compiled.decisionNodes())
          .field("chanceNodes", compiled.chanceNodes())
          .field("terminalNodes", compiled.terminalNodes())
          .field("informationStates", compiled.infosets())
          .field("maxActions", compiled.maxActions())
          .field("memoryBytes", compiled.memoryBytes())
          .field("buildMilliseconds", compiled.buildMillis())
          .endObject();
    } else if (tree.notCompiled() != null) {
      writer.field("notCompiled", tree.notCompiled());
    }
    writer.endObject();
  }
}
