/**
 * Contextual bandit problems: disjoint linear arms with Gaussian noise, a shared parameter with
 * per-arm features, and 0/1 rewards through a logistic or linear link.
 */
package org.agora.learning.bandits.contextual.problem;
