/**
 * The conformance suite any {@link org.agora.core.Game} can run ({@link
 * org.agora.testkit.GameConformance}) and every registered game runs in CI: seeded random playouts
 * with cheap checks at every state and deep checks (copies, serialisation, information-state
 * consistency, declared bounds) at sampled states, collected into a {@link
 * org.agora.testkit.ConformanceReport}.
 */
package org.agora.testkit;
