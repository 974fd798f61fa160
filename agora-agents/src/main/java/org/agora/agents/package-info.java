/**
 * Agents (bots) that act in a live game through the {@link org.agora.core.Agent} contract,
 * registered through {@link org.agora.core.AgentProvider}s: this package holds the option parsing
 * shared by their providers ({@link org.agora.agents.AgentOptions}); the agents themselves are in
 * the subpackages for tree search, alpha-beta search and playing a stored policy.
 */
package org.agora.agents;
