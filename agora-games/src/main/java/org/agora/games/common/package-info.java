/**
 * Helpers shared by the games of this module: bit-mask decks and the bridges that offer what a
 * state computes itself (exact values, tensors) as the game's abilities.
 */
package org.agora.games.common;
