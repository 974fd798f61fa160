/**
 * Finite games in strategic (normal) form as dense player-major payoff tensors, in floating point
 * or exact rationals ({@link org.agora.core.normalform.NormalFormGame}), playable as one
 * simultaneous move.
 */
package org.agora.core.normalform;
