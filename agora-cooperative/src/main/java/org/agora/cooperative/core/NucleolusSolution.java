package org.agora.cooperative.core;

/**
 * The (pre)nucleolus and how it was reached.
 *
 * @param payoffs the nucleolus x
 * @param excessLevels the minimised largest excess of each stage of the LP sequence, non-increasing
 * @param linearPrograms the number of LPs solved
 */
public record NucleolusSolution(double[] payoffs, double[] excessLevels, int linearPrograms) {}
