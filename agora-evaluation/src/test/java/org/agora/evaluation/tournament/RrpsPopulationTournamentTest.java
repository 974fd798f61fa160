package org.agora.evaluation.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agora.core.AgentRegistry;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.population.AgentMetrics;
import org.agora.evaluation.population.PopulationMetrics;
import org.junit.jupiter.api.Test;

/**
 * The rrps population (agora-agents) in a round robin: the shape of the published RoShamBo results
 * (Lanctot et al. 2023's cross-table) holds for our bots, written from the entries' descriptions.
 */
class RrpsPopulationTournamentTest {

  @Test
  void theCompetitionWinnersLeadAndTheFixedBotsAreFullyExploited() {
    List<String> bots = AgentRegistry.family("rrps");
    assertThat(bots).hasSize(43);
    TournamentSpec spec = TournamentSpec.roundRobin("repeated_rock_paper_scissors", bots, 2, 2023);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    TournamentResult result;
    try {
      TournamentRunner runner = new TournamentRunner(spec);
      result = TournamentResult.of(bots, 2,
          runner.run(new JobContext(ProgressListener.NONE, Cancellation.never(), pool, 2), MatchSink.NONE));
    } finally {
      pool.shutdownNow();
    }
    PopulationMetrics metrics = PopulationMetrics.of(result.crossTable());
    List<AgentMetrics> ranked = metrics.rankedByAggregateScore();

    // as in the published table: greenberg and iocainebot lead on aggregate score
    assertThat(ranked.subList(0, 2)).extracting(AgentMetrics::agent).containsExactlyInAnyOrder("greenberg", "iocainebot");
    // rockbot is beaten on nearly every throw by some bot; randbot's population return is near 0
    assertThat(metrics.agent("rockbot").withinPopulationExploitability()).isGreaterThan(990);
    assertThat(Math.abs(metrics.agent("randbot").populationReturn())).isLessThan(15);
  }
}
