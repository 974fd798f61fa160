package org.agora.evaluation.match;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.job.Job;
import org.agora.core.job.JobContext;

/**
 * The {@code play} job kind: creates the game of a {@link PlaySpec} through the game registry and
 * plays its episodes with an {@link EpisodeRunner}. Stateless.
 */
public final class PlayJob implements Job<PlaySpec, PlayResult> {

  @Override
  public String kind() {
    return PlaySpec.KIND;
  }

  @Override
  public Class<PlaySpec> specType() {
    return PlaySpec.class;
  }

  /**
   * Plays {@code spec}; progress counts episodes.
   *
   * @throws org.agora.core.GameSpecException for a bad game or agent string
   * @throws IllegalArgumentException if the number of agents differs from the number of players
   * @throws MatchFailure if an agent broke the rules or the game did not end
   */
  @Override
  public PlayResult run(PlaySpec spec, JobContext context) {
    Game game = GameRegistry.create(spec.game());
    return new EpisodeRunner(game, spec.agents(), spec.seed()).run(spec.episodes(), context);
  }
}
