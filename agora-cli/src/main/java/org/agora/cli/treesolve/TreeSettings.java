package org.agora.cli.treesolve;

/**
 * Options of {@code agora solve} read by the methods that work on a compiled game tree.
 *
 * @param iterations iterations of iterative methods
 * @param every evaluate exploitability every this many iterations
 * @param seed random seed of sampling methods
 * @param threads worker threads where a method supports them
 * @param alpha discounted CFR's positive-regret exponent
 * @param beta discounted CFR's negative-regret exponent
 * @param gamma discounted CFR's average-strategy exponent
 * @param epsilon exploration of outcome-sampling MCCFR
 * @param floating use floating point where a method also has an exact mode
 */
public record TreeSettings(int iterations, int every, long seed, int threads, double alpha, double beta, double gamma,
    double epsilon, boolean floating) {}
