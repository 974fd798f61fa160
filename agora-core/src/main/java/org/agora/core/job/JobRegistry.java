package org.agora.core.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds the job kinds registered through {@link ServiceLoader} and runs specifications by kind. */
public final class JobRegistry {

  private JobRegistry() {}

  private static final class Holder {
    static final Map<String, Job<?, ?>> JOBS = load();

    @SuppressWarnings("rawtypes")
    private static Map<String, Job<?, ?>> load() {
      Map<String, Job<?, ?>> byKind = new TreeMap<>();
      for (Job job : ServiceLoader.load(Job.class, JobRegistry.class.getClassLoader())) {
        Job<?, ?> previous = byKind.putIfAbsent(job.kind(), job);
        if (previous != null) {
          throw new IllegalStateException("job kind '" + job.kind() + "' is registered twice, by "
              + previous.getClass().getName() + " and " + job.getClass().getName());
        }
      }
      return Collections.unmodifiableMap(byKind);
    }
  }

  /** All registered job kinds, sorted by name. */
  public static List<Job<?, ?>> jobs() {
    return new ArrayList<>(Holder.JOBS.values());
  }

  /**
   * The job that runs {@code kind}.
   *
   * @throws IllegalArgumentException for an unknown kind
   */
  public static Job<?, ?> find(String kind) {
    Job<?, ?> job = Holder.JOBS.get(kind);
    if (job == null) {
      throw new IllegalArgumentException("unknown job kind '" + kind + "'; known kinds: "
          + String.join(", ", Holder.JOBS.keySet()));
    }
    return job;
  }

  /**
   * Runs {@code spec} with the job registered for its kind.
   *
   * @throws IllegalArgumentException for an unknown kind or a specification of the wrong type
   */
  public static Object run(JobSpec spec, JobContext context) {
    return runTyped(find(spec.kind()), spec, context);
  }

  private static <S extends JobSpec, R> R runTyped(Job<S, R> job, JobSpec spec, JobContext context) {
    if (!job.specType().isInstance(spec)) {
      throw new IllegalArgumentException("job kind '" + job.kind() + "' runs " + job.specType().getSimpleName()
          + ", not " + spec.getClass().getSimpleName());
    }
    return job.run(job.specType().cast(spec), context);
  }
}
