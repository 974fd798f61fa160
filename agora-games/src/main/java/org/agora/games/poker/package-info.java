/**
 * Kuhn poker and Leduc hold'em for two to ten players, with exact values, observation and
 * information-state tensors, integer information-state ids and hidden-card resampling.
 */
package org.agora.games.poker;
