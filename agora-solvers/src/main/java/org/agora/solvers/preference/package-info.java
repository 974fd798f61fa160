/**
 * Social choice from pairwise preferences: the minimax (von Neumann) winner of a preference matrix,
 * exactly by linear programming and by self-play no-regret learning from sampled comparisons, as
 * targeted by preference-based RLHF (Swamy, Dann, Kidambi, Wu and Agarwal, "A Minimaximalist
 * Approach to Reinforcement Learning from Human Feedback", ICML 2024; Wang, Liu and Jin, "Is RLHF
 * More Difficult than Standard RL?", NeurIPS 2023).
 */
package org.agora.solvers.preference;
