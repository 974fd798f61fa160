package org.agora.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.ParameterSpec;
import org.agora.core.TreeStatistics;
import org.agora.core.normalform.NormalFormGame;
import org.agora.store.GameUploadStore;
import org.agora.store.GameUploadSummary;

/**
 * The games the API knows: the registered ones (described from an instance with default parameters,
 * computed once) and games uploaded as Gambit text under ids {@code upload-N} ({@link GameUploads}:
 * stored in the database when the server has one).
 */
final class GameCatalog {

  /** Largest normal form whose payoffs a description lists. */
  static final int MAX_LISTED_PROFILES = 10_000;
  /** Prefix of uploaded games' ids. */
  static final String UPLOAD_PREFIX = "upload-";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final long describeNodeLimit;
  private final GameUploads uploads;
  private volatile List<ObjectNode> catalogue;

  /** A catalogue keeping uploads in {@code uploadStore}, or in memory when it is null. */
  GameCatalog(long describeNodeLimit, GameUploadStore uploadStore) {
    this.describeNodeLimit = describeNodeLimit;
    this.uploads = new GameUploads(uploadStore);
  }

  /** The registered games whose name or description contains {@code query} (case-insensitive; null for all). */
  ArrayNode list(String query) {
    String needle = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
    ArrayNode games = NODES.arrayNode();
    for (ObjectNode entry : catalogue()) {
      String text = (entry.path("name").asText() + " " + entry.path("description").asText()).toLowerCase(Locale.ROOT);
      if (text.contains(needle)) {
        games.add(entry.deepCopy());
      }
    }
    return games;
  }

  private List<ObjectNode> catalogue() {
    List<ObjectNode> entries = catalogue;
    if (entries == null) {
      entries = new ArrayList<>();
      for (GameProvider provider : GameRegistry.providers()) {
        if (provider.name().equals("nfg") || provider.name().equals("efg")) {
          continue; // they read files; uploads replace them
        }
        entries.add(catalogueEntry(provider));
      }
      catalogue = entries;
    }
    return entries;
  }

  private static ObjectNode catalogueEntry(GameProvider provider) {
    ObjectNode entry = NODES.objectNode();
    entry.put("name", provider.name()).put("description", provider.description());
    entry.set("parameters", parameterSpecs(provider.parameters()));
    boolean needsParameters = provider.parameters().stream().anyMatch(ParameterSpec::required);
    if (!needsParameters) {
      try {
        Game game = provider.create(GameParameters.resolve(provider.name(), provider.parameters(), Map.of()));
        entry.set("type", type(game.type()));
        entry.put("players", game.playerCount());
      } catch (RuntimeException e) {
        needsParameters = true; // the defaults alone are not a game (e.g. "payoffs or file")
      }
    }
    entry.put("needsParameters", needsParameters);
    return entry;
  }

