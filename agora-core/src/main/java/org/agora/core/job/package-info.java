/**
 * The job model: every long computation (a match series, a solve, later tournaments, sweeps and
 * training runs) is an immutable, serialisable {@link org.agora.core.job.JobSpec} executed by a
 * {@link org.agora.core.job.Job} under a {@link org.agora.core.job.JobContext} that carries a
 * {@link org.agora.core.job.ProgressListener}, a {@link org.agora.core.job.Cancellation} flag and
 * the executor to run on. The CLI, the workbench and Spark execute the same specification and get
 * the same numbers; the domain modules implement the jobs and register them through
 * {@link java.util.ServiceLoader} ({@link org.agora.core.job.JobRegistry}).
 */
package org.agora.core.job;
