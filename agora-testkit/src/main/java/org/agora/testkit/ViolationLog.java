package org.agora.testkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects violations, keeping the first few of each check and counting the rest. */
final class ViolationLog {

  /** Distinct messages kept per check; the rest are only counted. */
  static final int KEPT_PER_CHECK = 10;

  private final Set<String> messages = new LinkedHashSet<>();
  private final Map<ConformanceCheck, Integer> kept = new EnumMap<>(ConformanceCheck.class);
  private final Map<ConformanceCheck, Long> dropped = new EnumMap<>(ConformanceCheck.class);

  void add(ConformanceCheck check, String message) {
    int count = kept.getOrDefault(check, 0);
    if (count >= KEPT_PER_CHECK) {
      dropped.merge(check, 1L, Long::sum);
      return;
    }
    if (messages.add(check.prefix() + message)) {
      kept.put(check, count + 1);
    }
  }

  /** Adds a violation for an unexpected exception. */
  void thrown(ConformanceCheck check, String where, String call, RuntimeException exception) {
    add(check, where + ": " + call + " threw " + describe(exception));
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  List<String> toList() {
    List<String> result = new ArrayList<>(messages);
    dropped.forEach((check, count) -> result.add(check.prefix() + "... and " + count + " more violation"
        + (count == 1 ? "" : "s") + " of this check"));
    return result;
  }

  static String describe(Throwable exception) {
    String message = exception.getMessage();
    return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
