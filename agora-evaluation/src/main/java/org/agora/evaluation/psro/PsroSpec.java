package org.agora.evaluation.psro;

import java.util.Objects;
import org.agora.core.job.JobSpec;

/**
 * The specification of a {@code psro} job.
 *
 * @param game a two-player game string the tree compiler accepts, e.g. {@code kuhn_poker}
 * @param iterations best-response rounds at most (rows 0 to {@code iterations} are reported)
 * @param metaSolver a meta-solver string ({@link MetaSolvers#parse})
 * @param initialPolicy {@code uniform} or {@code first_action}
 * @param stopBelow stop once the exploitability (NashConv for general-sum games) is at most this;
 *     0 or less runs every iteration unless it reaches exactly 0
 */
public record PsroSpec(String game, int iterations, String metaSolver, String initialPolicy, double stopBelow)
    implements JobSpec {

  private static final long serialVersionUID = 1L;

  /** The job kind. */
  public static final String KIND = "psro";

  public PsroSpec {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(metaSolver, "metaSolver");
    Objects.requireNonNull(initialPolicy, "initialPolicy");
    if (game.isBlank()) {
      throw new IllegalArgumentException("the game string is empty; give a game such as kuhn_poker");
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
    }
    if (!initialPolicy.equals("uniform") && !initialPolicy.equals("first_action")) {
      throw new IllegalArgumentException("initial policy must be uniform or first_action, got '" + initialPolicy + "'");
    }
    if (Double.isNaN(stopBelow)) {
      throw new IllegalArgumentException("stopBelow must be a number");
    }
    MetaSolvers.parse(metaSolver);
  }

  /** PSRO with a Nash meta-solver from the uniform policy, running every iteration. */
  public static PsroSpec of(String game, int iterations, String metaSolver) {
    return new PsroSpec(game, iterations, metaSolver, "uniform", 0.0);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
