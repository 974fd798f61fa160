package org.agora.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.agora.store.AgoraDatabase;

/**
 * A bounded load test of the JSON API, on loopback only: it starts a server on a free port over a fresh
 * SQLite database (as {@code agora serve} does), keeps both workers busy with two long jobs (a Leduc poker
 * CFR+ solve and a repeated-RPS tournament), then lets {@code clients} threads each issue exactly
 * {@code requestsPerClient} requests (a seeded mix of reads and a few small solve submissions) before a
 * hard deadline, timing each with {@link System#nanoTime()}. Afterwards it cancels the long jobs and
 * follows every accepted job to a final state. It stops by itself: no request is sent after the
 * deadline, and every request has a timeout.
 *
 * <p>Run it standalone with
 * {@code scripts/load-test CLIENTS REQUESTS [DEADLINE_SECONDS] [--memory] [--idle] [--think MS]}
 * ({@code --memory}: runs in memory instead of SQLite, to see what the database costs; {@code --idle}:
 * without the two long jobs, to see what they cost; {@code --think MS}: each client pauses between requests,
 * as a page polling a job does, instead of sending back to back).
 */
final class ApiLoadGenerator {

  /** What one request does. Reads are everything but {@link #SUBMIT}. */
  enum RequestType {
    LIST_JOBS("GET /api/jobs", 20),
    JOB("GET /api/jobs/{id}", 25),
    RESULT("GET /api/jobs/{id}/result", 15),
    GAMES("GET /api/games", 15),
    GAME("GET /api/games/kuhn_poker", 20),
    SUBMIT("POST /api/jobs", 5);

    final String label;
    final int weight;

    RequestType(String label, int weight) {
      this.label = label;
      this.weight = weight;
    }
  }

  /**
   * How hard to push.
   *
   * @param clients concurrent clients (one thread each)
   * @param requestsPerClient requests each client sends
   * @param deadline time after which no client sends another request
   * @param seed seeds each client's request mix
   * @param inMemory runs in memory instead of over SQLite (for comparison)
   * @param longJobs runs the two long jobs during the load (false: an idle baseline, for comparison)
   * @param thinkMillis pause of each client between two requests (0: back to back, the hardest load)
   * @param warmUpPerClient reads each client sends first, not measured: a server runs for hours, so its
   *     latency is that of compiled code, not of the JIT's first seconds (the long jobs run meanwhile)
   */
  record Settings(int clients, int requestsPerClient, Duration deadline, long seed, boolean inMemory,
      boolean longJobs, int thinkMillis, int warmUpPerClient) {
    Settings {
      if (clients < 1 || clients > 1000 || requestsPerClient < 1 || requestsPerClient > 100_000
          || thinkMillis < 0 || thinkMillis > 60_000 || warmUpPerClient < 0 || warmUpPerClient > 100_000) {
        throw new IllegalArgumentException("clients must be 1 to 1000, requests per client 1 to 100000,"
            + " the think time 0 to 60000 ms and the warm-up 0 to 100000 requests per client");
      }
    }
  }

  /** Latencies of one request type, in nanoseconds, sorted. */
  record Latencies(long[] sorted) {
    long percentile(double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(p * sorted.length);
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long max() {
      return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }
  }

