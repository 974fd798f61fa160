package org.agora.evaluation.sweep;

import java.util.List;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;

/** The engine of this JVM: the context's threads ({@link TournamentRunner}, {@link EvaluationSweep}, {@link SolverSweep}). */
public final class LocalSweepEngine implements SweepEngine {

  @Override
  public String name() {
    return LOCAL;
  }

  @Override
  public List<MatchRecord> play(TournamentSpec spec, JobContext context) {
    return new TournamentRunner(spec).run(context, MatchSink.NONE);
  }

  @Override
  public EvaluationSweepResult run(EvaluationSweepSpec spec, JobContext context) {
    return EvaluationSweep.run(spec, context);
  }

  @Override
  public SolverSweepResult run(SolverSweepSpec spec, JobContext context) {
    return SolverSweep.run(spec, context);
  }
}
