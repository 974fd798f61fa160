package org.agora.evaluation.tournament;

import java.util.List;
import java.util.Objects;
import org.agora.core.job.JobSpec;

/**
 * The specification of a tournament job: a game string, agent strings (indexes into this list name
 * the agents everywhere else), a {@link Schedule}, the number of matches per pairing and a seed.
 *
 * @param game a game string, e.g. {@code repeated_rock_paper_scissors}
 * @param agents agent strings, e.g. {@code random}, {@code mcts(simulations=100)}
 * @param schedule which groups of agents meet
 * @param matchesPerPairing matches per pairing, seats rotating from match to match
 * @param seed the tournament seed, from which every match's seed derives
 */
public record TournamentSpec(String game, List<String> agents, Schedule schedule, int matchesPerPairing, long seed)
    implements JobSpec {

  private static final long serialVersionUID = 1L;

  /** The job kind. */
  public static final String KIND = "tournament";

  public TournamentSpec {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(schedule, "schedule");
    if (game.isBlank()) {
      throw new IllegalArgumentException("the game string is empty; give a game such as kuhn_poker");
    }
    if (agents.isEmpty()) {
      throw new IllegalArgumentException("no agents were given");
    }
    for (int i = 0; i < agents.size(); i++) {
      if (agents.get(i) == null || agents.get(i).isBlank()) {
        throw new IllegalArgumentException("agent " + i + " is empty; give an agent string such as random");
      }
    }
    if (matchesPerPairing < 1) {
      throw new IllegalArgumentException("matches per pairing must be >= 1, got " + matchesPerPairing);
    }
    agents = List.copyOf(agents);
  }

  /** A round robin without self-play. */
  public static TournamentSpec roundRobin(String game, List<String> agents, int matchesPerPairing, long seed) {
    return new TournamentSpec(game, agents, new Schedule.RoundRobin(false), matchesPerPairing, seed);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
