package org.agora.evaluation.psro;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.job.Job;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;

/**
 * The {@code psro} job: compiles the game of a {@link PsroSpec} and runs {@link Psro}. Progress
 * counts rows (meta-game sizes) out of {@code iterations + 1}.
 */
public final class PsroJob implements Job<PsroSpec, PsroResult> {

  @Override
  public String kind() {
    return PsroSpec.KIND;
  }

  @Override
  public Class<PsroSpec> specType() {
    return PsroSpec.class;
  }

  @Override
  public PsroResult run(PsroSpec spec, JobContext context) {
    return run(spec, context, MatchSink.NONE);
  }

  /** Runs {@code spec}, sending the meta-game's records to {@code sink}. */
  public PsroResult run(PsroSpec spec, JobContext context, MatchSink sink) {
    return run(spec, GameRegistry.create(spec.game()), context, sink);
  }

  /**
   * Runs {@code spec} on a game already built (one read from a file or an upload); the spec's game
   * string then only labels it and is never looked up.
   *
   * @throws IllegalArgumentException when the game does not have two players
   */
  public PsroResult run(PsroSpec spec, Game game, JobContext context, MatchSink sink) {
    if (game.playerCount() != 2) {
      throw new IllegalArgumentException("PSRO needs a two-player game; " + game.name() + " has "
          + game.playerCount() + " players");
    }
    GameTree tree = GameTreeCompiler.compile(game);
    double[] initial = spec.initialPolicy().equals("uniform") ? tree.uniformBehaviour()
        : Psro.firstActionBehaviour(tree);
    Psro psro = new Psro(tree, MetaSolvers.parse(spec.metaSolver()), initial);
    return psro.run(spec.iterations(), spec.stopBelow(), context, sink, row -> { });
  }
}
