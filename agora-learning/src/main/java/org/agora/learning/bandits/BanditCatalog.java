package org.agora.learning.bandits;

import java.util.List;

/**
 * A set of bandit problems and policies registered together through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.agora.learning.bandits.BanditCatalog}), so that a module adding ten
 * policies needs one services entry. Needs a public no-argument constructor.
 */
public interface BanditCatalog {

  /** The problem kinds this catalog registers (may be empty). */
  List<BanditProblemProvider> problems();

  /** The policies this catalog registers (may be empty). */
  List<BanditPolicyProvider> policies();
}
