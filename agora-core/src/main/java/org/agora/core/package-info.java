/**
 * The API every other module builds on: {@link org.agora.core.Game} and {@link org.agora.core.State}
 * with their registry and typed {@link org.agora.core.ParameterSpec} parameters, policies, and the
 * agent contract ({@link org.agora.core.Agent}, sealed into {@link org.agora.core.StateAgent}s that
 * search the full state and {@link org.agora.core.ViewAgent}s that see only a
 * {@link org.agora.core.PlayerView}) with its provider registry.
 */
package org.agora.core;
