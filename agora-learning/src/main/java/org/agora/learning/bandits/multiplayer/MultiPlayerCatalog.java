package org.agora.learning.bandits.multiplayer;

import java.util.List;

/**
 * A set of multi-player policies registered together through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.agora.learning.bandits.multiplayer.MultiPlayerCatalog}), as part 1's
 * {@link org.agora.learning.bandits.BanditCatalog} registers single-player ones. Needs a public
 * no-argument constructor.
 */
public interface MultiPlayerCatalog {

  /** The policies this catalog registers. */
  List<MultiPlayerPolicyProvider> policies();
}
