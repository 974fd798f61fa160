package org.agora.testkit;

import java.util.Arrays;
import java.util.List;
import org.agora.core.Rational;

/**
 * What a normal-form solver returned, in the terms {@link SolverEquivariance} compares: the exact and the
 * floating-point mixed profiles it found (each list read as a set) and the distribution over pure
 * profiles it reported, if any.
 *
 * @param exactProfiles exact profiles {@code [player][action]}, as a set
 * @param approximateProfiles floating-point profiles {@code [player][action]}, as a set
 * @param distribution probabilities of the pure profiles, indexed as the game's payoff tensor, or null
 */
public record SolverOutput(List<Rational[][]> exactProfiles, List<double[][]> approximateProfiles,
    double[] distribution) {

  public SolverOutput {
    exactProfiles = List.copyOf(exactProfiles);
    approximateProfiles = List.copyOf(approximateProfiles);
    distribution = distribution == null ? null : distribution.clone();
  }

  /** Only floating-point profiles. */
  public static SolverOutput approximate(List<double[][]> profiles) {
    return new SolverOutput(List.of(), profiles, null);
  }

  /** Only exact profiles. */
  public static SolverOutput exact(List<Rational[][]> profiles) {
    return new SolverOutput(profiles, List.of(), null);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Rational[][] profile : exactProfiles) {
      text.append(" exact ").append(Arrays.deepToString(profile));
    }
    for (double[][] profile : approximateProfiles) {
      text.append(" approximate ").append(Arrays.deepToString(profile));
    }
    if (distribution != null) {
      text.append(" distribution ").append(Arrays.toString(distribution));
    }
    return text.length() == 0 ? "nothing" : text.substring(1);
  }
}
