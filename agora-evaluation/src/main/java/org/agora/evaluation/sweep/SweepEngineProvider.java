package org.agora.evaluation.sweep;

import java.util.Map;

/**
 * Registers a {@link SweepEngine} other than the local one through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.agora.evaluation.sweep.SweepEngineProvider}).
 */
public interface SweepEngineProvider {

  /** The engine's name, as {@code --engine} gives it, e.g. {@code spark}. */
  String name();

  /**
   * Creates the engine.
   *
   * @param options engine options by name, e.g. {@code master} for a Spark master URL (absent: the
   *     engine's default)
   * @throws IllegalArgumentException for an option the engine does not take or a bad value
   */
  SweepEngine create(Map<String, String> options);
}
