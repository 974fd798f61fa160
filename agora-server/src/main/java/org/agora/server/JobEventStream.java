package org.agora.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A job's server-sent events ({@code GET /api/jobs/{id}/events}): {@code progress}
 * ({@code {done, total}}) whenever it changes; {@code points} ({@code {series, reset, x, y}}) with a
 * series' new live points (every point when {@code reset}, after the server thinned a long series);
 * then one {@code status} event with the job's final view, and the stream ends. At most ten rounds of
 * events a second, a keep-alive comment every 15 s.
 */
final class JobEventStream {

  /** Least time between two rounds of events of one stream. */
  private static final long EVENT_INTERVAL_MILLIS = 100;
  private static final long KEEP_ALIVE_NANOS = 15_000_000_000L;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JobService jobs;
  private final JobViews views;
  private final ObjectMapper mapper;

  JobEventStream(JobService jobs, JobViews views, ObjectMapper mapper) {
    this.jobs = jobs;
    this.views = views;
    this.mapper = mapper;
  }

  /**
   * Streams job {@code id}'s events until it ends.
   *
   * @throws ApiException 404 for an unknown job
   */
  void stream(Context ctx, long id) throws IOException, InterruptedException {
    jobs.find(id);
    ctx.status(200);
    ctx.res().setContentType("text/event-stream");
    ctx.res().setCharacterEncoding("UTF-8");
    ctx.res().setHeader("Cache-Control", "no-cache");
    OutputStream out = ctx.res().getOutputStream();
    long lastDone = -1;
    long lastTotal = Long.MIN_VALUE;
    long lastBeat = System.nanoTime();
    Map<String, long[]> sent = new HashMap<>(); // per series: generation and points sent
    while (true) {
      RunRecord run = jobs.current(id).orElse(null);
      if (run == null) {
        send(out, "status", NODES.objectNode().put("id", id).put("status", "deleted"));
        return;
      }
      if (run.done() != lastDone || run.total() != lastTotal) {
        lastDone = run.done();
        lastTotal = run.total();
        send(out, "progress", NODES.objectNode().put("id", id).put("done", lastDone).put("total", lastTotal));
      }
      LiveSeries series = jobs.liveSeries(id).orElse(null);
      if (series != null) {
        for (LiveSeries.Snapshot snapshot : series.snapshot()) {
          long[] seen = sent.get(snapshot.name());
          boolean reset = seen == null || seen[0] != snapshot.generation();
          int from = reset ? 0 : (int) seen[1];
          if (from < snapshot.x().length) {
            send(out, "points", JobViews.points(id, snapshot, from, reset));
          }
          sent.put(snapshot.name(), new long[] {snapshot.generation(), snapshot.x().length});
        }
      }
      if (!run.status().active()) {
        send(out, "status", views.view(run));
        return;
      }
      if (System.nanoTime() - lastBeat > KEEP_ALIVE_NANOS) {
        out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        lastBeat = System.nanoTime();
      }
      long waited = System.nanoTime();
      jobs.awaitChange(200);
      long early = EVENT_INTERVAL_MILLIS - (System.nanoTime() - waited) / 1_000_000;
      if (early > 0) {
        Thread.sleep(early); // at most ten rounds of events a second, however often the job reports
      }
    }
  }

  private void send(OutputStream out, String event, JsonNode data) throws IOException {
    out.write(("event: " + event + "\ndata: " + mapper.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
