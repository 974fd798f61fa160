/** Tic-tac-toe on bitboards, with an observation tensor and integer information-state ids. */
package org.agora.games.tictactoe;
