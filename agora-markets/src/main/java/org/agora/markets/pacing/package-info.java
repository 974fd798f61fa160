/**
 * Repeated auctions with budgets and ROI/CPA constraints: the bidding agents that pace a campaign's
 * spend across the decision steps of a period, and the simulation that runs them against each other.
 */
package org.agora.markets.pacing;
