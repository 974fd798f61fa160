package org.agora.learning.bandits.contextual;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

/** Creates one kind of contextual bandit problem from its validated parameters. */
public interface ContextualProblemProvider {

  /** Name used in problem strings, e.g. {@code linear}. */
  String name();

  /** One line for listings. */
  String description();

  /** Declared parameters. */
  List<ParameterSpec> parameters();

  /**
   * Creates the problem.
   *
   * @throws org.agora.core.GameSpecException for a bad combination of parameters
   */
  ContextualBanditProblem create(GameParameters parameters);
}