  /**
   * The game named by {@code name}: an uploaded game's id or a game string.
   *
   * @throws ApiException 404 for an unknown upload, 400 for a bad game string
   */
  Game resolve(String name) {
    String checked = ClientStrings.check("the game", name);
    if (checked.startsWith(UPLOAD_PREFIX)) {
      return upload(checked).orElseThrow(() -> ApiException.notFound("no uploaded game '"
          + ClientStrings.abbreviate(checked) + "'" + (uploads.stored() ? "; GET /api/uploads lists them"
          : " (without a database uploads last until the server stops; the newest "
          + GameUploads.MAX_MEMORY_UPLOADS + " are kept)")));
    }
    try {
      return GameRegistry.create(checked);
    } catch (GameSpecException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** An uploaded game by id ({@code upload-N}). */
  Optional<Game> upload(String id) {
    return uploads.game(id);
  }

  /**
   * Parses Gambit {@code .nfg}/{@code .efg} text and keeps it.
   *
   * @return the new id and the game
   * @throws org.agora.io.GambitParseException naming {@code upload:line:column}
   */
  GameUploads.Added addUpload(String text) {
    return uploads.add(text);
  }

  /** The uploaded games, newest first, at most {@code limit}: id, title, format, players, createdAt. */
  ArrayNode listUploads(int limit) {
    ArrayNode list = NODES.arrayNode();
    for (GameUploadSummary upload : uploads.list(limit)) {
      list.addObject().put("id", UPLOAD_PREFIX + upload.id()).put("title", upload.title())
          .put("format", upload.format()).put("players", upload.players())
          .put("createdAt", upload.createdAt().toString());
    }
    return list;
  }

  /** A game's description: type, players, parameters, and its payoff matrix or its tree's size. */
  ObjectNode describe(Game game) {
    ObjectNode json = NODES.objectNode();
    json.put("name", game.name());
    json.set("type", type(game.type()));
    json.put("players", game.playerCount());
    ArrayNode names = json.putArray("playerNames");
    for (int player = 0; player < game.playerCount(); player++) {
      names.add(game.playerName(player));
    }
    json.put("actions", game.actionCount());
    json.put("minUtility", finite(game.minUtility())).put("maxUtility", finite(game.maxUtility()));
    OptionalDouble sum = game.utilitySum();
    if (sum.isPresent()) {
      json.put("utilitySum", sum.getAsDouble());
    } else {
      json.putNull("utilitySum");
    }
    json.put("maxGameLength", game.maxGameLength());
    ObjectNode parameters = json.putObject("parameters");
    game.parameters().values().forEach((name, value) -> putValue(parameters, name, value));
    if (game instanceof NormalFormGame normalForm) {
      json.set("normalForm", normalForm(normalForm));
    } else {
      json.set("tree", tree(game));
    }
    return json;
  }

  private ObjectNode tree(Game game) {
    ObjectNode tree = NODES.objectNode();
    tree.put("nodeLimit", describeNodeLimit);
    Optional<TreeStatistics> statistics;
    try {
      statistics = TreeStatistics.compute(game, describeNodeLimit);
    } catch (StackOverflowError tooDeep) {
      statistics = Optional.empty();
    }
    tree.put("enumerated", statistics.isPresent());
    statistics.ifPresent(s -> {
      tree.put("nodes", s.nodes()).put("terminalNodes", s.terminalNodes()).put("decisionNodes", s.decisionNodes())
          .put("chanceNodes", s.chanceNodes()).put("simultaneousNodes", s.simultaneousNodes())
          .put("maxDepth", s.maxDepth()).put("totalInformationStates", s.totalInformationStates());
      ArrayNode perPlayer = tree.putArray("informationStates");
      s.informationStates().forEach(perPlayer::add);
    });
    return tree;
  }

  private static ObjectNode normalForm(NormalFormGame game) {
    ObjectNode json = NODES.objectNode();
    json.put("title", game.title());
    ArrayNode strategies = json.putArray("strategies");
    for (int player = 0; player < game.playerCount(); player++) {
      ArrayNode names = strategies.addArray();
      for (int strategy = 0; strategy < game.strategyCount(player); strategy++) {
        names.add(game.strategyName(player, strategy));
      }
    }
    json.put("profiles", game.profileCount());
    if (game.profileCount() <= MAX_LISTED_PROFILES) {
      ArrayNode payoffs = json.putArray("payoffs");
      for (int profile = 0; profile < game.profileCount(); profile++) {
        ArrayNode row = payoffs.addArray();
        for (int player = 0; player < game.playerCount(); player++) {
          row.add(game.payoff(player, profile));
        }
      }
    }
    return json;
  }

  static ObjectNode type(GameType type) {
    ObjectNode json = NODES.objectNode();
    json.put("dynamics", word(type.dynamics())).put("chance", word(type.chance()))
        .put("information", word(type.information())).put("utility", word(type.utility()))
        .put("summary", type.describe());
    return json;
  }

  private static ArrayNode parameterSpecs(List<ParameterSpec> specs) {
    ArrayNode array = NODES.arrayNode();
    for (ParameterSpec spec : specs) {
      ObjectNode json = array.addObject();
      json.put("name", spec.name()).put("type", word(spec.type())).put("required", spec.required());
      putValue(json, "default", spec.defaultValue());
      json.put("allowed", spec.allowed()).put("description", spec.description());
    }
    return array;
  }

  private static void putValue(ObjectNode json, String name, Object value) {
    if (value == null) {
      json.putNull(name);
    } else if (value instanceof Integer || value instanceof Long) {
      json.put(name, ((Number) value).longValue());
    } else if (value instanceof Number number) {
      json.put(name, finite(number.doubleValue()));
    } else if (value instanceof Boolean bool) {
      json.put(name, bool);
    } else {
      json.put(name, String.valueOf(value));
    }
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
