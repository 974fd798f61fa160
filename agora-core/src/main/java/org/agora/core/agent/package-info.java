/**
 * Agents every game can use without further modules: {@link org.agora.core.agent.RandomAgent}, a
 * view-only agent that plays a uniformly random legal action, and its provider.
 */
package org.agora.core.agent;
