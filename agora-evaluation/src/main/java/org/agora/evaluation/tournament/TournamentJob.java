package org.agora.evaluation.tournament;

import org.agora.core.job.Job;
import org.agora.core.job.JobContext;

/** The {@code tournament} job: plays a {@link TournamentSpec} and summarises its records. */
public final class TournamentJob implements Job<TournamentSpec, TournamentResult> {

  @Override
  public String kind() {
    return TournamentSpec.KIND;
  }

  @Override
  public Class<TournamentSpec> specType() {
    return TournamentSpec.class;
  }

  @Override
  public TournamentResult run(TournamentSpec spec, JobContext context) {
    TournamentRunner runner = new TournamentRunner(spec);
    return TournamentResult.of(spec.agents(), runner.game().playerCount(), runner.run(context, MatchSink.NONE));
  }
}
