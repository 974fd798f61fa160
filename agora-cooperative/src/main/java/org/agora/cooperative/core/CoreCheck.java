package org.agora.cooperative.core;

/**
 * The verdict of {@link Core#check}: whether a payoff vector x is in the core, with the evidence.
 *
 * @param inCore whether x is efficient and no coalition has a positive excess, both to the tolerance
 * @param efficiencyGap {@code x(N) - v(N)}
 * @param mostViolatedCoalition a proper non-empty coalition of largest excess {@code v(S) - x(S)} (the
 *     smallest mask among ties), or 0 for a one-player game, which has no proper coalition
 * @param largestExcess that coalition's excess (positive means S can do better on its own); 0 for a
 *     one-player game
 */
public record CoreCheck(boolean inCore, double efficiencyGap, long mostViolatedCoalition, double largestExcess) {}
