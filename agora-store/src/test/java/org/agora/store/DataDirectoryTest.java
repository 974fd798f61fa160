package org.agora.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

  @Test
  void theOptionWinsOverTheVariableWhichWinsOverTheHome() {
    Map<String, String> environment = Map.of("AGORA_DATA", "/srv/agora");
    assertThat(DataDirectory.resolve("/tmp/x", environment, "/home/u")).isEqualTo(Path.of("/tmp/x"));
    assertThat(DataDirectory.resolve(null, environment, "/home/u")).isEqualTo(Path.of("/srv/agora"));
    assertThat(DataDirectory.resolve(null, Map.of("AGORA_DATA", " "), "/home/u")).isEqualTo(Path.of("/home/u/.agora"));
    assertThat(DataDirectory.resolve(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.agora"));
  }

  @Test
  void theEmbeddedDatabaseIsOneFileInTheDirectory() {
    assertThat(DataDirectory.databaseUrl(Path.of("/data/a/../b"))).isEqualTo("jdbc:sqlite:/data/b/agora.db");
  }

  @Test
  void unsupportedAndUnreachableDatabasesAreRefusedInOneLineWithoutThePassword() {
    assertThatThrownBy(() -> TournamentStore.open("jdbc:mysql://h/db?password=secret"))
        .isInstanceOf(StoreException.class).hasMessageStartingWith("unsupported database URL")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> TournamentStore.open("jdbc:postgresql://127.0.0.1:1/agora?user=u&password=secret"))
        .isInstanceOf(StoreException.class).hasMessageStartingWith("cannot open the database")
        .hasMessageNotContaining("secret").hasMessageNotContaining("\n");
    assertThatThrownBy(() -> TournamentStore.open("jdbc:sqlite:/nonexistent-dir/sub/agora.db"))
        .isInstanceOf(StoreException.class).hasMessageNotContaining("\n");
  }

  @Test
  void passwordsAreMasked() {
    assertThat(Urls.masked("jdbc:postgresql://u:pw@h/db?user=u&password=pw&ssl=true"))
        .isEqualTo("jdbc:postgresql://u:***@h/db?user=u&password=***&ssl=true");
  }
}
