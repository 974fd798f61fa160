/**
 * Finite games in strategic form as dense payoff tensors with exact rational payoffs alongside,
 * playable as one simultaneous node, with exact values and information-state ids as abilities.
 */
package org.agora.core.normalform;
