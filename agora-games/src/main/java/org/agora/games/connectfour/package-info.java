/**
 * Connect four on a bit-board: one 64-bit stone mask per player, and its registry provider.
 */
package org.agora.games.connectfour;
