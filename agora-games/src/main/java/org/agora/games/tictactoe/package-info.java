/**
 * Tic-tac-toe on a 3x3 board held as two 9-bit masks, and its registry provider.
 */
package org.agora.games.tictactoe;
