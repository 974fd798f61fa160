package org.agora.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Games uploaded to the workbench as Gambit {@code .nfg}/{@code .efg} text: the format, the game's
 * title and player count (for listings) and the text itself, which the server parses again after a
 * restart. Table {@code game_upload}, created by migration V3. The store keeps the text as given and
 * does not parse it; the server stores only text it has parsed.
 *
 * <p>Threads: every method is one transaction under the lock of the connection this store shares
 * with the other stores of its {@link AgoraDatabase} (see {@link RunStore}).
 */
public final class GameUploadStore {

  private final Database database;
  private final DatabaseKind kind;
  private final Connection connection;

  GameUploadStore(Database database) {
    this.database = database;
    this.kind = database.kind();
    this.connection = database.connection();
  }

  /**
   * Stores an uploaded game.
   *
   * @param format {@code nfg} or {@code efg}
   * @param title the game's title (may be empty)
   * @param players its player count, at least 1
   * @param text the file's text, not empty
   * @return its id
   */
  public long add(String format, String title, int players, String text) {
    if (!"nfg".equals(format) && !"efg".equals(format)) {
      throw new IllegalArgumentException("the format must be nfg or efg, got " + format);
    }
    if (title == null) {
      throw new IllegalArgumentException("the title is missing (give an empty one)");
    }
    if (players < 1) {
      throw new IllegalArgumentException("players must be >= 1, got " + players);
    }
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("the text is empty");
    }
    return database.inTransaction(() -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO game_upload (format, title, players,"
          + " created_at, content) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
        insert.setString(1, format);
        insert.setString(2, title);
        insert.setInt(3, players);
        kind.setTime(insert, 4, DatabaseKind.now());
        insert.setString(5, text);
        try (ResultSet key = insert.executeQuery()) {
          key.next();
          return key.getLong(1);
        }
      }
    });
  }

  /** Upload {@code id} with its text, if there is one. */
  public Optional<StoredGameUpload> find(long id) {
    return database.inTransaction(() -> {
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT id, format, title, players, created_at, content FROM game_upload WHERE id = ?")) {
        query.setLong(1, id);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          return Optional.of(new StoredGameUpload(summary(row), row.getString("content")));
        }
      }
    });
  }

  /**
   * Upload {@code id} with its text.
   *
   * @throws StoreException when there is no such upload
   */
  public StoredGameUpload get(long id) {
    return find(id).orElseThrow(() -> new StoreException("no uploaded game " + id + " in " + database.url()));
  }

  /** Uploads without their text, newest first, at most {@code limit} after skipping {@code offset}. */
  public List<GameUploadSummary> list(int limit, long offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + " and " + offset);
    }
    return database.inTransaction(() -> {
      List<GameUploadSummary> uploads = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT id, format, title, players, created_at"
          + " FROM game_upload ORDER BY id DESC LIMIT ? OFFSET ?")) {
        query.setInt(1, limit);
        query.setLong(2, offset);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            uploads.add(summary(row));
          }
        }
      }
      return uploads;
    });
  }

  private GameUploadSummary summary(ResultSet row) throws SQLException {
    return new GameUploadSummary(row.getLong("id"), row.getString("format"), row.getString("title"),
        row.getInt("players"), kind.getTime(row, "created_at"));
  }
}
