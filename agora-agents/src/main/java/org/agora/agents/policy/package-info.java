/**
 * An agent that plays a stored {@link org.agora.core.Policy}, such as a policy JSON file written
 * by {@code agora solve}, and its provider ({@code policy}).
 */
package org.agora.agents.policy;
