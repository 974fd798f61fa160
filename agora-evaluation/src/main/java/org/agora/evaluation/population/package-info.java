/**
 * Population-based evaluation from a cross-table of mean returns: the
 * {@link org.agora.evaluation.population.CrossTable} value, its
 * {@link org.agora.evaluation.population.CrossTableReader reader} for the published RRPS table
 * format, and the {@link org.agora.evaluation.population.PopulationMetrics metrics} of Lanctot et
 * al., "Population-based Evaluation in Repeated Rock-Paper-Scissors as a Benchmark for Multiagent
 * Reinforcement Learning" (TMLR 2023): population return, within-population exploitability and
 * aggregate score.
 */
package org.agora.evaluation.population;
