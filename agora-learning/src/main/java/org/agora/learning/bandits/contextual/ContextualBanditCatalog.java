package org.agora.learning.bandits.contextual;

import java.util.List;

/**
 * A set of contextual bandit problems and policies registered together through
 * {@link java.util.ServiceLoader} ({@code
 * META-INF/services/org.agora.learning.bandits.contextual.ContextualBanditCatalog}), the contextual
 * counterpart of {@link org.agora.learning.bandits.BanditCatalog}. Needs a public no-argument
 * constructor.
 */
public interface ContextualBanditCatalog {

  /** The problem kinds this catalog registers (may be empty). */
  List<ContextualProblemProvider> problems();

  /** The policies this catalog registers (may be empty). */
  List<ContextualPolicyProvider> policies();
}
