/**
 * Kuhn poker and Leduc hold'em for two to ten players, with exact chance probabilities and
 * returns, and their registry providers.
 */
package org.agora.games.poker;
