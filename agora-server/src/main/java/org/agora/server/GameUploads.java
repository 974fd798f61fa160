package org.agora.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.EfgGame;
import org.agora.io.GambitFormats;
import org.agora.store.GameUploadStore;
import org.agora.store.GameUploadSummary;
import org.agora.store.StoredGameUpload;

/**
 * The games uploaded as Gambit {@code .nfg}/{@code .efg} text, under ids {@code upload-N}: kept in
 * the database's {@link GameUploadStore} (N is the stored id), so that a restarted server still
 * knows them and jobs on them resume; without a database (tests, a server built over in-memory
 * runs) in memory only, the newest {@link #MAX_MEMORY_UPLOADS} kept. Parsed games are cached, the
 * {@link #CACHED_GAMES} most recently used; any other is parsed again from its stored text.
 *
 * <p>Threads: safe to share; the store serialises its own calls, the maps here are guarded by this.
 */
final class GameUploads {

  /** Parsed games kept at once. */
  static final int CACHED_GAMES = 16;
  /** Uploads kept when there is no database. */
  static final int MAX_MEMORY_UPLOADS = 100;
  /** Longest title kept (characters). */
  static final int MAX_TITLE = 200;
  /** The source name parse errors carry ({@code upload:line:column}). */
  private static final String SOURCE = "upload";

  /** An upload just made: its id and its game. */
  record Added(String id, Game game) {}

  private final GameUploadStore store;
  private final AtomicLong nextMemoryId = new AtomicLong(1);
  private final Map<Long, StoredGameUpload> memory = new LinkedHashMap<>(16, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, StoredGameUpload> eldest) {
      return size() > MAX_MEMORY_UPLOADS;
    }
  };
  private final Map<Long, Game> parsed = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Game> eldest) {
      return size() > CACHED_GAMES;
    }
  };

  /** Uploads in {@code store}, or in memory when it is null. */
  GameUploads(GameUploadStore store) {
    this.store = store;
  }

  /** True when uploads outlive the server (kept in a database). */
  boolean stored() {
    return store != null;
  }

  /**
   * Parses Gambit text and keeps it.
   *
   * @throws org.agora.io.GambitParseException naming {@code upload:line:column}
   */
  Added add(String text) {
    Game game = GambitFormats.parse(text, SOURCE);
    String format = game instanceof NormalFormGame ? "nfg" : "efg";
    String title = title(game);
    long id;
    if (store != null) {
      id = store.add(format, title, game.playerCount(), text);
    } else {
      id = nextMemoryId.getAndIncrement();
      synchronized (this) {
        memory.put(id, new StoredGameUpload(new GameUploadSummary(id, format, title, game.playerCount(), Instant.now()),
            text));
      }
    }
    synchronized (this) {
      parsed.put(id, game);
    }
    return new Added(GameCatalog.UPLOAD_PREFIX + id, game);
  }

  /** The game uploaded under {@code id} ({@code upload-N}), parsed again from its text if not cached. */
  Optional<Game> game(String id) {
    long number = number(id);
    if (number < 1) {
      return Optional.empty();
    }
    synchronized (this) {
      Game cached = parsed.get(number);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<StoredGameUpload> upload = find(number);
    if (upload.isEmpty()) {
      return Optional.empty();
    }
    Game game = GambitFormats.parse(upload.get().text(), SOURCE);
    synchronized (this) {
      parsed.put(number, game);
    }
    return Optional.of(game);
  }

  /** The uploads, newest first, at most {@code limit}. */
  List<GameUploadSummary> list(int limit) {
    if (store != null) {
      return store.list(limit, 0);
    }
    List<GameUploadSummary> newestFirst = new ArrayList<>();
    synchronized (this) {
      memory.values().forEach(upload -> newestFirst.add(0, upload.summary()));
    }
    return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
  }

  private Optional<StoredGameUpload> find(long number) {
    if (store != null) {
      return store.find(number);
    }
    synchronized (this) {
      return Optional.ofNullable(memory.get(number));
    }
  }

  /** N of {@code upload-N} (digits, no leading zero), or -1 when {@code id} is not such an id. */
  static long number(String id) {
    if (id == null || !id.startsWith(GameCatalog.UPLOAD_PREFIX)) {
      return -1;
    }
    String digits = id.substring(GameCatalog.UPLOAD_PREFIX.length());
    if (digits.isEmpty() || digits.length() > 18 || digits.charAt(0) == '0'
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Long.parseLong(digits);
  }

  private static String title(Game game) {
    String title = game instanceof NormalFormGame normalForm ? normalForm.title()
        : game instanceof EfgGame efg ? efg.title() : "";
    title = title == null ? "" : title.strip().replaceAll("\\s+", " ");
    return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 3) + "..." : title;
  }
}
