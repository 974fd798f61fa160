package org.agora.evaluation.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Glicko-2 ratings of many agents, in rating periods: {@link #record} collects the games of the
 * open period and {@link #endPeriod} rates every agent from the ratings at the start of the period
 * ({@link Glicko2}); agents that did not play in the period keep their rating and their deviation
 * grows. A match with more than two seats counts as one game between every pair of seats held by
 * different agents; self-play matches are not counted.
 *
 * <p>The result of a period does not depend on the order of its matches: each agent's games are
 * put in a canonical order (by opponent name, then score) before they are summed, so that even
 * the rounding is the same.
 */
public final class Glicko2Leaderboard implements Leaderboard<Glicko2Rating> {

  private static final Comparator<PeriodGame> CANONICAL =
      Comparator.comparing(PeriodGame::opponent).thenComparingDouble(PeriodGame::score);

  private final Glicko2 system;
  private final Map<String, Glicko2Rating> ratings = new HashMap<>();
  private final Map<String, Long> matches = new HashMap<>();
  private final Map<String, List<PeriodGame>> period = new HashMap<>();
  private long periodMatches;
  private long periods;

  /** An empty leaderboard of {@code system}. */
  public Glicko2Leaderboard(Glicko2 system) {
    this.system = system;
  }

  /** The rating system. */
  public Glicko2 system() {
    return system;
  }

  /**
   * Adds the match to the open rating period; ratings change only at {@link #endPeriod}. An agent
   * seen for the first time gets the initial rating at once.
   */
  @Override
  public void record(MatchOutcome match) {
    for (String agent : match.agents()) {
      ratings.putIfAbsent(agent, system.initial());
    }
    if (match.isSelfPlay()) {
      return;
    }
    for (int seat = 0; seat < match.seats(); seat++) {
      String agent = match.agent(seat);
      for (int other = 0; other < match.seats(); other++) {
        if (!match.agent(other).equals(agent)) {
          period.computeIfAbsent(agent, key -> new ArrayList<>())
              .add(new PeriodGame(match.agent(other), match.score(seat, other)));
        }
      }
    }
    match.agents().stream().distinct().forEach(agent -> matches.merge(agent, 1L, Long::sum));
    periodMatches++;
  }

  /**
   * Closes the rating period: every known agent is rated from the ratings at the start of the
   * period, those without games only gaining deviation.
   */
  public void endPeriod() {
    Map<String, Glicko2Rating> next = new HashMap<>(ratings.size());
    ratings.forEach((agent, rating) -> {
      List<PeriodGame> games = new ArrayList<>(period.getOrDefault(agent, List.of()));
      games.sort(CANONICAL);
      List<Glicko2Game> rated = new ArrayList<>(games.size());
      for (PeriodGame game : games) {
        rated.add(new Glicko2Game(ratings.get(game.opponent()), game.score()));
      }
      next.put(agent, system.update(rating, rated));
    });
    ratings.putAll(next);
    period.clear();
    periodMatches = 0;
    periods++;
  }

  /** Number of matches recorded in the open period. */
  public long openPeriodMatches() {
    return periodMatches;
  }

  /** Number of periods closed so far. */
  public long periods() {
    return periods;
  }

  /** The rating as at the end of the last closed period (the initial one for agents new in the open period). */
  @Override
  public Optional<Glicko2Rating> rating(String agent) {
    return Optional.ofNullable(ratings.get(agent));
  }

  /** Standings by rating, as at the end of the last closed period. */
  @Override
  public List<RatedAgent<Glicko2Rating>> standings() {
    return Standings.sorted(ratings, matches, Glicko2Rating::rating);
  }

  private record PeriodGame(String opponent, double score) {}
}
