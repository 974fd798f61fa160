package org.agora.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobRegistry;
import org.agora.core.job.ProgressListener;
import org.agora.core.solve.SolveResult;
import org.agora.core.solve.SolveSpec;
import org.agora.core.solve.SolverRegistry;
import org.agora.evaluation.psro.PsroJob;
import org.agora.evaluation.psro.PsroResult;
import org.agora.evaluation.psro.PsroSpec;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.solvers.provider.SolveJob;
import org.agora.store.RunStatus;
import org.agora.store.StoredMatchIndexes;
import org.agora.store.TournamentStatus;
import org.agora.store.TournamentStore;

/**
 * Runs jobs in a bounded pool: {@code workers} threads and a queue of {@code queueCapacity}; a
 * submission beyond both is refused (503). The workers run at a lower scheduling priority than the
 * request threads ({@link BackgroundPriority}), so the API stays responsive while they use every core. Each run is recorded in the {@link RunRepository} (queued,
 * running, progress, then completed with its result, failed with one line, cancelled or interrupted).
 * A tournament's matches go to the {@link TournamentStore} block by block, so an interrupted tournament
 * resumes where it stopped. Closing the service cancels the running jobs and records them interrupted.
 */
final class JobService implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(JobService.class.getName());
  /** Least time between two progress writes to the repository. */
  private static final long PROGRESS_WRITE_NANOS = 250_000_000L;

  /**
   * A queued or running job: its flag, its live progress and series, a tournament's matches played
   * so far, and the task in the pool's queue.
   */
  static final class ActiveRun {
    final long id;
    final Cancellation cancellation = Cancellation.create();
    final LiveSeries series = new LiveSeries();
    volatile long done;
    volatile long total;
    volatile Runnable task;
    private long lastWrite;
    private List<String> agents;
    private final List<MatchRecord> matches = new ArrayList<>();
    private ObjectNode standings;
    private int standingsMatches = -1;

    ActiveRun(long id, long total) {
      this.id = id;
      this.total = total;
    }
  }

  private final RunRepository runs;
  private final TournamentStore store;
  private final JobRequests requests;
  private final ObjectMapper mapper;
  private final ThreadPoolExecutor executor;
  private final Map<Long, ActiveRun> active = new ConcurrentHashMap<>();
  private final Object changed = new Object();
  private volatile boolean closing;

  JobService(ServerConfig config, RunRepository runs, TournamentStore store, JobRequests requests, ObjectMapper mapper) {
    this.runs = runs;
    this.store = store;
    this.requests = requests;
    this.mapper = mapper;
    AtomicInteger threads = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(config.workers(), config.workers(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(Math.max(1, config.queueCapacity())), runnable -> {
          Thread thread = new Thread(() -> {
            BackgroundPriority.lowerCurrentThread(); // requests first: jobs take the CPU they leave
            runnable.run();
          }, "agora-job-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Records and queues a job.
   *
   * @throws ApiException 503 when the pool and its queue are full
   */
  RunRecord submit(PreparedJob job) {
    if (closing) {
      throw new ApiException(503, "the server is stopping");
    }
    if (executor.getQueue().remainingCapacity() == 0) {
      throw queueFull(); // refused before anything is written; a race to the last place is refused below
    }
    Long tournamentId = null;
    if (job.spec() instanceof TournamentSpec tournament && store != null) {
      tournamentId = store.create(tournament, 2);
    }
    long id = runs.create(job.kind(), job.title(), job.request().toString(), tournamentId);
    enqueue(id, job, tournamentId, false);
    return current(id).orElseThrow(); // with the known total: the store records progress only once running
  }

  /**
   * Runs an interrupted or cancelled run again under the same id: a tournament plays only the matches
   * its store lacks; other kinds start over.
   *
   * @throws ApiException 404 for an unknown run, 409 when it is not interrupted or cancelled
   */
  RunRecord resume(long id) {
    RunRecord run = find(id);
    if (run.status() != RunStatus.INTERRUPTED && run.status() != RunStatus.CANCELLED) {
      throw ApiException.conflict("job " + id + " is " + run.status().storedName()
          + "; only interrupted or cancelled jobs can be resumed");
    }
    JsonNode request;
    try {
      request = mapper.readTree(run.specJson());
    } catch (java.io.IOException e) {
      throw ApiException.conflict("job " + id + " has an unreadable specification; submit it again");
    }
    PreparedJob job = requests.prepare(request);
    runs.markRunning(id); // leaves the final state at once, so that a second resume is refused
    enqueue(id, job, run.tournamentId(), true);
    return current(id).orElseThrow();
  }

  private void enqueue(long id, PreparedJob job, Long tournamentId, boolean resumed) {
    ActiveRun run = new ActiveRun(id, job.total());
    Runnable task = () -> execute(run, job, tournamentId, resumed);
    run.task = task;
    active.put(id, run);
    try {
      executor.execute(task);
    } catch (RejectedExecutionException full) {
      active.remove(id);
      if (resumed) {
        runs.cancel(id);
      } else {
        runs.delete(id);
      }
      throw queueFull();
    }
  }

  private ApiException queueFull() {
    return new ApiException(503, "the job queue is full (" + executor.getActiveCount() + " running, "
        + executor.getQueue().size() + " waiting); try again later");
  }

  private void execute(ActiveRun run, PreparedJob job, Long tournamentId, boolean resumed) {
    try {
      if (run.cancellation.isCancelled()) {
        // cancelled between its hand-over to a worker and its start: the pool's queue no longer held it
        setTournamentStatus(tournamentId, TournamentStatus.CANCELLED);
        if (!closing) {
          runs.cancel(run.id);
        }
        return;
      }
      runs.markRunning(run.id);
      signal();
      ProgressListener progress = new ProgressListener() {
        @Override
        public void progress(long done, long total) {
          JobService.this.progress(run, done, total);
        }

        @Override
        public void point(String series, double x, double y) {
          run.series.add(series, x, y);
          signal();
        }
      };
      JobContext context = JobContext.sequential(progress, run.cancellation);
      ObjectNode result = switch (job.kind()) {
        case SolveSpec.KIND -> solve(job, context);
        case TournamentSpec.KIND -> tournament(run, job, context, tournamentId, resumed);
        default -> JobResults.psro(job.uploadedGame() == null ? (PsroResult) JobRegistry.run(job.spec(), context)
            : new PsroJob().run((PsroSpec) job.spec(), job.uploadedGame(), context, MatchSink.NONE));
      };
      runs.updateProgress(run.id, run.done, run.total);
      runs.complete(run.id, mapper.writeValueAsString(result));
    } catch (JobCancelledException cancelled) {
      setTournamentStatus(tournamentId, TournamentStatus.CANCELLED);
      runs.updateProgress(run.id, run.done, run.total);
      if (!closing) {
        runs.cancel(run.id);
      }
    } catch (Exception | StackOverflowError failure) {
      setTournamentStatus(tournamentId, TournamentStatus.FAILED);
      String message = failure instanceof StackOverflowError ? "the game is too deep to traverse"
          : JobRequests.oneLine(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
      if (!(failure instanceof IllegalArgumentException)) {
        LOG.log(Level.WARNING, "job " + run.id + " failed", failure);
      }
      runs.fail(run.id, message);
    } finally {
      active.remove(run.id);
      signal();
    }
  }

  private static ObjectNode solve(PreparedJob job, JobContext context) {
    SolveSpec spec = (SolveSpec) job.spec();
    SolveResult result = job.uploadedGame() == null ? (SolveResult) JobRegistry.run(spec, context)
        : SolveJob.solve(job.uploadedGame(), SolverRegistry.configure(spec.solver()), spec.limits(), context);
    return JobResults.solve(result);
  }

  private ObjectNode tournament(ActiveRun run, PreparedJob job, JobContext context, Long tournamentId,
      boolean resumed) {
    TournamentSpec spec = (TournamentSpec) job.spec();
    TournamentRunner runner = job.uploadedGame() == null ? new TournamentRunner(spec)
        : new TournamentRunner(spec, job.uploadedGame());
    synchronized (run) {
      run.agents = spec.agents();
    }
    MatchSink live = block -> {
      synchronized (run) {
        run.matches.addAll(block);
      }
    };
    List<MatchRecord> records;
    if (store == null || tournamentId == null) {
      records = runner.run(context, live);
    } else {
      MatchSink stored = store.sink(tournamentId);
      MatchSink sink = block -> {
        stored.accept(block);
        live.accept(block);
      };
      if (resumed) {
        store.setStatus(tournamentId, TournamentStatus.RUNNING);
        StoredMatchIndexes before = store.storedIndexes(tournamentId);
        live.accept(store.matches(tournamentId));
        runner.run(context, sink, before);
        records = store.matches(tournamentId);
      } else {
        records = runner.run(context, sink);
      }
      store.setStatus(tournamentId, TournamentStatus.COMPLETED);
    }
    return JobResults.tournament(spec.agents(), records);
  }

  private void setTournamentStatus(Long tournamentId, TournamentStatus status) {
    if (store != null && tournamentId != null) {
      try {
        store.setStatus(tournamentId, status);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot record tournament " + tournamentId + " as " + status, e);
      }
    }
  }

  private void progress(ActiveRun run, long done, long total) {
    run.done = done;
    run.total = total;
    long now = System.nanoTime();
    boolean write;
    synchronized (run) {
      write = now - run.lastWrite >= PROGRESS_WRITE_NANOS;
      if (write) {
        run.lastWrite = now;
      }
    }
    if (write) {
      runs.updateProgress(run.id, done, total);
      signal();
    }
  }

  /**
   * Cancels a queued or running job.
   *
   * @throws ApiException 404 for an unknown run, 409 for a finished one
   */
  RunRecord cancel(long id) {
    RunRecord run = find(id);
    ActiveRun live = active.get(id);
    if (live == null || !run.status().active()) {
      throw ApiException.conflict("job " + id + " is already " + run.status().storedName());
    }
    live.cancellation.cancel();
    if (executor.remove(live.task)) {
      active.remove(id);
      runs.cancel(id);
      signal();
    }
    return current(id).orElseThrow();
  }

  /**
   * Deletes a finished run and its result.
   *
   * @throws ApiException 404 for an unknown run, 409 for a queued or running one
   */
  void delete(long id) {
    RunRecord run = find(id);
    if (active.containsKey(id) || run.status().active()) {
      throw ApiException.conflict("job " + id + " is " + run.status().storedName() + "; cancel it before deleting it");
    }
    runs.delete(id);
    signal();
  }

  /** The run with its live progress, if recorded. */
  Optional<RunRecord> current(long id) {
    return runs.get(id).map(this::withLiveProgress);
  }

  /** A recorded run with the live progress of its worker, if it is running here (no look-up). */
  RunRecord withLiveProgress(RunRecord run) {
    ActiveRun live = active.get(run.id());
    if (live == null || !run.status().active()) {
      return run;
    }
    return new RunRecord(run.id(), run.kind(), run.title(), run.specJson(), run.status(),
        Math.max(run.done(), live.done), live.total, run.error(), run.tournamentId(), run.createdAt(), run.updatedAt());
  }

  /**
   * What a running job has shown so far: its live series and, for a tournament, the standings over
   * the matches played so far (recomputed only when matches were added); empty when the job is not
   * running here.
   */
  Optional<LiveView> live(long id) {
    ActiveRun run = active.get(id);
    if (run == null) {
      return Optional.empty();
    }
    ObjectNode standings;
    synchronized (run) {
      if (run.agents != null && !run.matches.isEmpty() && run.standingsMatches != run.matches.size()) {
        run.standings = JobResults.partialTournament(run.agents, run.matches);
        run.standingsMatches = run.matches.size();
      }
      standings = run.standings;
    }
    return Optional.of(new LiveView(run.series.snapshot(), standings));
  }

  /** A running job's live series and, for a tournament, its standings so far (or null). */
  record LiveView(List<LiveSeries.Snapshot> series, ObjectNode standings) {}

  /** The live series of a job running here, if any. */
  Optional<LiveSeries> liveSeries(long id) {
    ActiveRun run = active.get(id);
    return run == null ? Optional.empty() : Optional.of(run.series);
  }

  RunRecord find(long id) {
    return current(id).orElseThrow(() -> ApiException.notFound("no job " + id));
  }

  RunRepository runs() {
    return runs;
  }

  /** Waits until some run changes, at most {@code millis}. */
  void awaitChange(long millis) throws InterruptedException {
    synchronized (changed) {
      changed.wait(millis);
    }
  }

  private void signal() {
    synchronized (changed) {
      changed.notifyAll();
    }
  }

  /** Cancels every job, waits for the workers to stop, and records unfinished runs interrupted. */
  @Override
  public void close() {
    closing = true;
    for (ActiveRun run : active.values()) {
      run.cancellation.cancel();
    }
    executor.shutdown();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ActiveRun run : active.values()) {
      runs.updateProgress(run.id, run.done, run.total);
    }
    runs.interruptRunning();
    signal();
  }
}
