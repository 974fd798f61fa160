package org.agora.cli.store;

import java.nio.file.Path;
import org.agora.store.AgoraDatabase;
import org.agora.store.DataDirectory;
import org.agora.store.TournamentStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that choose the store, shared by the commands that write or read stored tournaments:
 * {@code --db JDBC_URL} (PostgreSQL or an SQLite file) or {@code --data DIR} (the embedded database of
 * a data directory; default {@code $AGORA_DATA}, else {@code ~/.agora}).
 */
public final class StoreOptions {

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Store in this database (jdbc:postgresql://HOST:PORT/DB?user=U&password=P or jdbc:sqlite:FILE)"
          + " instead of the data directory's.")
  String database;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory of the embedded database (default: $AGORA_DATA, else ~/.agora).")
  Path dataDirectory;

  /**
   * Checks the options.
   *
   * @throws ParameterException when both are given or the URL is not one the store takes
   */
  public void validate(CommandSpec spec) {
    if (database != null && dataDirectory != null) {
      throw new ParameterException(spec.commandLine(), "give --db or --data, not both");
    }
    if (database != null && !database.startsWith("jdbc:sqlite:") && !database.startsWith("jdbc:postgresql:")) {
      throw new ParameterException(spec.commandLine(), "--db takes a JDBC URL: jdbc:postgresql://HOST:PORT/DATABASE"
          + "?user=...&password=... or jdbc:sqlite:FILE");
    }
  }

  /** Opens the database the options name, for both its tournaments and its job runs (creating or upgrading its schema). */
  public AgoraDatabase openDatabase() {
    if (database != null) {
      return AgoraDatabase.open(database);
    }
    return AgoraDatabase.openDataDirectory(DataDirectory.resolve(dataDirectory == null ? null : dataDirectory.toString()));
  }

  /**
   * The options of a non-local engine: {@code master} when given, and {@code output}, where the engine
   * keeps its rows: {@code spark} in the data directory (the default one with {@code --db}).
   */
  public java.util.Map<String, String> engineOptions(String master) {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    if (master != null) {
      options.put("master", master);
    }
    options.put("output", DataDirectory.resolve(dataDirectory == null ? null : dataDirectory.toString())
        .resolve("spark").toAbsolutePath().toString());
    return options;
  }

  /** Opens the store the options name (creating or upgrading its schema). */
  public TournamentStore open() {
    if (database != null) {
      return TournamentStore.open(database);
    }
    return TournamentStore.openDataDirectory(DataDirectory.resolve(dataDirectory == null ? null : dataDirectory.toString()));
  }
}
