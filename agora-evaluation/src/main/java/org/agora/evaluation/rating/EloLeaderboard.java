package org.agora.evaluation.rating;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Elo ratings of many agents, updated game by game as {@link MatchOutcome}s arrive. A match with
 * more than two seats counts as one game between every pair of seats, all computed from the
 * ratings before the match (with {@code n} seats each agent plays {@code n - 1} games at once).
 * Seats held by the same agent play no game against each other; a self-play match changes nothing
 * (each side would gain what it loses) and is not counted.
 */
public final class EloLeaderboard implements Leaderboard<EloRating> {

  private final Elo system;
  private final Map<String, EloRating> ratings = new HashMap<>();
  private final Map<String, Long> matches = new HashMap<>();

  /** An empty leaderboard of {@code system}. */
  public EloLeaderboard(Elo system) {
    this.system = system;
  }

  /** The rating system. */
  public Elo system() {
    return system;
  }

  @Override
  public void record(MatchOutcome match) {
    if (match.isSelfPlay()) {
      return;
    }
    int seats = match.seats();
    Map<String, Double> changes = new LinkedHashMap<>();
    for (int seat = 0; seat < seats; seat++) {
      String agent = match.agent(seat);
      EloRating player = current(agent);
      double change = 0;
      for (int other = 0; other < seats; other++) {
        if (!match.agent(other).equals(agent)) {
          change += system.change(player, current(match.agent(other)), match.score(seat, other));
        }
      }
      changes.merge(agent, change, Double::sum);
    }
    changes.forEach((agent, change) -> ratings.put(agent, new EloRating(current(agent).rating() + change)));
    match.agents().stream().distinct().forEach(agent -> matches.merge(agent, 1L, Long::sum));
  }

  private EloRating current(String agent) {
    return ratings.getOrDefault(agent, system.initial());
  }

  @Override
  public Optional<EloRating> rating(String agent) {
    return Optional.ofNullable(ratings.get(agent));
  }

  @Override
  public List<RatedAgent<EloRating>> standings() {
    return Standings.sorted(ratings, matches, EloRating::rating);
  }
}
