package org.agora.evaluation.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Sorting of a leaderboard's ratings into standings (best first, ties by name). */
final class Standings {

  private Standings() {}

  static <R> List<RatedAgent<R>> sorted(Map<String, R> ratings, Map<String, Long> matches,
      ToDoubleFunction<R> score) {
    List<RatedAgent<R>> rows = new ArrayList<>(ratings.size());
    ratings.forEach((agent, rating) ->
        rows.add(new RatedAgent<>(agent, rating, score.applyAsDouble(rating), matches.getOrDefault(agent, 0L))));
    rows.sort(Comparator.comparingDouble((RatedAgent<R> row) -> -row.score()).thenComparing(RatedAgent::agent));
    return List.copyOf(rows);
  }
}
