/**
 * The agent every game supports: {@link org.agora.core.agent.RandomAgent}, uniform over the legal
 * actions, and its provider ({@code random}).
 */
package org.agora.core.agent;
