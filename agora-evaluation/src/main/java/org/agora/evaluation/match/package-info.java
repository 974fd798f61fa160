/**
 * Matches between agents: {@link org.agora.evaluation.match.EpisodeRunner}, the deterministic,
 * chunk-seeded runner of many episodes (progress, cancellation and executor from a
 * {@link org.agora.core.job.JobContext}), its {@link org.agora.evaluation.match.PlayResult}, and the
 * {@code play} job kind ({@link org.agora.evaluation.match.PlaySpec},
 * {@link org.agora.evaluation.match.PlayJob}) that the CLI, the workbench and Spark run alike.
 */
package org.agora.evaluation.match;
