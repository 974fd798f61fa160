package org.agora.learning.bandits;

import java.util.List;
import java.util.random.RandomGenerator;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

/** Creates one kind of bandit policy from its validated options. */
public interface BanditPolicyProvider {

  /** Name used in policy strings, e.g. {@code kl-ucb}. */
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
  BanditPolicy create(GameParameters options, BanditSetting setting, RandomGenerator random);
}
