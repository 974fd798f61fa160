package org.agora.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.TabularPolicy;

/**
 * Reads and writes {@link TabularPolicy} files in Agora's policy JSON format:
 *
 * <pre>{@code
 * {"format":"agora-policy","version":1,"game":"kuhn_poker(players=2)","actionCount":2,
 *  "states":[{"player":0,"key":"...","actions":[0,1],"probabilities":[0.5,0.5]}, ...]}
 * }</pre>
 *
 * <p>One entry per information state (player and key); {@code actions} lists action ids and
 * {@code probabilities} their probabilities, legal actions not listed get probability 0. Reading
 * starts from the uniform policy of the game and overwrites the rows in the file, so a row absent
 * from the file stays uniform ({@link ReadResult#missingStates()} counts them). Every problem in a
 * file is reported as one line naming the file, the state and what is wrong. Writing goes to a
 * temporary file in the target's directory that is then renamed, so a partial file is never left.
 *
 * <p>Complexity: reading enumerates the game tree once (to build the uniform policy) and is linear
 * in the file size; writing is linear in the table size.
 */
public final class PolicyJson {

  /** The {@code format} value of a policy file. */
  public static final String FORMAT = "agora-policy";
  /** The {@code version} this class reads and writes. */
  public static final int VERSION = 1;
  /** Most game-tree nodes enumerated to build the uniform policy when reading. */
  public static final long DEFAULT_NODE_LIMIT = 10_000_000L;
  /** How far probabilities may sum from 1. */
  public static final double SUM_TOLERANCE = 1e-6;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private PolicyJson() {}

  /**
   * A policy read from a file.
   *
   * @param policy the policy (uniform where the file has no row)
   * @param statesRead rows found in the file
   * @param missingStates information states of the game absent from the file
   */
  public record ReadResult(TabularPolicy policy, int statesRead, int missingStates) {}

  /**
   * Writes {@code policy} of game {@code gameString} to {@code file}, atomically (temporary file,
   * then rename). Every row is written with all its legal actions.
   */
  public static void write(TabularPolicy policy, String gameString, Path file) throws IOException {
    AtomicFiles.write(file, stream -> {
      try (JsonGenerator json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)) {
        writeTo(json, policy, gameString);
      }
    });
  }

  private static void writeTo(JsonGenerator json, TabularPolicy policy, String gameString) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeNumberField("version", VERSION);
    json.writeStringField("game", gameString);
    json.writeNumberField("actionCount", policy.actionCount());
    json.writeArrayFieldStart("states");
    for (int row = 0; row < policy.size(); row++) {
      json.writeRaw('\n');
      json.writeStartObject();
      json.writeNumberField("player", policy.player(row));
      json.writeStringField("key", policy.key(row));
      json.writeArrayFieldStart("actions");
      for (int action = 0; action < policy.actionCount(); action++) {
        if (policy.isLegal(row, action)) {
          json.writeNumber(action);
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("probabilities");
      for (int action = 0; action < policy.actionCount(); action++) {
        if (policy.isLegal(row, action)) {
          json.writeNumber(policy.probability(row, action));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  /** Reads a policy of {@code game} from {@code file}; see {@link #readResult(Game, Path)}. */
  public static TabularPolicy read(Game game, Path file) throws IOException {
    return readResult(game, file).policy();
  }

  /**
   * Reads a policy of {@code game} from {@code file}, reporting how many of the game's information
   * states the file left out.
   *
   * @throws IllegalArgumentException with a one-line message naming the file (and the line and
   *     column for malformed JSON, or the state and the problem otherwise)
   * @throws IOException if the file cannot be read
   */
  public static ReadResult readResult(Game game, Path file) throws IOException {
    String name = file.toString();
    JsonNode root;
    if (Files.isDirectory(file)) {
      throw new FileSystemException(name, null, "is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null ? "" : location.getLineNr() + ":" + location.getColumnNr() + ":";
      throw new IllegalArgumentException(name + ":" + where + " malformed JSON: " + jsonProblem(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(name + ": expected a JSON object with \"format\":\"" + FORMAT + "\"");
    }
    checkHeader(root, game, name);
    TabularPolicy policy;
    try {
      policy = TabularPolicy.uniform(game, DEFAULT_NODE_LIMIT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage());
    }
    JsonNode states = root.get("states");
    if (states == null || !states.isArray()) {
      throw new IllegalArgumentException(name + ": \"states\" must be an array");
    }
    PolicyRows rows = new PolicyRows(policy, game, name);
    for (int index = 0; index < states.size(); index++) {
      rows.apply(index, states.get(index));
    }
    return new ReadResult(policy, states.size(), policy.size() - states.size());
  }

  private static void checkHeader(JsonNode root, Game game, String name) {
    JsonNode format = root.get("format");
    if (format == null || !FORMAT.equals(format.asText(null)) || !format.isTextual()) {
      throw new IllegalArgumentException(name + ": \"format\" must be \"" + FORMAT + "\", got " + format);
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != VERSION) {
      throw new IllegalArgumentException(name + ": \"version\" must be " + VERSION + ", got " + version);
    }
    JsonNode gameNode = root.get("game");
    if (gameNode == null || !gameNode.isTextual()) {
      throw new IllegalArgumentException(name + ": \"game\" must be a game string, got " + gameNode);
    }
    if (!sameGame(gameNode.textValue(), game)) {
      throw new IllegalArgumentException(name + ": the policy is for game '" + gameNode.textValue() + "' but the game is '"
          + game.name() + "'");
    }
    JsonNode actionCount = root.get("actionCount");
    if (actionCount != null && (!actionCount.isInt() || actionCount.intValue() != game.actionCount())) {
      throw new IllegalArgumentException(name + ": \"actionCount\" is " + actionCount + " but " + game.name() + " has "
          + game.actionCount() + " actions");
    }
  }

  /** True when {@code gameString} names {@code game}, after filling in default parameters. */
  static boolean sameGame(String gameString, Game game) {
    if (gameString.equals(game.name()) || gameString.equals(game.parameters().toGameString())) {
      return true;
    }
    try {
      return GameRegistry.create(gameString).name().equals(game.name());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Jackson's description of a syntax error without its advice on parser features ({@code Feature
   * 'ALLOW_COMMENTS' not enabled}, {@code enable JsonReadFeature.X}), which names Java settings the
   * reader of a message cannot change.
   */
  static String jsonProblem(String text) {
    String problem = oneLine(text)
        .replace("maybe a (non-standard) comment?", "comments are not allowed in JSON")
        .replaceAll("\\s*\\([^()]*Feature[^()]*\\)", "")
        .replaceAll("[:;,]?\\s*(?:enable|use) `?[A-Za-z.]*Feature\\.[A-Z_]+`?[^;)]*", "");
    return problem.isEmpty() ? "syntax error" : problem;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
