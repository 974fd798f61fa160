/**
 * Ratings of agents from a stream of match results ({@link org.agora.evaluation.rating.MatchOutcome}):
 * {@link org.agora.evaluation.rating.Elo} (Elo 1978), {@link org.agora.evaluation.rating.Glicko2}
 * (Glickman's Glicko-2 with rating periods) and {@link org.agora.evaluation.rating.WengLin} (the
 * Bayesian skill rating of Weng and Lin for n-player and team games, Plackett–Luce and
 * Bradley–Terry models as in OpenSkill). Each has an immutable rating record and a
 * {@link org.agora.evaluation.rating.Leaderboard} that accumulates ratings keyed by agent name.
 * Nothing here prints.
 */
package org.agora.evaluation.rating;
