package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitParseException;
import org.agora.store.AgoraDatabase;
import org.agora.store.GameUploadSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded games in the database and in memory: ids, listing, the bounded cache and re-parsing. */
class GameUploadsTest {

  @TempDir
  Path directory;

  private static String matrix(int index) {
    return "NFG 1 R \"game " + index + "\" { \"A\" \"B\" } { 2 2 }\n" + index + " 0 0 0 0 0 0 " + index + "\n";
  }

  @Test
  void storedUploadsAreParsedAgainPastTheCacheAndByANewServer() {
    int count = GameUploads.CACHED_GAMES + 5;
    List<String> ids = new ArrayList<>();
    try (AgoraDatabase database = AgoraDatabase.open("jdbc:sqlite:" + directory.resolve("agora.db"))) {
      GameUploads uploads = new GameUploads(database.uploads());
      assertThat(uploads.stored()).isTrue();
      for (int i = 1; i <= count; i++) {
        ids.add(uploads.add(matrix(i)).id());
      }
      assertThat(ids.get(0)).isEqualTo("upload-1");
      // the first ones left the cache: they are parsed again from the stored text
      NormalFormGame first = (NormalFormGame) uploads.game(ids.get(0)).orElseThrow();
      assertThat(first.title()).isEqualTo("game 1");
      assertThat(first.payoff(0, 0)).isEqualTo(1.0);
    }
    try (AgoraDatabase reopened = AgoraDatabase.open("jdbc:sqlite:" + directory.resolve("agora.db"))) {
      GameUploads restarted = new GameUploads(reopened.uploads());
      for (int i = 1; i <= count; i++) {
        Game game = restarted.game(ids.get(i - 1)).orElseThrow();
        assertThat(((NormalFormGame) game).payoff(0, 0)).isEqualTo(i);
      }
      List<GameUploadSummary> listed = restarted.list(3);
      assertThat(listed).extracting(GameUploadSummary::title).containsExactly("game " + count, "game " + (count - 1),
          "game " + (count - 2));
      assertThat(restarted.game("upload-" + (count + 1))).isEmpty();
    }
  }

  @Test
  void withoutADatabaseTheNewestUploadsAreKeptInMemory() {
    GameUploads uploads = new GameUploads(null);
    assertThat(uploads.stored()).isFalse();
    int count = GameUploads.MAX_MEMORY_UPLOADS + 3;
    for (int i = 1; i <= count; i++) {
      uploads.add(matrix(i));
    }
    assertThat(uploads.game("upload-1")).isEmpty();
    assertThat(uploads.game("upload-4")).isPresent();
    assertThat(uploads.game("upload-" + count)).isPresent();
    assertThat(uploads.list(1000)).hasSize(GameUploads.MAX_MEMORY_UPLOADS);
    assertThat(uploads.list(2)).extracting(GameUploadSummary::id).containsExactly((long) count, (long) count - 1);
  }

  @Test
  void onlyWellFormedIdsNameUploadsAndBadTextIsNotKept() {
    GameUploads uploads = new GameUploads(null);
    uploads.add(matrix(1));
    assertThat(uploads.game("upload-1")).isPresent();
    for (String id : List.of("upload-01", "upload-", "upload-1x", "upload--1", "Upload-1", "upload-99999999999999999999")) {
      assertThat(uploads.game(id)).as(id).isEmpty();
    }
    assertThatThrownBy(() -> uploads.add("NFG 1 R \"x\" { \"A\" }\n")).isInstanceOf(GambitParseException.class)
        .hasMessageStartingWith("upload:");
    assertThat(uploads.list(10)).hasSize(1);
  }
}
