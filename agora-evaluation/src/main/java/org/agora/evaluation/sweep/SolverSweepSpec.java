package org.agora.evaluation.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpec;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobSpec;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverProvider;
import org.agora.core.solve.SolverRegistry;

/**
 * The specification of a solver sweep: every registered game string solved by every solver string at
 * every point of a parameter grid, once per seed, under job-level {@link SolveLimits}.
 *
 * <p><b>Expansion</b> ({@link #tasks()}): for each game in order, each solver in order, each grid point,
 * each seed in order. The grid maps solver parameter names to the values to try; its keys are taken in
 * sorted order and a point is one value per key, the last key varying fastest. A solver is swept over
 * the keys it declares only (a key no solver declares is an error), so {@code lp} in a sweep with an
 * {@code iterations} grid runs once per seed. The grid's values are appended to the solver string
 * (a key the string already sets is an error).
 *
 * <p><b>Seeds</b>: the seed is substituted as the {@code seed} parameter of the game (e.g.
 * {@code random_normal_form}) and of the solver (e.g. {@code mccfr-external}) wherever one declares
 * it and its string does not set it. A (game, solver, point) in which neither takes the seed runs once,
 * for the first seed: further seeds would repeat the same deterministic solve.
 *
 * @param games game strings of registered games
 * @param solvers solver strings
 * @param grid solver parameter name to the values to try (raw strings); null or empty for none
 * @param seeds the seeds, distinct, at least one
 * @param limits the limits of every solve; null for the defaults
 */
