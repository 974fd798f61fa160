/**
 * Single-player bandit policies, one class per algorithm, each citing its paper: index policies
 * (UCB1, UCB-V, KL-UCB, MOSS, Bayes-UCB), randomised ones (epsilon-greedy, Thompson sampling),
 * adversarial ones (EXP3, EXP3-IX, Tsallis-INF) and non-stationary ones (discounted and
 * sliding-window UCB). {@link org.agora.learning.bandits.policy.StandardBanditPolicies} registers them
 * by name. Statistics are flat {@code double[]}; no policy boxes or allocates per pull.
 */
package org.agora.learning.bandits.policy;
