package org.agora.cli.solve;

/**
 * Options of {@code agora solve} that methods may read.
 *
 * @param iterations iterations of iterative methods
 * @param precision target precision (NashConv or gap) of approximate methods
 * @param seed random seed
 * @param label starting label of Lemke-Howson, 0 for all labels
 * @param objective objective of the correlated-equilibrium LP
 * @param floating use floating point instead of exact arithmetic where a method has both
 * @param sampleEvery record the trajectory every this many iterations
 */
public record SolveSettings(int iterations, double precision, long seed, int label, String objective,
    boolean floating, int sampleEvery) {}
