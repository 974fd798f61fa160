package org.agora.core.solve;

import org.agora.core.Rational;

/**
 * One player's evaluation of a tree policy.
 *
 * @param player the player id
 * @param name the player's name
 * @param expectedReturn the expected return under the policy
 * @param exactExpectedReturn the exact expected return, or null when the solver is not exact
 * @param bestResponseGain what a best response gains over the policy
 * @param exactBestResponseGain the exact gain, or null when the solver is not exact
 */
public record PlayerEvaluation(int player, String name, double expectedReturn, Rational exactExpectedReturn,
    double bestResponseGain, Rational exactBestResponseGain) {}
