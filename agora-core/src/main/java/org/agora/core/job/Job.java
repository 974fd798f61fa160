package org.agora.core.job;

/**
 * A kind of job: runs specifications of one type. Implementations are stateless, have a public
 * no-argument constructor and are listed in {@code META-INF/services/org.agora.core.job.Job} so
 * that {@link JobRegistry} finds them.
 *
 * @param <S> the specification type
 * @param <R> the result type
 */
public interface Job<S extends JobSpec, R> {

  /** The kind name, equal to {@link JobSpec#kind()} of the specifications it runs. */
  String kind();

  /** The specification type this job runs. */
  Class<S> specType();

  /**
   * Runs {@code spec}.
   *
   * @throws JobCancelledException when {@code context}'s flag was set before it finished
   * @throws org.agora.core.GameSpecException for a bad game, agent or solver string or parameter
   * @throws IllegalArgumentException for a specification the job cannot run (the message says why)
   */
  R run(S spec, JobContext context);
}
