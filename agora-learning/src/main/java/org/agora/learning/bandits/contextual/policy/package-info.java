/**
 * Contextual bandit policies: LinUCB with disjoint models, linear Thompson sampling, epsilon-greedy on
 * ridge estimates and uniform play, each on flat primitive arrays with no allocation per round.
 */
package org.agora.learning.bandits.contextual.policy;
