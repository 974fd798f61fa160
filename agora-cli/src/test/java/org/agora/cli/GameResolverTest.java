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
        .isInstanceOf(CommandFailure.class).hasMessageStartingWith("not a regular file: ");
  }
}
