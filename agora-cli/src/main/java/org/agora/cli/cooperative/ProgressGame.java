package org.agora.cli.cooperative;

import org.agora.cli.output.ProgressBar;
import org.agora.cooperative.CoalitionGame;

/**
 * A coalition game that forwards every evaluation to another and advances (and redraws, when due) a progress bar once every
 * {@value #STEP} evaluations (a counter and a mask test per call, no allocation). Single-threaded,
 * like the estimators that call it.
 */
public final class ProgressGame implements CoalitionGame {

  /** Evaluations between two advances of the bar. */
  static final int STEP = 1 << 16;

  private final CoalitionGame game;
  private final ProgressBar bar;
  private long evaluations;

  /**
   * @param game the game evaluated
   * @param bar the bar advanced, or null for none
   */
  public ProgressGame(CoalitionGame game, ProgressBar bar) {
    this.game = game;
    this.bar = bar;
  }

  @Override
  public int playerCount() {
    return game.playerCount();
  }

  @Override
  public double value(long coalition) {
    if ((++evaluations & (STEP - 1)) == 0 && bar != null) {
      bar.advance(STEP);
      bar.refresh();
    }
    return game.value(coalition);
  }

  @Override
  public String describe() {
    return game.describe();
  }

  /** The evaluations made so far. */
  public long evaluations() {
    return evaluations;
  }
}
