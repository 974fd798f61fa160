package org.agora.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds games registered through {@link GameProvider} and creates them from game strings such as
 * {@code kuhn_poker(players=3)} or {@code repeated(stage=rock_paper_scissors,rounds=1000,recall=1)}.
 */
public final class GameRegistry {

  private GameRegistry() {}

  private static final class Holder {
    static final Map<String, GameProvider> PROVIDERS = load();

    private static Map<String, GameProvider> load() {
      Map<String, GameProvider> byName = new TreeMap<>();
      for (GameProvider provider : ServiceLoader.load(GameProvider.class, GameRegistry.class.getClassLoader())) {
        GameProvider previous = byName.putIfAbsent(provider.name(), provider);
        if (previous != null && previous.getClass() != provider.getClass()) {
          throw new IllegalStateException("two providers register the game '" + provider.name() + "': "
              + previous.getClass().getName() + " and " + provider.getClass().getName());
        }
      }
      return Collections.unmodifiableMap(byName);
    }
  }

  /** All registered providers, sorted by name. */
  public static List<GameProvider> providers() {
    return new ArrayList<>(Holder.PROVIDERS.values());
  }

  /** Registered game names, sorted. */
  public static List<String> names() {
    return new ArrayList<>(Holder.PROVIDERS.keySet());
  }

  /**
   * The provider registered under {@code name}.
   *
   * @throws GameSpecException naming the unknown game, the closest known names and where to look
   */
  public static GameProvider provider(String name) {
    GameProvider provider = Holder.PROVIDERS.get(name);
    if (provider == null) {
      throw new GameSpecException("unknown game '" + name + "'" + suggestion(name)
          + "; 'agora games' lists the " + Holder.PROVIDERS.size() + " known games");
    }
    return provider;
  }

  /**
   * Creates a game from its string.
   *
   * @throws GameSpecException if the string is malformed, names an unknown game or parameter, or
   *     gives a value that is not allowed
   */
  public static Game create(String gameString) {
    GameSpec spec = GameSpec.parse(gameString);
    GameProvider provider = provider(spec.name());
    GameParameters parameters = GameParameters.resolve(spec.name(), provider.parameters(), spec.arguments());
    return provider.create(parameters);
  }

  private static String suggestion(String name) {
    List<String> close = new ArrayList<>();
    for (String known : Holder.PROVIDERS.keySet()) {
      if (known.contains(name) || name.contains(known) || editDistance(known, name) <= Math.max(2, name.length() / 4)) {
        close.add(known);
      }
    }
    if (close.isEmpty()) {
      return "";
    }
    return close.size() == 1 ? " (did you mean " + close.get(0) + "?)"
        : " (did you mean one of " + String.join(", ", close.subList(0, Math.min(5, close.size()))) + "?)";
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
