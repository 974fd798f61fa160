/**
 * Tournaments: schedules of seatings ({@link org.agora.evaluation.tournament.Schedule}), a
 * serialisable {@link org.agora.evaluation.tournament.TournamentSpec}, the parallel, resumable
 * {@link org.agora.evaluation.tournament.TournamentRunner} that emits one
 * {@link org.agora.evaluation.tournament.MatchRecord} per match to a
 * {@link org.agora.evaluation.tournament.MatchSink}, and the summary
 * {@link org.agora.evaluation.tournament.TournamentResult} built from the records.
 */
package org.agora.evaluation.tournament;
