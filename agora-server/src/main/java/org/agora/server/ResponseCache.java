package org.agora.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The serialised JSON of answers that never change while the server runs (the game catalogue, a
 * game's description: the registry and the uploads are immutable), the {@code capacity} most
 * recently used kept. A game description enumerates the game's tree up to the node limit, so a page
 * or client asking for it again should not pay that again. Thread-safe; two threads missing the same
 * key may both compute it.
 */
final class ResponseCache {

  private final Map<String, byte[]> entries;

  ResponseCache(int capacity) {
    this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The cached answer for {@code key}, computed by {@code compute} when absent. */
  byte[] get(String key, Supplier<byte[]> compute) {
    synchronized (entries) {
      byte[] cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    byte[] computed = compute.get();
    synchronized (entries) {
      entries.put(key, computed);
    }
    return computed;
  }
}
