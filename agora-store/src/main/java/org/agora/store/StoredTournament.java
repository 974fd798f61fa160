package org.agora.store;

import java.time.Instant;
import java.util.Objects;
import org.agora.evaluation.tournament.TournamentSpec;

/**
 * A tournament as the store holds it: its id and specification, the number of players of its game,
 * the matches it has in all and those stored so far, its status and when it was created and last
 * changed status.
 *
 * @param id the store's id of the tournament
 * @param spec the specification it was created from
 * @param players players of the game (seats per match)
 * @param expectedMatches all matches of the tournament
 * @param storedMatches matches stored so far
 * @param status where it stands
 * @param createdAt when it was created
 * @param updatedAt when its status last changed
 */
public record StoredTournament(long id, TournamentSpec spec, int players, long expectedMatches, long storedMatches,
    TournamentStatus status, Instant createdAt, Instant updatedAt) {

  public StoredTournament {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** True when every match is stored. */
  public boolean allMatchesStored() {
    return storedMatches >= expectedMatches;
  }
}
