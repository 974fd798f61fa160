package org.agora.learning.bandits.contextual;

import java.util.List;
import java.util.random.RandomGenerator;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

/** Creates one kind of contextual bandit policy from its validated options. */
public interface ContextualPolicyProvider {

  /** Name used in policy strings, e.g. {@code linucb}. */
  String name();

  /** One line for listings, naming the paper. */
  String description();

  /** Declared options. */
  List<ParameterSpec> parameters();

  /**
   * Creates the policy.
   *
   * @param random the policy's own generator (unused by deterministic policies)
   * @throws org.agora.core.GameSpecException for a bad combination of options
   */
  ContextualBanditPolicy create(GameParameters options, ContextualSetting setting, RandomGenerator random);
}
