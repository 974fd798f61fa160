/**
 * Contextual bandits: the {@link org.agora.learning.bandits.contextual.ContextualBanditPolicy} and
 * {@link org.agora.learning.bandits.contextual.ContextualBanditProblem} contracts, a registry that
 * creates both from strings ({@code linucb(alpha=1)}, {@code linear(arms=5,dimension=10,noise=0.1,seed=3)};
 * any non-contextual policy name gives that policy context-blind), and the simulation whose regret is
 * measured against the best arm of each context. Policies live in {@code .policy}, problems in
 * {@code .problem}, and the decision market that pays experts by decision scoring rules in
 * {@code .market}.
 */
package org.agora.learning.bandits.contextual;
