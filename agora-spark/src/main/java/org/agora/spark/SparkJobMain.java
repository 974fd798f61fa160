package org.agora.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobSpec;
import org.agora.evaluation.sweep.EvaluationSweepSpec;
import org.agora.evaluation.sweep.SolverSweepSpec;
import org.agora.evaluation.sweep.SweepSpecJson;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.store.AgoraDatabase;
import org.agora.store.DataDirectory;
import org.agora.store.RunStore;
import org.agora.store.TournamentStatus;
import org.agora.store.TournamentStore;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The application jar's main class, for {@code spark-submit} on any cluster:
 *
 * <pre>
 * spark-submit --master spark://HOST:7077 --class org.agora.spark.SparkJobMain agora-spark-app.jar \
 *     SPEC.json --out DIR [--db JDBC_URL | --data DIR]
 * </pre>
 *
 * <p>Runs the specification (a tournament, an evaluation sweep or a solver sweep, as {@code agora sweep}
 * reads it) on the application's Spark context, its rows as Parquet under {@code DIR} (a path every
 * executor sees: HDFS, an object store, or a shared disk), then records it in the Agora database from
 * the driver: a tournament's matches in the tournament tables (so {@code agora evaluate --tournament ID}
 * reads them), a sweep as a run with its result. Prints the result as JSON on standard output.
 * Submitted again with the same specification and {@code --out}, it plays only the blocks the first
 * submission did not store.
 */
public final class SparkJobMain {

  private static final String USAGE = "usage: SparkJobMain SPEC.json --out DIR [--db JDBC_URL | --data DIR]";

  private SparkJobMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs and returns the exit code: 0 done, 1 failed, 2 bad arguments or specification. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String specFile = null;
    String output = null;
    String db = null;
    String data = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      boolean hasValue = i + 1 < args.length;
      switch (arg) {
        case "--out" -> output = hasValue ? args[++i] : null;
        case "--db" -> db = hasValue ? args[++i] : null;
        case "--data" -> data = hasValue ? args[++i] : null;
        default -> {
          if (arg.startsWith("--") || specFile != null) {
            err.println("agora: unexpected argument " + arg + "; " + USAGE);
            return 2;
          }
          specFile = arg;
        }
      }
    }
    if (specFile == null || output == null || (db != null && data != null)) {
      err.println("agora: " + USAGE);
      return 2;
    }
    JobSpec spec;
    try {
      spec = SweepSpecJson.readSpec(Files.readString(Path.of(specFile), StandardCharsets.UTF_8));
    } catch (NoSuchFileException missing) {
      err.println("agora: no such file: " + specFile);
      return 2;
    } catch (IOException unreadable) {
      err.println("agora: cannot read " + specFile + ": " + unreadable.getMessage());
      return 2;
    } catch (IllegalArgumentException bad) {
      err.println("agora: " + specFile + ": " + bad.getMessage());
      return 2;
    }
    SparkConf conf = new SparkConf().setAppName("agora " + spec.kind());
    if (!conf.contains("spark.master")) {
      conf.setMaster(SparkContexts.DEFAULT_MASTER); // run with plain java: this machine
    }
    try (AgoraDatabase database = db != null ? AgoraDatabase.open(db) : AgoraDatabase.openDataDirectory(DataDirectory.resolve(data));
        JavaSparkContext spark = new JavaSparkContext(conf)) {
      spark.setLogLevel("WARN");
      SparkSweepEngine engine = new SparkSweepEngine(spark, output);
      JobContext context = JobContext.sequential((done, total) -> { }, Cancellation.never());
      ObjectNode result;
      if (spec instanceof TournamentSpec tournament) {
        result = tournament(tournament, engine, context, database.tournaments());
      } else if (spec instanceof EvaluationSweepSpec sweep) {
        result = sweep(spec, SweepSpecJson.resultNode(engine.run(sweep, context), false), database.runs());
      } else if (spec instanceof SolverSweepSpec sweep) {
        result = sweep(spec, SweepSpecJson.resultNode(engine.run(sweep, context)), database.runs());
      } else {
        err.println("agora: cannot run a " + spec.kind() + " job on Spark");
        return 2;
      }
      result.put("output", output).put("database", database.url());
      out.println(result.toPrettyString());
      return 0;
    } catch (RuntimeException failure) {
      err.println("agora: " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
          : failure.getMessage().lines().findFirst().orElse("")));
      return 1;
    }
  }

  private static ObjectNode tournament(TournamentSpec spec, SparkSweepEngine engine, JobContext context,
      TournamentStore store) {
    List<MatchRecord> records = engine.play(spec, context);
    int players = new TournamentRunner(spec).game().playerCount();
    long id = store.create(spec, players);
    org.agora.evaluation.tournament.MatchSink sink = store.sink(id);
    for (int from = 0; from < records.size(); from += TournamentRunner.BLOCK) {
      sink.accept(records.subList(from, Math.min(records.size(), from + TournamentRunner.BLOCK)));
    }
    store.setStatus(id, TournamentStatus.COMPLETED);
    return JsonNodeFactory.instance.objectNode().put("kind", TournamentSpec.KIND).put("tournament", id)
        .put("matches", records.size());
  }

  private static ObjectNode sweep(JobSpec spec, ObjectNode result, RunStore runs) {
    long id = runs.create(spec.kind(), spec.kind() + " on Spark", SweepSpecJson.writeSpec(spec));
    runs.markRunning(id);
    runs.complete(id, result.toString());
    ObjectNode printed = result.deepCopy();
    printed.put("run", id);
    return printed;
  }
}
