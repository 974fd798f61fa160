package org.agora.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.agora.core.Game;
import org.agora.core.job.JobSpec;

/**
 * A job request that passed every check: the library specification to run, the normalised request
 * (recorded as the run's specification, and read back to resume it), a title, and for a job on an
 * uploaded game the game itself (the specification then names it by its id, {@code upload-N}, which
 * no registry knows: the job runs on this game as built).
 *
 * @param spec the specification (SolveSpec, TournamentSpec or PsroSpec)
 * @param request the normalised request JSON
 * @param title a short title, e.g. {@code cfr+ on kuhn_poker}
 * @param uploadedGame the uploaded game the job runs on, or null when {@code spec}'s game string names it
 * @param total the progress total known in advance (matches of a tournament), or -1
 */
record PreparedJob(JobSpec spec, ObjectNode request, String title, Game uploadedGame, long total) {

  String kind() {
    return spec.kind();
  }
}
