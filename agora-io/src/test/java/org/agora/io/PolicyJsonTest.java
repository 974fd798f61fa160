package org.agora.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.TabularPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyJsonTest {

  private static final Game KUHN = GameRegistry.create("kuhn_poker");

  @TempDir
  Path directory;

  private static TabularPolicy randomPolicy(Game game, long seed) {
    TabularPolicy policy = TabularPolicy.uniform(game, 1_000_000);
    SplittableRandom random = new SplittableRandom(seed);
    double[] row = new double[policy.actionCount()];
    for (int r = 0; r < policy.size(); r++) {
      double sum = 0.0;
      for (int a = 0; a < row.length; a++) {
        row[a] = policy.isLegal(r, a) ? random.nextDouble() : 0.0;
        sum += row[a];
      }
      for (int a = 0; a < row.length; a++) {
        row[a] /= sum;
      }
      policy.setProbabilities(r, row);
    }
    return policy;
  }

  @ParameterizedTest
  @ValueSource(strings = {"kuhn_poker", "leduc_poker", "kuhn_poker(players=3)"})
  void uniformAndRandomPoliciesRoundTripExactly(String gameString) throws IOException {
    Game game = GameRegistry.create(gameString);
    for (TabularPolicy policy : new TabularPolicy[] {TabularPolicy.uniform(game, 1_000_000), randomPolicy(game, 42)}) {
      Path file = directory.resolve("policy.json");
      PolicyJson.write(policy, game.name(), file);

      PolicyJson.ReadResult result = PolicyJson.readResult(game, file);

      assertThat(result.missingStates()).isZero();
      assertThat(result.statesRead()).isEqualTo(policy.size());
      assertThat(result.policy().table()).containsExactly(policy.table());
      for (int row = 0; row < policy.size(); row++) {
        assertThat(result.policy().key(row)).isEqualTo(policy.key(row));
      }
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactly("policy.json");
    }
  }

  @Test
  void writesTheDocumentedFormat() throws IOException {
    Path file = directory.resolve("kuhn.json");
    PolicyJson.write(TabularPolicy.uniform(KUHN, 1000), KUHN.name(), file);
    String text = Files.readString(file);

    assertThat(text).startsWith("{\"format\":\"agora-policy\",\"version\":1,\"game\":\"kuhn_poker(players=2)\",\"actionCount\":2,");
    assertThat(text).contains("{\"player\":0,\"key\":\"", "\"actions\":[0,1],\"probabilities\":[0.5,0.5]}");
  }

  @Test
  void absentRowsStayUniformAndAreCounted() throws IOException {
    TabularPolicy full = TabularPolicy.uniform(KUHN, 1000);
    String key = full.key(0);
    Path file = write("partial.json", "{\"format\":\"agora-policy\",\"version\":1,\"game\":\"kuhn_poker()\",\"actionCount\":2,"
        + "\"states\":[{\"player\":" + full.player(0) + ",\"key\":" + quote(key) + ",\"actions\":[1],\"probabilities\":[1.0]}]}");

    PolicyJson.ReadResult result = PolicyJson.readResult(KUHN, file);

    assertThat(result.statesRead()).isEqualTo(1);
    assertThat(result.missingStates()).isEqualTo(full.size() - 1);
    assertThat(result.policy().probability(0, 0)).isEqualTo(0.0);
    assertThat(result.policy().probability(0, 1)).isEqualTo(1.0);
    assertThat(result.policy().probability(1, 0)).isEqualTo(0.5);
  }

  @Test
  void rejectsAPolicyForAnotherGame() throws IOException {
    Path file = write("other.json", header("kuhn_poker(players=3)") + "[]}");
    assertThatThrownBy(() -> PolicyJson.read(KUHN, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": the policy is for game 'kuhn_poker(players=3)' but the game is 'kuhn_poker(players=2)'");
  }

  @Test
  void rejectsUnknownStatesIllegalActionsAndBadSums() throws IOException {
    TabularPolicy full = TabularPolicy.uniform(KUHN, 1000);
    String key = quote(full.key(0));
    int player = full.player(0);

    Path unknown = write("unknown.json", header("kuhn_poker") + "[{\"player\":0,\"key\":\"nowhere\",\"actions\":[0],\"probabilities\":[1]}]}");
    assertThatThrownBy(() -> PolicyJson.read(KUHN, unknown))
        .hasMessage(unknown + ": state #0 (player 0, key 'nowhere'): not an information state of player 0 in kuhn_poker(players=2)");

    Path illegal = write("illegal.json", header("kuhn_poker") + "[{\"player\":" + player + ",\"key\":" + key
        + ",\"actions\":[0,5],\"probabilities\":[0.5,0.5]}]}");
    assertThatThrownBy(() -> PolicyJson.read(KUHN, illegal))
        .hasMessageStartingWith(illegal + ": state #0 (player " + player + ", key '")
        .hasMessageEndingWith("action 5 is not legal there; legal: 0, 1");

    Path badSum = write("sum.json", header("kuhn_poker") + "[{\"player\":" + player + ",\"key\":" + key
        + ",\"actions\":[0,1],\"probabilities\":[0.5,0.6]}]}");
    assertThatThrownBy(() -> PolicyJson.read(KUHN, badSum))
        .hasMessageContaining("probabilities sum to 1.1, not 1 (tolerance 1.0E-6)");

    Path twice = write("twice.json", header("kuhn_poker") + "[{\"player\":" + player + ",\"key\":" + key
        + ",\"actions\":[0,1],\"probabilities\":[0.5,0.5]},{\"player\":" + player + ",\"key\":" + key
        + ",\"actions\":[0,1],\"probabilities\":[0.5,0.5]}]}");
    assertThatThrownBy(() -> PolicyJson.read(KUHN, twice)).hasMessageEndingWith("given twice");
  }

  @Test
  void acceptsSumsWithinTheToleranceAndNormalizesThem() throws IOException {
    TabularPolicy full = TabularPolicy.uniform(KUHN, 1000);
    Path file = write("close.json", header("kuhn_poker") + "[{\"player\":" + full.player(0) + ",\"key\":"
        + quote(full.key(0)) + ",\"actions\":[0,1],\"probabilities\":[0.2500004,0.75]}]}");

    TabularPolicy policy = PolicyJson.read(KUHN, file);

    assertThat(policy.probability(0, 0) + policy.probability(0, 1)).isEqualTo(1.0);
    assertThat(policy.probability(0, 0)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void malformedJsonNamesTheFileLineAndColumn() throws IOException {
    Path file = write("broken.json", "{\"format\":\"agora-policy\",\n  \"version\": 1,\n  \"game\" \"kuhn_poker\"}");
    assertThatThrownBy(() -> PolicyJson.read(KUHN, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":3:10: malformed JSON: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void rejectsAWrongFormatOrVersion() throws IOException {
    Path format = write("format.json", "{\"format\":\"gambit\",\"version\":1,\"game\":\"kuhn_poker\",\"states\":[]}");
    assertThatThrownBy(() -> PolicyJson.read(KUHN, format))
        .hasMessage(format + ": \"format\" must be \"agora-policy\", got \"gambit\"");
    Path version = write("version.json", "{\"format\":\"agora-policy\",\"version\":2,\"game\":\"kuhn_poker\",\"states\":[]}");
    assertThatThrownBy(() -> PolicyJson.read(KUHN, version)).hasMessage(version + ": \"version\" must be 1, got 2");
  }

  private static String header(String game) {
    return "{\"format\":\"agora-policy\",\"version\":1,\"game\":\"" + game + "\",\"actionCount\":2,\"states\":";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private Path write(String name, String text) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Syntax errors are described without Jackson's parser-feature advice (feature names are Java). */
  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1 /* note */}", "{\"a\": NaN}", "{'a':1}", "{a:1}", "{\"a\":01}",
      "{\"a\":\"tab\there\"}", "{\"a\":1,}", "[1,]", "{\"a\":1} # end"})
  void malformedJsonIsDescribedWithoutParserFeatureNames(String text) throws IOException {
    Path file = write("malformed.json", text);
    assertThatThrownBy(() -> PolicyJson.readResult(KUHN, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":1:")
        .hasMessageContaining("malformed JSON: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Feature", "ALLOW_", "enable", "`"));
  }

  @Test
  void commentsAreSaidToBeNotAllowed() throws IOException {
    Path file = write("comment.json", "{\"a\":1 /* note */}");
    assertThatThrownBy(() -> PolicyJson.readResult(KUHN, file))
        .hasMessage(file + ":1:8: malformed JSON: Unexpected character ('/' (code 47)): comments are not allowed in JSON");
  }

  /** A missing file and a directory are I/O errors people can read, not Java exception names. */
  @Test
  void missingFilesAndDirectoriesAreNamedAsSuch() {
    Path missing = directory.resolve("absent.json");
    assertThatThrownBy(() -> PolicyJson.readResult(KUHN, missing))
        .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessage(missing.toString());
    assertThatThrownBy(() -> PolicyJson.readResult(KUHN, directory))
        .isInstanceOf(java.nio.file.FileSystemException.class).hasMessage(directory + ": is a directory");
  }
}
