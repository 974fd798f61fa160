package org.agora.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The JSON the API shows of a run: its view (status, progress, error, stored tournament, times,
 * specification), what it shows while running (live series points, a tournament's standings so far),
 * and one series' points as a {@code points} event carries them.
 */
final class JobViews {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;

  JobViews(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A run as {@code GET /api/jobs/{id}} shows it. */
  ObjectNode view(RunRecord run) {
    ObjectNode json = NODES.objectNode().put("id", run.id()).put("kind", run.kind()).put("title", run.title())
        .put("status", run.status().storedName());
    json.putObject("progress").put("done", run.done()).put("total", run.total());
    if (run.error() == null) {
      json.putNull("error");
    } else {
      json.put("error", run.error());
    }
    if (run.tournamentId() == null) {
      json.putNull("tournamentId");
    } else {
      json.put("tournamentId", run.tournamentId());
    }
    json.put("createdAt", run.createdAt().toString()).put("updatedAt", run.updatedAt().toString());
    try {
      json.set("spec", mapper.readTree(run.specJson()));
    } catch (IOException e) {
      json.putNull("spec");
    }
    return json;
  }

  /**
   * What a job has shown so far: its view, the live points of its series (a solver's convergence curve
   * while it runs; empty once it has finished, when the result has the whole curve) and, for a running
   * tournament, the standings over the matches played so far.
   *
   * @param live the job's live view, or null when it is not running here
   */
  ObjectNode live(RunRecord run, JobService.LiveView live) {
    ObjectNode json = view(run);
    ArrayNode series = json.putArray("series");
    if (live != null) {
      for (LiveSeries.Snapshot snapshot : live.series()) {
        series.add(points(run.id(), snapshot, 0, true));
      }
    }
    json.set("standings", live == null || live.standings() == null ? NODES.nullNode() : live.standings());
    return json;
  }

  /** The points of {@code snapshot} from index {@code from} on; {@code reset}: they replace all earlier ones. */
  static ObjectNode points(long id, LiveSeries.Snapshot snapshot, int from, boolean reset) {
    ObjectNode json = NODES.objectNode().put("id", id).put("series", snapshot.name()).put("reset", reset);
    ArrayNode x = json.putArray("x");
    ArrayNode y = json.putArray("y");
    for (int i = from; i < snapshot.x().length; i++) {
      x.add(snapshot.x()[i]);
      if (Double.isFinite(snapshot.y()[i])) {
        y.add(snapshot.y()[i]);
      } else {
        y.addNull();
      }
    }
    return json;
  }
}
