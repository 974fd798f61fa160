/**
 * Liar's Dice with a wild highest face, with exact values, an observation tensor, integer
 * information-state ids and hidden-dice resampling.
 */
package org.agora.games.liarsdice;
