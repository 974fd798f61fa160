/**
 * The decision market on a contextual bandit: experts (informed, constant or learning) report the
 * probability of a good outcome under each action, the principal acts by a full-support decision rule
 * and pays them by strictly proper decision scoring rules from {@code org.agora.core.scoring}; a grid
 * check of truthfulness, and the experts' and principal's regret in the repeated market.
 */
package org.agora.learning.bandits.contextual.market;
