package org.agora.evaluation.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.agora.core.job.JobSpec;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentSpec;

/**
 * The specification of an evaluation sweep: every agent against every opponent in a two-player game,
 * {@code matchesPerPairing} matches per pairing with seats alternating, once per seed.
 *
 * <p>It is run as one tournament per seed ({@link #tournaments()}), so the unit of work any engine
 * distributes is a (seed index, tournament block) pair played by
 * {@link org.agora.evaluation.tournament.TournamentRunner#playBlock}, and a match's seed derives from
 * (seed, pairing, match) alone.
 *
 * @param game a two-player game string
 * @param agents the agents evaluated (agent strings)
 * @param opponents the opponents they meet (agent strings; may repeat agents)
 * @param matchesPerPairing matches per (agent, opponent) pairing and seed, at least 1
 * @param seeds the tournament seeds, distinct, at least one
 */
public record EvaluationSweepSpec(String game, List<String> agents, List<String> opponents, int matchesPerPairing,
    List<Long> seeds) implements JobSpec {

  private static final long serialVersionUID = 1L;

  /** The job kind. */
  public static final String KIND = "evaluation-sweep";

  public EvaluationSweepSpec {
    if (game == null || game.isBlank()) {
      throw new IllegalArgumentException("the game string is empty; give a two-player game such as"
          + " repeated_rock_paper_scissors");
    }
    agents = strings("agents", "agent", agents);
    opponents = strings("opponents", "opponent", opponents);
    if (matchesPerPairing < 1) {
      throw new IllegalArgumentException("matches per pairing must be >= 1, got " + matchesPerPairing);
    }
    seeds = seeds(seeds);
    long matches = (long) agents.size() * opponents.size() * matchesPerPairing;
    if (matches > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the sweep has " + matches + " matches per seed; at most "
          + Integer.MAX_VALUE + " are supported");
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** Matches of the whole sweep: agents x opponents x matches per pairing x seeds. */
  public long matchCount() {
    return (long) agents.size() * opponents.size() * matchesPerPairing * seeds.size();
  }

  /**
   * One tournament per seed, in seeds order, over the agent list {@code agents ++ opponents} with the
   * custom seatings {@code {i, agents.size() + j}} for every agent {@code i} and opponent {@code j}
   * (agent-major: pairing {@code i * opponents.size() + j}).
   */
  public List<TournamentSpec> tournaments() {
    List<String> all = new ArrayList<>(agents.size() + opponents.size());
    all.addAll(agents);
    all.addAll(opponents);
    List<int[]> seatings = new ArrayList<>(agents.size() * opponents.size());
    for (int i = 0; i < agents.size(); i++) {
      for (int j = 0; j < opponents.size(); j++) {
        seatings.add(new int[] {i, agents.size() + j});
      }
    }
    Schedule schedule = new Schedule.Custom(seatings);
    List<TournamentSpec> tournaments = new ArrayList<>(seeds.size());
    for (long seed : seeds) {
      tournaments.add(new TournamentSpec(game, all, schedule, matchesPerPairing, seed));
    }
    return List.copyOf(tournaments);
  }

  private static List<String> strings(String field, String what, List<String> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("no " + field + " were given; give at least one " + what + " string");
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null || values.get(i).isBlank()) {
        throw new IllegalArgumentException(what + " " + i + " is empty; give an agent string such as random");
      }
    }
    return List.copyOf(values);
  }

  /** Checks a seeds list: at least one, no nulls, no repeats. */
  static List<Long> seeds(List<Long> seeds) {
    if (seeds == null || seeds.isEmpty()) {
      throw new IllegalArgumentException("no seeds were given; give at least one seed, e.g. [0]");
    }
    Set<Long> seen = new HashSet<>();
    for (Long seed : seeds) {
      Objects.requireNonNull(seed, "seed");
      if (!seen.add(seed)) {
        throw new IllegalArgumentException("seed " + seed + " is given twice; seeds must be distinct");
      }
    }
    return List.copyOf(seeds);
  }
}
