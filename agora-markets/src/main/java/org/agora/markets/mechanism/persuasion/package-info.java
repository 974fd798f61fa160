/**
 * Bayesian persuasion with a binary state: a sender commits to a signal about the state before it is
 * drawn, a receiver acts on the posterior. The sender's optimal value is the concave hull of its value
 * as a function of the posterior, evaluated at the prior. Includes the buyer–seller instance in
 * closed form and the registered game {@code bayesian_persuasion}.
 */
package org.agora.markets.mechanism.persuasion;
