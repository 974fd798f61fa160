/**
 * Agents that play a fixed strategy: {@link org.agora.agents.policy.PolicyAgent} samples a
 * {@link org.agora.core.TabularPolicy} read from a policy JSON file; it is a
 * {@link org.agora.core.ViewAgent} and sees only its player's view.
 */
package org.agora.agents.policy;
