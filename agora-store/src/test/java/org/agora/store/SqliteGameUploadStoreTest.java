package org.agora.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The upload store contract on the embedded database, a fresh file per test. */
class SqliteGameUploadStoreTest extends GameUploadStoreContract {

  @TempDir
  Path directory;

  @Override
  String url() {
    return DataDirectory.databaseUrl(directory);
  }

  @Override
  String emptyDatabaseUrl() {
    return "jdbc:sqlite:" + directory.resolve("release-2.db");
  }
}
