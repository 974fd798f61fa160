package org.agora.evaluation.rating;

/**
 * One row of a {@link Leaderboard}'s standings.
 *
 * @param agent the agent name
 * @param rating its current rating
 * @param score the number the standings are sorted by (higher is better), for example the Elo
 *     rating or the Weng–Lin conservative estimate {@code mu - 3 sigma}
 * @param matches the number of matches of this agent taken into account (self-play excluded)
 * @param <R> the rating type
 */
public record RatedAgent<R>(String agent, R rating, double score, long matches) {}
