package org.agora.evaluation.match;

import java.util.List;
import java.util.Objects;
import org.agora.core.job.JobSpec;

/**
 * The specification of a {@code play} job: a series of episodes of a registered game between
 * registered agents. Same specification, same numbers, on any number of threads (see
 * {@link EpisodeRunner}).
 *
 * @param game a game string such as {@code kuhn_poker(players=3)}, resolved by the game registry
 * @param agents one agent string per player, in player order (a single agent for all players is
 *     expanded by whoever builds the specification)
 * @param episodes number of episodes, at least 1
 * @param seed the seed every random choice derives from
 */
public record PlaySpec(String game, List<String> agents, long episodes, long seed) implements JobSpec {

  /** The kind name of the play job. */
  public static final String KIND = "play";

  private static final long serialVersionUID = 1L;

  public PlaySpec {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(agents, "agents");
    if (game.isBlank()) {
      throw new IllegalArgumentException("the game string is empty; give a game such as kuhn_poker");
    }
    if (agents.isEmpty()) {
      throw new IllegalArgumentException("no agents were given; give one agent per player");
    }
    for (int i = 0; i < agents.size(); i++) {
      if (agents.get(i) == null || agents.get(i).isBlank()) {
        throw new IllegalArgumentException("agent " + i + " is empty; give an agent string such as random");
      }
    }
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
    }
    agents = List.copyOf(agents);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
