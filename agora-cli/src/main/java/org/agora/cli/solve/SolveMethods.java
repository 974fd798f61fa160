package org.agora.cli.solve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The methods {@code agora solve --method} accepts, in the order help lists them. */
public final class SolveMethods {

  private static final Map<String, SolveMethod> METHODS = register(List.of());

  private SolveMethods() {}

  private static Map<String, SolveMethod> register(List<SolveMethod> methods) {
    Map<String, SolveMethod> byName = new LinkedHashMap<>();
    for (SolveMethod method : methods) {
      byName.put(method.name(), method);
    }
    return Collections.unmodifiableMap(byName);
  }

  /** All methods by name. */
  public static Map<String, SolveMethod> all() {
    return METHODS;
  }
}
