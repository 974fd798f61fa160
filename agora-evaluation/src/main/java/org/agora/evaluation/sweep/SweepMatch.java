package org.agora.evaluation.sweep;

import java.io.Serializable;
import java.util.Objects;
import org.agora.evaluation.tournament.MatchRecord;

/**
 * One match of an evaluation sweep: the index of its seed in the specification's seeds list and the
 * match as its seed's tournament played it.
 *
 * @param seedIndex index into {@link EvaluationSweepSpec#seeds()}
 * @param match the match
 */
public record SweepMatch(int seedIndex, MatchRecord match) implements Serializable {

  private static final long serialVersionUID = 1L;

  public SweepMatch {
    Objects.requireNonNull(match, "match");
    if (seedIndex < 0) {
      throw new IllegalArgumentException("seed index must be >= 0, got " + seedIndex);
    }
  }
}
