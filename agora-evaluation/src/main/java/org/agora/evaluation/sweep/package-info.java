/**
 * Sweeps as data: an {@link org.agora.evaluation.sweep.EvaluationSweepSpec} (agents against opponents,
 * once per seed) and a {@link org.agora.evaluation.sweep.SolverSweepSpec} (games x solvers x parameter
 * grid x seeds), their units of work (tournament blocks, {@link org.agora.evaluation.sweep.SolveTask}s),
 * the local engine ({@link org.agora.evaluation.sweep.EvaluationSweep},
 * {@link org.agora.evaluation.sweep.SolverSweep}), the pure summaries any engine's rows fold into, the
 * {@link org.agora.evaluation.sweep.SweepEngine} extension point another engine (Spark) fills, and the
 * specifications' and results' JSON ({@link org.agora.evaluation.sweep.SweepSpecJson}).
 */
package org.agora.evaluation.sweep;