public record SolverSweepSpec(List<String> games, List<String> solvers, Map<String, List<String>> grid,
    List<Long> seeds, SolveLimits limits) implements JobSpec {

  private static final long serialVersionUID = 1L;

  /** The job kind. */
  public static final String KIND = "solver-sweep";

  /** The name of the parameter seeds are substituted into. */
  public static final String SEED = "seed";

  public SolverSweepSpec {
    games = strings("games", "game", "kuhn_poker", games);
    solvers = strings("solvers", "solver", "lp", solvers);
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    if (grid != null) {
      for (Map.Entry<String, List<String>> entry : grid.entrySet()) {
        String key = entry.getKey();
        if (key == null || key.isBlank()) {
          throw new IllegalArgumentException("a grid key is empty; give solver parameter names such as iterations");
        }
        if (key.equals(SEED)) {
          throw new IllegalArgumentException("the grid cannot sweep 'seed'; give the seeds in the seeds list");
        }
        List<String> values = entry.getValue();
        if (values == null || values.isEmpty()) {
          throw new IllegalArgumentException("grid key '" + key + "' has no values; give at least one");
        }
        for (String value : values) {
          if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("grid key '" + key + "' has an empty value");
          }
        }
        sorted.put(key, List.copyOf(values));
      }
    }
    grid = Collections.unmodifiableMap(sorted);
    seeds = EvaluationSweepSpec.seeds(seeds);
    limits = limits == null ? SolveLimits.defaults() : limits;
  }

  /** A sweep without a grid, with the default limits. */
  public static SolverSweepSpec of(List<String> games, List<String> solvers, List<Long> seeds) {
    return new SolverSweepSpec(games, solvers, null, seeds, null);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * The solves, in the documented order, numbered from 0.
   *
   * @throws IllegalArgumentException for an unknown game or solver, a bad parameter value, a grid key
   *     no solver declares or one a solver string already sets (the message names it)
   */
  public List<SolveTask> tasks() {
    List<Planned> plan = plan();
    List<SolveTask> tasks = new ArrayList<>(plan.size());
    for (Planned planned : plan) {
      tasks.add(planned.task());
    }
    return List.copyOf(tasks);
  }

  /** A task with the (game, solver) it is aggregated under: the strings before the seed went in. */
  record Planned(SolveTask task, String gameLabel, String solverLabel) {}

  /** The expansion with each task's aggregation labels. */
  List<Planned> plan() {
    List<String> unusedKeys = new ArrayList<>(grid.keySet());
    List<Planned> plan = new ArrayList<>();
    for (String gameString : games) {
      GameSpec game = GameSpec.parse(gameString);
      GameProvider gameProvider = GameRegistry.provider(game.name());
      GameParameters.resolve(game.name(), gameProvider.parameters(), game.arguments());
      boolean gameSeeded = declares(gameProvider.parameters()) && !game.arguments().containsKey(SEED);
      for (String solverString : solvers) {
        GameSpec solver = GameSpec.parse(solverString);
        SolverProvider solverProvider = SolverRegistry.provider(solver.name());
        List<String> keys = new ArrayList<>();
        for (ParameterSpec parameter : solverProvider.parameters()) {
          if (grid.containsKey(parameter.name())) {
            keys.add(parameter.name());
          }
        }
        keys.sort(null);
        unusedKeys.removeAll(keys);
        for (String key : keys) {
          if (solver.arguments().containsKey(key)) {
            throw new IllegalArgumentException("solver " + solverString + " sets " + key
                + ", which the grid sweeps; remove one of them");
          }
        }
        boolean solverSeeded = declares(solverProvider.parameters()) && !solver.arguments().containsKey(SEED);
        for (Map<String, String> point : points(keys)) {
          Map<String, String> solverArguments = new LinkedHashMap<>(solver.arguments());
          solverArguments.putAll(point);
          String solverLabel = format(solver.name(), solverArguments);
          String gameLabel = format(game.name(), game.arguments());
          List<Long> taskSeeds = gameSeeded || solverSeeded ? seeds : seeds.subList(0, 1);
          for (long seed : taskSeeds) {
            String gameTask = gameSeeded ? with(game.name(), game.arguments(), seed) : gameLabel;
            String solverTask = solverSeeded ? with(solver.name(), solverArguments, seed) : solverLabel;
            if (gameSeeded) {
              GameParameters.resolve(game.name(), gameProvider.parameters(), GameSpec.parse(gameTask).arguments());
            }
            SolverRegistry.configure(solverTask);
            plan.add(new Planned(new SolveTask(plan.size(), gameTask, solverTask, seed), gameLabel, solverLabel));
          }
        }
      }
    }
    if (!unusedKeys.isEmpty()) {
      throw new IllegalArgumentException("grid key '" + unusedKeys.get(0) + "' is a parameter of none of the"
          + " solvers " + String.join(", ", solvers));
    }
    return plan;
  }

  /** Every point of the grid over {@code keys} (sorted), the last key varying fastest. */
  private List<Map<String, String>> points(List<String> keys) {
    List<Map<String, String>> points = new ArrayList<>();
    points.add(new LinkedHashMap<>());
    for (String key : keys) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> point : points) {
        for (String value : grid.get(key)) {
          Map<String, String> extended = new LinkedHashMap<>(point);
          extended.put(key, value);
          next.add(extended);
        }
      }
      points = next;
    }
    return points;
  }

  private static boolean declares(List<ParameterSpec> parameters) {
    for (ParameterSpec parameter : parameters) {
      if (parameter.name().equals(SEED)) {
        return true;
      }
    }
    return false;
  }

  private static String with(String name, Map<String, String> arguments, long seed) {
    Map<String, String> seeded = new LinkedHashMap<>(arguments);
    seeded.put(SEED, Long.toString(seed));
    return format(name, seeded);
  }

  /** {@code name(key=value,...)}, values quoted when needed; just the name without arguments. */
  static String format(String name, Map<String, String> arguments) {
    if (arguments.isEmpty()) {
      return name;
    }
    StringBuilder text = new StringBuilder(name).append('(');
    boolean first = true;
    for (Map.Entry<String, String> argument : arguments.entrySet()) {
      text.append(first ? "" : ",").append(argument.getKey()).append('=')
          .append(GameSpec.quoteIfNeeded(argument.getValue()));
      first = false;
    }
    return text.append(')').toString();
  }

  private static List<String> strings(String field, String what, String example, List<String> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("no " + field + " were given; give at least one " + what + " string such as "
          + example);
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null || values.get(i).isBlank()) {
        throw new IllegalArgumentException(what + " " + i + " is empty; give a " + what + " string such as " + example);
      }
    }
    return List.copyOf(values);
  }
}
