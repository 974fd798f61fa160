package org.agora.evaluation.rating;

import java.util.List;
import java.util.Optional;

/**
 * An accumulator of ratings keyed by agent name that consumes a stream of {@link MatchOutcome}s.
 * Agents enter with the system's initial rating the first time they appear. Implementations print
 * nothing and are not thread-safe: feed them from one thread, in the order the ratings should see
 * the matches.
 *
 * @param <R> the rating type of the system
 */
public sealed interface Leaderboard<R> permits EloLeaderboard, Glicko2Leaderboard, WengLinLeaderboard {

  /** Takes one match into account. */
  void record(MatchOutcome match);

  /** Takes the matches into account, in order. */
  default void recordAll(Iterable<MatchOutcome> matches) {
    for (MatchOutcome match : matches) {
      record(match);
    }
  }

  /** The current rating of {@code agent}, empty when it has not played. */
  Optional<R> rating(String agent);

  /** Every rated agent, best first (ties broken by name), with its rating and number of rated matches. */
  List<RatedAgent<R>> standings();
}
