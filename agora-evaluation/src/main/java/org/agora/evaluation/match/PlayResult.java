package org.agora.evaluation.match;

import java.util.List;
import org.agora.evaluation.statistics.RunningStatistics;

/**
 * Summary of a series of episodes between agents: the result of the {@code play} job.
 *
 * @param returns per player statistics of the final returns, indexed by player
 * @param gameLength statistics of the number of moves per episode (chance moves included)
 * @param nanos wall-clock duration of the run
 */
public record PlayResult(List<RunningStatistics> returns, RunningStatistics gameLength, long nanos) {

  public PlayResult {
    returns = List.copyOf(returns);
  }

  /** Number of episodes played. */
  public long episodes() {
    return gameLength.count();
  }

  /** Episodes per second of wall-clock time. */
  public double episodesPerSecond() {
    return nanos == 0 ? Double.POSITIVE_INFINITY : episodes() / (nanos / 1e9);
  }
}
