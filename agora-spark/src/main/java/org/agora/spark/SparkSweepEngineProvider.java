package org.agora.spark;

import java.util.Map;
import org.agora.evaluation.sweep.SweepEngine;
import org.agora.evaluation.sweep.SweepEngineProvider;

/** Registers the {@code spark} engine ({@link SparkSweepEngine}) for {@code --engine spark}. */
public final class SparkSweepEngineProvider implements SweepEngineProvider {

  @Override
  public String name() {
    return SparkSweepEngine.NAME;
  }

  @Override
  public SweepEngine create(Map<String, String> options) {
    return SparkSweepEngine.of(options);
  }
}
