/**
 * Multi-agent information acquisition: a principal recommends (possibly correlated) effort levels to
 * several agents who privately observe signals about a state, elicits their signals with payments
 * that depend on the realised state (scoring rules), and decides. The optimal incentive-compatible
 * mechanism is a linear program solved with ojAlgo's {@code ExpressionsBasedModel}.
 */
package org.agora.markets.mechanism.information;
