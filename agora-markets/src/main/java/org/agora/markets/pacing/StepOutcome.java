package org.agora.markets.pacing;

/**
 * What a bidding agent learns at the end of one decision step: how many auctions it could have
 * entered and did enter, what it won, spent and gained.
 *
 * @param opportunities the auctions held in the step
 * @param entered the auctions it entered (fewer than {@code opportunities} when throttled or out of budget)
 * @param wins the auctions in which it got a slot (or the item)
 * @param spend what it paid in the step
 * @param value the expected value it won (sum over wins of exposure x CTR x conversion value)
 * @param conversions the conversions it realised (sampled) in the step
 * @param remainingBudget its budget left after the step
 */
public record StepOutcome(int opportunities, int entered, int wins, double spend, double value, double conversions,
    double remainingBudget) {}
