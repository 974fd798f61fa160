package org.agora.evaluation.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentSpec;

/**
 * Where a tournament or a sweep runs: the {@link LocalSweepEngine local engine} (this JVM's threads) or
 * another found through {@link SweepEngineProvider} by name (the Spark engine registers {@code spark}).
 * Every engine runs the same specification to the same rows and, through the pure summaries
 * ({@link EvaluationSweep#summarise}, {@link SolverSweep#summarise}), the same figures.
 */
public interface SweepEngine {

  /** The name of the local engine. */
  String LOCAL = "local";

  /** The engine's name, e.g. {@code local}. */
  String name();

  /** Plays every match of a tournament and returns the records in index order. */
  List<MatchRecord> play(TournamentSpec spec, JobContext context);

  /** Runs an evaluation sweep. */
  EvaluationSweepResult run(EvaluationSweepSpec spec, JobContext context);

  /** Runs a solver sweep. */
  SolverSweepResult run(SolverSweepSpec spec, JobContext context);

  /**
   * The engine named {@code name}: {@code local}, or one a {@link SweepEngineProvider} on the class path
   * registers.
   *
   * @param options engine options by name (e.g. {@code master} for Spark); the local engine takes none
   * @throws IllegalArgumentException for an engine that is not built in, or an option it does not take
   */
  static SweepEngine named(String name, Map<String, String> options) {
    if (LOCAL.equals(name)) {
      if (!options.isEmpty()) {
        throw new IllegalArgumentException("the local engine takes no options; got " + String.join(", ",
            options.keySet()));
      }
      return new LocalSweepEngine();
    }
    List<String> known = new ArrayList<>();
    known.add(LOCAL);
    for (SweepEngineProvider provider : ServiceLoader.load(SweepEngineProvider.class,
        SweepEngine.class.getClassLoader())) {
      if (provider.name().equals(name)) {
        return provider.create(options);
      }
      known.add(provider.name());
    }
    throw new IllegalArgumentException("the " + name + " engine is not built in to this agora; engines: "
        + String.join(", ", known));
  }
}
