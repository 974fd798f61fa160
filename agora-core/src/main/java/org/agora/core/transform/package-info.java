/**
 * Game decorators: the turn-based view of a game with simultaneous nodes and the repeated game with
 * bounded-recall observations, with their registry providers. Abilities of a wrapped game reach the
 * transform through one adapter per ability type ({@link org.agora.core.transform.UnwrappedAbilities}).
 */
package org.agora.core.transform;
