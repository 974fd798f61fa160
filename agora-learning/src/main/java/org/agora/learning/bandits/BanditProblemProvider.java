package org.agora.learning.bandits;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

/**
 * Creates one kind of bandit problem from its validated parameters, declared with agora-core's
 * {@link ParameterSpec} machinery. List-valued parameters (means, change points) are TEXT parameters
 * read with {@link ParameterLists}.
 */
public interface BanditProblemProvider {

  /** Name used in problem strings, e.g. {@code bernoulli}. */
  String name();

  /** One line for listings. */
  String description();

  /** Declared parameters; the first one receives the values of a positional string such as {@code bernoulli(0.1,0.9)}. */
  List<ParameterSpec> parameters();

  /**
   * Creates the problem.
   *
   * @throws org.agora.core.GameSpecException for a bad combination of parameters
   */
  BanditProblem create(GameParameters parameters);
}
