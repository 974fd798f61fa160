package org.agora.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded database, a fresh file per test. */
class SqliteTournamentStoreTest extends TournamentStoreContract {

  @TempDir
  Path directory;

  @Override
  String url() {
    return DataDirectory.databaseUrl(directory);
  }
}