  /**
   * What happened.
   *
   * @param latencies per request type
   * @param reads every read together
   * @param statuses per request type, status code to count (0: no response)
   * @param sent requests sent
   * @param planned requests planned (clients x requests per client)
   * @param loadNanos wall time of the load phase
   * @param serverErrors 5xx responses other than a full queue's 503 to a submission
   * @param failures every check that failed, one line each (empty: all passed)
   * @param accepted jobs accepted (202) during the load
   * @param rejected submissions refused with 503 because the queue was full
   * @param finalStatuses final status of every job the server accepted, by status
   */
  record Report(Map<RequestType, Latencies> latencies, Latencies reads, Map<RequestType, Map<Integer, Integer>> statuses,
      int sent, int planned, long loadNanos, int serverErrors, List<String> failures, int accepted, int rejected,
      Map<String, Integer> finalStatuses) {

    double throughput() {
      return sent / (loadNanos / 1e9);
    }

    /** A table of the figures. */
    String format(Settings settings) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "load: %d clients x %d requests (%s), %s, 2 workers, %s%n",
          settings.clients(), settings.requestsPerClient(), settings.inMemory() ? "in memory" : "SQLite",
          settings.longJobs() ? "two long jobs running" : "no long jobs (idle baseline)",
          settings.thinkMillis() == 0 ? "back to back" : settings.thinkMillis() + " ms between a client's requests"));
      out.append(String.format(Locale.ROOT, "measured after a warm-up of %d unmeasured reads per client%n",
          settings.warmUpPerClient()));
      out.append(String.format(Locale.ROOT, "%-28s %6s %8s %8s %8s %8s  %s%n", "request", "n", "p50 ms", "p90 ms",
          "p99 ms", "max ms", "statuses"));
      for (RequestType type : RequestType.values()) {
        out.append(row(type.label, latencies.get(type), statuses.get(type).toString()));
      }
      out.append(row("all reads", reads, ""));
      out.append(String.format(Locale.ROOT, "sent %d of %d in %.2f s: %.0f requests/s; 5xx (not backpressure): %d;"
          + " submissions accepted %d, refused 503 (queue full) %d%n", sent, planned, loadNanos / 1e9, throughput(),
          serverErrors, accepted, rejected));
      out.append("final statuses of accepted jobs: ").append(finalStatuses).append('\n');
      out.append(String.format(Locale.ROOT, "reads p99 %.1f ms against the 100 ms target: %s%n",
          reads.percentile(0.99) / 1e6, reads.percentile(0.99) < 100_000_000L ? "met" : "MISSED"));
      out.append(failures.isEmpty() ? "checks: passed\n" : "checks FAILED:\n  " + String.join("\n  ", failures) + "\n");
      return out.toString();
    }

    private static String row(String label, Latencies l, String statuses) {
      return String.format(Locale.ROOT, "%-28s %6d %8.1f %8.1f %8.1f %8.1f  %s%n", label, l.sorted().length,
          l.percentile(0.50) / 1e6, l.percentile(0.90) / 1e6, l.percentile(0.99) / 1e6, l.max() / 1e6, statuses);
    }
  }

  /** A short solve, submitted by clients; it completes in a fraction of a second once a worker is free. */
  static final String SMALL_SOLVE = "{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr+(iterations=200)\"}";
  /** A solve that runs for minutes; cancelled at the end. */
  static final String LONG_SOLVE = "{\"kind\":\"solve\",\"game\":\"leduc_poker\",\"solver\":\"cfr+(iterations=1000000)\"}";
  /** A tournament that runs for minutes; cancelled at the end. */
  static final String LONG_TOURNAMENT = "{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors(rounds=1000)\","
      + "\"agents\":[\"randbot\",\"rockbot\",\"greenberg\",\"iocainebot\"],\"matchesPerPairing\":20000}";

  private ApiLoadGenerator() {}

  /** Runs the whole scenario in {@code directory} (the SQLite file goes there) and reports. */
  static Report run(Settings settings, Path directory) {
    if (settings.inMemory()) {
      return run(settings, new AgoraServer(ServerConfig.defaults().withPort(0), new InMemoryRunRepository(), null));
    }
    try (AgoraDatabase database = AgoraDatabase.open("jdbc:sqlite:" + directory.resolve("load.db"))) {
      return run(settings, new AgoraServer(ServerConfig.defaults().withPort(0),
          new StoredRunRepository(database.runs()), database.tournaments()));
    }
  }

  private static Report run(Settings settings, AgoraServer server) {
    try (ServerFixture fixture = new ServerFixture(server)) {
      long finished = fixture.submit(SMALL_SOLVE);
      requireStatus(fixture.awaitFinal(finished), "completed");
      long[] longJobs = settings.longJobs()
          ? new long[] {fixture.submit(LONG_SOLVE), fixture.submit(LONG_TOURNAMENT)} : new long[0];
      for (long id : longJobs) {
        fixture.awaitRunning(id);
      }
      long[] known = LongStream.concat(LongStream.of(finished), LongStream.of(longJobs)).toArray();

      Load load = new Load(settings, fixture.base, known, finished);
      load.run();

      List<String> failures = new ArrayList<>(load.errors);
      for (long id : longJobs) {
        String status = fixture.get("/api/jobs/" + id).json().path("status").asText();
        if (!status.equals("running")) {
          failures.add("long job " + id + " was " + status + " at the end of the load, not running: the load did not"
              + " overlap two running jobs");
        }
        fixture.method("POST", "/api/jobs/" + id + "/cancel");
      }
      Map<String, Integer> finalStatuses = new TreeMap<>();
      List<Long> accepted = new ArrayList<>(load.accepted);
      LongStream.of(known).forEach(accepted::add);
      for (long id : accepted) {
        String status = finalStatus(fixture, id);
        finalStatuses.merge(status, 1, Integer::sum);
        String expected = LongStream.of(longJobs).anyMatch(j -> j == id) ? "cancelled" : "completed";
        if (!status.equals(expected)) {
          failures.add("job " + id + " ended " + status + ", expected " + expected + " (lost)");
        }
      }
      // the run table holds exactly the accepted jobs: a refused submission leaves no run behind
      if (accepted.size() <= AgoraServer.MAX_LIST) {
        Set<Long> listed = new TreeSet<>();
        fixture.get("/api/jobs?limit=" + AgoraServer.MAX_LIST).json().forEach(job -> listed.add(job.get("id").asLong()));
        if (!listed.equals(new TreeSet<>(accepted))) {
          failures.add("the run list holds " + listed.size() + " runs, but " + accepted.size() + " jobs were accepted");
        }
      }
      if (load.sent() < load.planned()) {
        failures.add("only " + load.sent() + " of " + load.planned() + " requests were sent before the deadline");
      }
      if (load.serverErrors > 0) {
        failures.add(load.serverErrors + " responses were 5xx (other than 503 for a full queue)");
      }
      return load.report(failures, finalStatuses);
    }
  }

  private static void requireStatus(JsonNode job, String status) {
    if (!job.path("status").asText().equals(status)) {
      throw new IllegalStateException("job " + job.path("id") + " is " + job.path("status") + ", expected " + status);
    }
  }

  /** The job's final status, "missing" when the server no longer knows it, "stuck" when it never ends. */
  private static String finalStatus(ServerFixture fixture, long id) {
    for (int i = 0; i < 600; i++) {
      ServerFixture.Reply reply = fixture.get("/api/jobs/" + id);
      if (reply.status() == 404) {
        return "missing";
      }
      String status = reply.json().path("status").asText();
      if (!status.equals("queued") && !status.equals("running")) {
        return status;
      }
      ServerFixture.sleep(50);
    }
    return "stuck";
  }

  /** The load phase: the clients, their samples and counts. */
  private static final class Load {
    final Settings settings;
    final String base;
    final long[] jobIds;
    final long finished;
    final ConcurrentLinkedQueue<Long> accepted = new ConcurrentLinkedQueue<>();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final long[][][] samples; // [client][type][i]
    final int[][] counts; // [client][type]
    final Map<RequestType, Map<Integer, Integer>> statuses = new EnumMap<>(RequestType.class);
    int serverErrors;
    int rejected;
    long loadNanos;
    volatile long measuredStart;
    final java.util.concurrent.CyclicBarrier warmedUp;

    Load(Settings settings, String base, long[] jobIds, long finished) {
      this.settings = settings;
      this.base = base;
      this.jobIds = jobIds;
      this.finished = finished;
      this.samples = new long[settings.clients()][RequestType.values().length][settings.requestsPerClient()];
      this.counts = new int[settings.clients()][RequestType.values().length];
      this.warmedUp = new java.util.concurrent.CyclicBarrier(settings.clients(), () -> measuredStart = System.nanoTime());
      for (RequestType type : RequestType.values()) {
        statuses.put(type, new TreeMap<>());
      }
    }

    int planned() {
      return settings.clients() * settings.requestsPerClient();
    }

    int sent() {
      return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    void run() {
      long start = System.nanoTime();
      long deadline = start + settings.deadline().toNanos();
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < settings.clients(); c++) {
        int clientIndex = c;
        Thread thread = new Thread(() -> {
          try {
            go.await();
            client(clientIndex, deadline);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, "load-client-" + c);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
      go.countDown();
      for (Thread thread : threads) {
        try {
          thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 15_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        if (thread.isAlive()) {
          errors.add(thread.getName() + " did not stop after the deadline");
          thread.interrupt();
        }
      }
      loadNanos = System.nanoTime() - measuredStart;
    }

    private void client(int index, long deadline) {
      URI address = URI.create(base);
      int timeout = (int) Math.min(Integer.MAX_VALUE, Math.max(1_000, settings.deadline().toMillis()));
      try (LoopbackHttpClient http = new LoopbackHttpClient(address.getHost(), address.getPort(), timeout)) {
        client(index, deadline, http);
      }
    }

    private void client(int index, long deadline, LoopbackHttpClient http) {
      Random warmUp = new Random(settings.seed() * 7_919L + index);
      for (int i = 0; i < settings.warmUpPerClient() && System.nanoTime() < deadline; i++) {
        RequestType type = RequestType.values()[warmUp.nextInt(RequestType.values().length)];
        try {
          http.send("GET", type == RequestType.SUBMIT ? "/api/jobs" : path(type, warmUp), null, null);
        } catch (IOException e) {
          // not measured; the measured phase reports failures
        }
      }
      try {
        warmedUp.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
        return; // another client failed to warm up in time: the sent count shows it
      }
      Random random = new Random(settings.seed() * 1_000_003L + index);
      int total = Arrays.stream(RequestType.values()).mapToInt(t -> t.weight).sum();
      for (int i = 0; i < settings.requestsPerClient(); i++) {
        if (i > 0 && settings.thinkMillis() > 0) {
          try {
            Thread.sleep(settings.thinkMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return;
        }
        int pick = random.nextInt(total);
        RequestType type = RequestType.values()[0];
        for (RequestType candidate : RequestType.values()) {
          if (pick < candidate.weight) {
            type = candidate;
            break;
          }
          pick -= candidate.weight;
        }
        boolean submit = type == RequestType.SUBMIT;
        int status;
        String body;
        long t0 = System.nanoTime();
        try {
          LoopbackHttpClient.Response response = http.send(submit ? "POST" : "GET", path(type, random),
              "application/json", submit ? SMALL_SOLVE.getBytes(StandardCharsets.UTF_8) : null);
          status = response.status();
          body = response.body();
        } catch (IOException e) {
          status = 0;
          body = e.toString();
        }
        long elapsed = System.nanoTime() - t0;
        samples[index][type.ordinal()][counts[index][type.ordinal()]++] = elapsed;
        record(type, status, body);
      }
    }

    private String path(RequestType type, Random random) {
      return switch (type) {
        case LIST_JOBS -> "/api/jobs";
        case JOB -> "/api/jobs/" + jobIds[random.nextInt(jobIds.length)];
        case RESULT -> "/api/jobs/" + finished + "/result";
        case GAMES -> "/api/games";
        case GAME -> "/api/games/kuhn_poker";
        case SUBMIT -> "/api/jobs";
      };
    }

    private synchronized void record(RequestType type, int status, String body) {
      statuses.get(type).merge(status, 1, Integer::sum);
      boolean backpressure = type == RequestType.SUBMIT && status == 503 && body.contains("queue is full");
      if (type == RequestType.SUBMIT && status == 202) {
        accepted.add(parse(body).path("id").asLong());
        return;
      }
      if (backpressure) {
        rejected++;
        return;
      }
      if (status >= 500) {
        serverErrors++;
      }
      if (status != 200 || type == RequestType.SUBMIT) {
        if (errors.size() < 20) {
          errors.add(type.label + " answered " + status + ": " + ClientStrings.abbreviate(body.replace('\n', ' ')));
        } else if (errors.size() == 20) {
          errors.add("(further errors not listed)");
        }
      }
    }

    private static JsonNode parse(String body) {
      try {
        return ServerFixture.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("a 202 without JSON: " + body, e);
      }
    }

    Report report(List<String> failures, Map<String, Integer> finalStatuses) {
      Map<RequestType, Latencies> latencies = new EnumMap<>(RequestType.class);
      List<long[]> reads = new ArrayList<>();
      for (RequestType type : RequestType.values()) {
        int t = type.ordinal();
        long[] all = IntStream.range(0, samples.length)
            .mapToObj(c -> Arrays.stream(samples[c][t], 0, counts[c][t])).flatMapToLong(x -> x).sorted().toArray();
        latencies.put(type, new Latencies(all));
        if (type != RequestType.SUBMIT) {
          reads.add(all);
        }
      }
      long[] allReads = reads.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return new Report(latencies, new Latencies(allReads), statuses, sent(), planned(), loadNanos, serverErrors,
          List.copyOf(failures), accepted.size(), rejected, finalStatuses);
    }
  }

  /**
   * Standalone: {@code CLIENTS REQUESTS_PER_CLIENT [DEADLINE_SECONDS] [--memory] [--idle] [--think MS]}; prints the figures and
   * exits 1 when a check failed, 2 on bad arguments.
   */
  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean inMemory = rest.remove("--memory");
    boolean idle = rest.remove("--idle");
    int think = 0;
    int warmUp = 200;
    int warmUpAt = rest.indexOf("--warmup");
    if (warmUpAt >= 0 && warmUpAt + 1 < rest.size()) {
      String value = rest.remove(warmUpAt + 1);
      rest.remove(warmUpAt);
      try {
        warmUp = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        warmUp = -1;
      }
    }
    int thinkAt = rest.indexOf("--think");
    if (thinkAt >= 0 && thinkAt + 1 < rest.size()) {
      String value = rest.remove(thinkAt + 1);
      rest.remove(thinkAt);
      try {
        think = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        think = -1;
      }
    }
    Settings settings;
    try {
      if (rest.size() < 2 || rest.size() > 3) {
        throw new IllegalArgumentException(
            "usage: load-test CLIENTS REQUESTS_PER_CLIENT [DEADLINE_SECONDS] [--memory] [--idle] [--think MS]"
            + " [--warmup READS_PER_CLIENT (default 200)]");
      }
      settings = new Settings(Integer.parseInt(rest.get(0)), Integer.parseInt(rest.get(1)),
          Duration.ofSeconds(rest.size() == 3 ? Long.parseLong(rest.get(2)) : 300), 1, inMemory, !idle, think, warmUp);
    } catch (IllegalArgumentException e) {
      System.err.println("load-test: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path directory = Files.createTempDirectory("agora-load");
    Report report;
    try {
      report = run(settings, directory);
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.print(report.format(settings));
    System.exit(report.failures().isEmpty() ? 0 : 1);
  }
}
