package org.agora.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.cli.ErrorReporter;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.TextTable;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agora games}: every registered game with its type and player count (from an instance made
 * with default parameters) and its description. Games with required parameters, or whose defaults
 * are rejected, show {@code needs parameters} instead of a type.
 */
@Command(
    name = "games",
    mixinStandardHelpOptions = true,
    description = "List the registered games with their type, players and description.")
public final class GamesCommand extends AgoraSubcommand {

  @Option(names = "--json", description = "Print a JSON array instead of a table.")
  boolean json;

  /**
   * What is known about one registered game.
   *
   * @param game the game with default parameters, or null when it cannot be created with them
   * @param needsParameters true when a parameter is required, or the defaults are rejected as a game
   *     string (a constraint between parameters, such as "payoffs or file")
   * @param problem why the game could not be created with its defaults, or null
   */
  private record Entry(GameProvider provider, Game game, boolean needsParameters, String problem) {}

  @Override
  protected int execute() {
    List<Entry> entries = new ArrayList<>();
    for (GameProvider provider : GameRegistry.providers()) {
      entries.add(inspect(provider));
    }
    if (json) {
      printJson(entries);
    } else {
      printTable(entries);
    }
    return 0;
  }

  private static Entry inspect(GameProvider provider) {
    if (provider.parameters().stream().anyMatch(ParameterSpec::required)) {
      return new Entry(provider, null, true, null);
    }
    try {
      GameParameters defaults = GameParameters.resolve(provider.name(), provider.parameters(), Map.of());
      return new Entry(provider, provider.create(defaults), false, null);
    } catch (GameSpecException e) {
      return new Entry(provider, null, true, ErrorReporter.describe(e));
    } catch (RuntimeException e) {
      // One broken provider must not hide the others; its row says what went wrong.
      return new Entry(provider, null, false, ErrorReporter.describe(e));
    }
  }

  private void printTable(List<Entry> entries) {
    TextTable table = TextTable.withHeaders("GAME", "DYNAMICS", "CHANCE", "INFORMATION", "UTILITY", "PLAYERS", "DESCRIPTION")
        .align(TextTable.Alignment.RIGHT, 5);
    for (Entry entry : entries) {
      String description = entry.provider().description();
      if (entry.game() != null) {
        GameType type = entry.game().type();
        table.addRow(entry.provider().name(), GameDescriptions.word(type.dynamics()), GameDescriptions.word(type.chance()),
            GameDescriptions.word(type.information()), GameDescriptions.word(type.utility()),
            entry.game().playerCount(), description);
      } else if (entry.needsParameters()) {
        table.addRow(entry.provider().name(), "needs parameters", "", "", "", "-", description);
      } else {
        table.addRow(entry.provider().name(), "cannot create", "", "", "", "-", description + " [" + entry.problem() + "]");
      }
    }
    out().print(table.render());
    out().println(entries.size() + " games; 'agora show GAME' describes one.");
  }

  private void printJson(List<Entry> entries) {
    JsonWriter writer = new JsonWriter().beginArray();
    for (Entry entry : entries) {
      GameProvider provider = entry.provider();
      writer.beginObject()
          .field("name", provider.name())
          .field("description", provider.description())
          .field("needsParameters", entry.needsParameters());
      GameDescriptions.writeParameterSpecs(writer, provider.parameters());
      if (entry.game() != null) {
        GameDescriptions.writeType(writer, entry.game().type());
        writer.field("players", entry.game().playerCount());
      }
      if (entry.problem() != null) {
        writer.field(entry.needsParameters() ? "note" : "error", entry.problem());
      }
      writer.endObject();
    }
    out().println(writer.endArray());
  }
}
