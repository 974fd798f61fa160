/**
 * Multi-player bandit policies, one class per algorithm, each citing its paper: rhoRand ({@link
 * org.agora.learning.bandits.multiplayer.policy.RhoRand}), Musical Chairs, MCTopM and RandTopM,
 * Selfish, the centralized oracle and centralized index policy, and SMAA for shared arms. The index
 * policies rank arms with {@link org.agora.learning.bandits.multiplayer.policy.ArmIndices}, which keeps
 * part 1's UCB1 / KL-UCB statistics and indices; {@link
 * org.agora.learning.bandits.multiplayer.policy.StandardMultiPlayerPolicies} registers them by name.
 */
package org.agora.learning.bandits.multiplayer.policy;
