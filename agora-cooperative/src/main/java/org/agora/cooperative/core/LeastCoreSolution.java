package org.agora.cooperative.core;

/**
 * The least core's value and one of its points.
 *
 * @param epsilon the smallest eps such that some efficient x has {@code x(S) >= v(S) - eps} for every
 *     proper non-empty coalition S; the core is non-empty iff {@code epsilon <= 0}
 * @param payoffs a least-core point: efficient, every proper coalition's excess at most epsilon
 */
public record LeastCoreSolution(double epsilon, double[] payoffs) {}
