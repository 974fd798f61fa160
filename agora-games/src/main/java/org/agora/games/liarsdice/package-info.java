/**
 * Liar's dice (one round, highest face wild) as used in the counterfactual-regret literature, and
 * its registry provider.
 */
package org.agora.games.liarsdice;
