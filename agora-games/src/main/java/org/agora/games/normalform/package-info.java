/**
 * Registry providers of the classic normal-form games (matching pennies, rock-paper-scissors and
 * its biased variant, prisoner's dilemma, stag hunt, chicken, battle of the sexes, Shapley's game,
 * traveler's dilemma, Colonel Blotto), of seeded random games and of any matrix given inline or in
 * a file, all built as {@link org.agora.core.normalform.NormalFormGame}s.
 */
package org.agora.games.normalform;
