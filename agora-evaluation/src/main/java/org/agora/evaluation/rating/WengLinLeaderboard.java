package org.agora.evaluation.rating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Weng–Lin skill beliefs of many agents ({@link WengLin}), updated match by match. In a
 * {@link MatchOutcome} each seat is a team of one, ranked by its return (ties share a rank);
 * {@link #recordTeams} rates team games. Standings sort by the conservative estimate
 * {@code mu - 3 sigma}. A self-play match is not counted; any other match with the same agent in
 * two seats is refused, since one agent cannot hold two beliefs.
 */
public final class WengLinLeaderboard implements Leaderboard<WengLinRating> {

  private final WengLin system;
  private final Map<String, WengLinRating> ratings = new HashMap<>();
  private final Map<String, Long> matches = new HashMap<>();

  /** An empty leaderboard of {@code system}. */
  public WengLinLeaderboard(WengLin system) {
    this.system = system;
  }

  /** The rating system. */
  public WengLin system() {
    return system;
  }

  @Override
  public void record(MatchOutcome match) {
    if (match.isSelfPlay()) {
      return;
    }
    List<List<String>> teams = new ArrayList<>(match.seats());
    for (String agent : match.agents()) {
      teams.add(List.of(agent));
    }
    rate(teams, match.ranks());
  }

  /**
   * Rates a team game.
   *
   * @param teams the agent names of each team (at least two teams, none empty, no agent twice)
   * @param teamReturns each team's return, higher is better, equal for a tie
   */
  public void recordTeams(List<List<String>> teams, double[] teamReturns) {
    if (teams.size() != teamReturns.length) {
      throw new IllegalArgumentException("a team game needs one return per team: " + teams.size() + " teams "
          + teams + " but " + teamReturns.length + " returns");
    }
    int[] ranks = new int[teamReturns.length];
    for (int i = 0; i < ranks.length; i++) {
      if (!Double.isFinite(teamReturns[i])) {
        throw new IllegalArgumentException("the return of team " + i + " " + teams.get(i) + " must be finite, got "
            + teamReturns[i]);
      }
      for (double other : teamReturns) {
        if (other > teamReturns[i]) {
          ranks[i]++;
        }
      }
    }
    rate(teams, ranks);
  }

  private void rate(List<List<String>> teams, int[] ranks) {
    Set<String> seen = new HashSet<>();
    List<List<WengLinRating>> before = new ArrayList<>(teams.size());
    for (List<String> team : teams) {
      List<WengLinRating> beliefs = new ArrayList<>(team.size());
      for (String agent : team) {
        if (agent == null || agent.isBlank()) {
          throw new IllegalArgumentException("an agent name in team " + team + " is blank");
        }
        if (!seen.add(agent)) {
          throw new IllegalArgumentException("agent " + agent + " appears twice in one match " + teams
              + "; Weng-Lin ratings need distinct agents");
        }
        beliefs.add(ratings.getOrDefault(agent, system.initial()));
      }
      before.add(beliefs);
    }
    List<List<WengLinRating>> after = system.rate(before, ranks);
    for (int i = 0; i < teams.size(); i++) {
      for (int j = 0; j < teams.get(i).size(); j++) {
        String agent = teams.get(i).get(j);
        ratings.put(agent, after.get(i).get(j));
        matches.merge(agent, 1L, Long::sum);
      }
    }
  }

  @Override
  public Optional<WengLinRating> rating(String agent) {
    return Optional.ofNullable(ratings.get(agent));
  }

  @Override
  public List<RatedAgent<WengLinRating>> standings() {
    return Standings.sorted(ratings, matches, WengLinRating::ordinal);
  }
}
