package org.agora.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameResolverTest {

  @TempDir
  Path directory;

  @Test
  void gameStringsGoToTheRegistry() {
    assertThat(GameResolver.resolve(MatchingPenniesTestProvider.NAME).name()).isEqualTo(MatchingPenniesTestProvider.NAME);
    assertThat(GameResolver.isFile("kuhn_poker(players=3)")).isFalse();
    assertThatThrownBy(() -> GameResolver.resolve("no_such_game")).isInstanceOf(GameSpecException.class);
  }

  @Test
  void gambitNamesAndExistingFilesAreFiles() throws IOException {
    Path other = Files.writeString(directory.resolve("game.txt"), "x");

    assertThat(GameResolver.isFile("absent.nfg")).isTrue();
    assertThat(GameResolver.isFile("ABSENT.EFG")).isTrue();
    assertThat(GameResolver.isFile(other.toString())).isTrue();
    assertThat(GameResolver.isFile(directory.toString())).isFalse();
  }

  @Test
  void missingFilesAndDirectoriesFail() throws IOException {
    Path folder = Files.createDirectory(directory.resolve("folder.efg"));

    assertThatThrownBy(() -> GameResolver.resolve(directory.resolve("absent.nfg").toString()))
        .isInstanceOf(CommandFailure.class).hasMessageStartingWith("no such file: ");
    assertThatThrownBy(() -> GameResolver.resolve(folder.toString()))
        .isInstanceOf(CommandFailure.class)
        .hasMessage(folder + " is a directory; expected a game name or a .nfg/.efg file");
  }

  /** A path that is not a Gambit name is still reported as a path, not as a bad game string. */
  @Test
  void missingPathsAndDirectoriesAreNotCalledBadGameStrings() {
    String missing = directory.resolve("absent").toString();
    assertThatThrownBy(() -> GameResolver.resolve(missing)).isInstanceOf(CommandFailure.class)
        .hasMessage("no such file: " + missing + " (expected a game name or a .nfg/.efg file)");
    assertThatThrownBy(() -> GameResolver.resolve("./absent")).isInstanceOf(CommandFailure.class)
        .hasMessage("no such file: ./absent (expected a game name or a .nfg/.efg file)");
    assertThatThrownBy(() -> GameResolver.resolve(directory.toString())).isInstanceOf(CommandFailure.class)
        .hasMessage(directory + " is a directory; expected a game name or a .nfg/.efg file");
    assertThatThrownBy(() -> GameResolver.resolve(".")).isInstanceOf(CommandFailure.class)
        .hasMessage(". is a directory; expected a game name or a .nfg/.efg file");
    // a game string with a path inside stays a game string
    assertThatThrownBy(() -> GameResolver.resolve("matrix(file=\"" + missing + "\")"))
        .isInstanceOf(GameSpecException.class);
  }
}
