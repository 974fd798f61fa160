package org.agora.learning.bandits.multiplayer;

import java.util.List;
import java.util.random.RandomGenerator;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

/** Creates one kind of multi-player policy from its validated options. */
public interface MultiPlayerPolicyProvider {

  /** Name used in policy strings, e.g. {@code mctopm}. */
  String name();

  /** One line for listings, naming the paper. */
  String description();

  /** Declared options. */
  List<ParameterSpec> parameters();

  /** The collision models the policy works under (e.g. rhoRand needs to observe collisions). */
  List<CollisionModel> models();

  /**
   * Creates the policy for {@code problem}.
   *
   * @param horizon number of rounds T (some policies tune an exploration phase to it)
   * @param random the policy's own generator, shared by its players
   * @throws org.agora.core.GameSpecException for a bad combination of options
   */
  MultiPlayerPolicy create(GameParameters options, MultiPlayerProblem problem, long horizon, RandomGenerator random);
}
