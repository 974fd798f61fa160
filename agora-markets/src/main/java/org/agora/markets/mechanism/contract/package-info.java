/**
 * Principal–agent contracts in the hidden-action model: an agent privately chooses a costly action
 * that draws an observable outcome; the principal pays by outcome. The minimum-payment linear program
 * per target action (solved with ojAlgo's {@code ExpressionsBasedModel}), the optimal contract, the
 * optimal linear contract, and learning a linear contract from outcome-only feedback.
 */
package org.agora.markets.mechanism.contract;
