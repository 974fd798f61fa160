package org.agora.core.solve;

import java.util.List;
import org.agora.core.Rational;

/**
 * A policy's row at one information state.
 *
 * @param player the player who acts there
 * @param key the information-state key
 * @param actions the legal action ids
 * @param actionNames the actions' names
 * @param probabilities the probability of each action
 * @param exactProbabilities the exact probabilities, or null when the solver is not exact
 */
public record InformationStatePolicy(int player, String key, int[] actions, List<String> actionNames,
    double[] probabilities, Rational[] exactProbabilities) {

  public InformationStatePolicy {
    actionNames = List.copyOf(actionNames);
  }
}
