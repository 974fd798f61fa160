package org.agora.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded database lives: the directory given with {@code --data}, else the environment
 * variable {@code AGORA_DATA}, else {@code ~/.agora}; the database is the file {@value #DATABASE_FILE}
 * in it.
 */
public final class DataDirectory {

  /** The environment variable naming the data directory. */
  public static final String ENVIRONMENT_VARIABLE = "AGORA_DATA";
  /** The embedded database's file name in the data directory. */
  public static final String DATABASE_FILE = "agora.db";

  private DataDirectory() {
  }

  /**
   * The data directory: {@code option} when given, else {@code AGORA_DATA} from {@code environment}
   * when set and not blank, else {@code .agora} in {@code userHome}.
   */
  public static Path resolve(String option, Map<String, String> environment, String userHome) {
    if (option != null && !option.isBlank()) {
      return Path.of(option);
    }
    String variable = environment.get(ENVIRONMENT_VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return Path.of(variable);
    }
    return Path.of(userHome, ".agora");
  }

  /** The data directory of this process: {@code option}, {@code AGORA_DATA} or {@code ~/.agora}. */
  public static Path resolve(String option) {
    return resolve(option, System.getenv(), System.getProperty("user.home"));
  }

  /** The JDBC URL of the embedded database in {@code directory}. */
  public static String databaseUrl(Path directory) {
    return "jdbc:sqlite:" + directory.toAbsolutePath().normalize().resolve(DATABASE_FILE);
  }
}
