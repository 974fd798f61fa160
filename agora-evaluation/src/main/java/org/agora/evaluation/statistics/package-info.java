/**
 * Summaries of streams of numbers that merge deterministically across threads:
 * {@link org.agora.evaluation.statistics.RunningStatistics} (count, mean, variance, 95% interval).
 */
package org.agora.evaluation.statistics;
