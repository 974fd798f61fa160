/**
 * The bandit experiment as a job of kind {@code bandit}: an immutable specification
 * ({@link org.agora.learning.bandits.experiment.BanditExperimentSpec}: policies x problems x seeds),
 * its runner ({@link org.agora.learning.bandits.experiment.BanditExperimentJob}, registered with
 * {@link org.agora.core.job.JobRegistry}) and its result: per (policy, problem) the mean regret curve
 * on the log grid with its confidence and quantile bands and the final regret's statistics
 * ({@link org.agora.learning.bandits.experiment.RegretSummary}, computed by
 * {@link org.agora.learning.bandits.experiment.RegretStatistics}). The CLI, the workbench and Spark run
 * the same specification and get the same numbers.
 */
package org.agora.learning.bandits.experiment;
