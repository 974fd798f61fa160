/**
 * Goofspiel, the game of pure strategy, for two to ten players: simultaneous bids on a prize deck,
 * with several prize orders and scoring rules, and its registry provider.
 */
package org.agora.games.goofspiel;
