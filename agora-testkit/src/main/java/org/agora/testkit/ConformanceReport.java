package org.agora.testkit;

import java.util.List;
import java.util.Objects;

/**
 * Result of {@link GameConformance#check}: every violation found (each prefixed by its check's
 * label, see {@link ConformanceCheck}), the number of playouts run and of states checked.
 *
 * <p>A check that fails at many states reports its first few violations and then one line counting
 * the rest, so a badly broken game gives a readable report.
 *
 * @param gameName the game's {@code name()}
 * @param violations violation messages, in the order found
 * @param playouts playouts run
 * @param statesChecked states that went through the per-state checks (playouts and enumeration)
 */
public record ConformanceReport(String gameName, List<String> violations, long playouts, long statesChecked) {

  public ConformanceReport {
    Objects.requireNonNull(gameName, "gameName");
    violations = List.copyOf(violations);
  }

  /** True when no check found a violation. */
  public boolean passed() {
    return violations.isEmpty();
  }

  /** The violations of one check. */
  public List<String> violationsOf(ConformanceCheck check) {
    String prefix = check.prefix();
    return violations.stream().filter(violation -> violation.startsWith(prefix)).toList();
  }

  /** A readable summary listing at most {@code limit} violations. */
  public String summary(int limit) {
    if (passed()) {
      return gameName + " conforms (" + playouts + " playouts, " + statesChecked + " states checked)";
    }
    StringBuilder out = new StringBuilder();
    out.append(gameName).append(" has ").append(violations.size()).append(" conformance violation")
        .append(violations.size() == 1 ? "" : "s").append(" (").append(playouts).append(" playouts, ")
        .append(statesChecked).append(" states checked):");
    int shown = Math.min(limit, violations.size());
    for (int i = 0; i < shown; i++) {
      out.append("\n  ").append(violations.get(i));
    }
    if (shown < violations.size()) {
      out.append("\n  ... and ").append(violations.size() - shown).append(" more");
    }
    return out.toString();
  }
}
