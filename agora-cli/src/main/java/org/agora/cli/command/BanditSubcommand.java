package org.agora.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.agora.cli.CommandFailure;
import org.agora.cli.MatchRun;
import org.agora.cli.bandit.BanditRunOptions;
import org.agora.learning.bandits.ParallelRuns;
import org.agora.cli.store.StoreOptions;
import org.agora.core.job.JobCancelledException;
import org.agora.store.AgoraDatabase;
import org.agora.store.RunStore;
import org.agora.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Base of the {@code agora bandit <kind>} subcommands ({@code contextual}, {@code collaborative}, {@code federated},
 * {@code market}, and the ones to come): the shared options ({@link BanditRunOptions}) checked before the run, the
 * independent seeded tasks run on {@code --threads} workers with a progress bar ({@link ParallelRuns}), Ctrl-C
 * reported in one line with the interrupted exit code, the plot paths reported on the error stream, and a finished
 * experiment recorded in the database as a completed job run of the subcommand's kind (its specification and
 * result JSON, as {@code agora bandit} records its runs) unless {@code --no-store}. A run is recorded only once
 * it has finished, so an interrupted one leaves nothing behind and running it again records it once.
 */
abstract class BanditSubcommand extends AgoraSubcommand {

  @Mixin
  BanditRunOptions options;

  @Option(names = "--no-store", description = "Do not record the run in the database.")
  boolean noStore;

  @Mixin
  StoreOptions storage;

  /** Does the subcommand's work once the shared options are checked; returns its exit code. */
  protected abstract int run() throws IOException;

  @Override
  protected final int execute() throws IOException {
    CommandLine parent = spec.commandLine().getParent();
    ParseResult parentOptions = parent == null ? null : parent.getParseResult();
    if (parentOptions != null && !parentOptions.matchedOptions().isEmpty()) {
      throw usage("options of agora bandit (" + parentOptions.matchedOptions().get(0).longestName() + ") do not apply"
          + " to agora bandit " + spec.name() + "; give its options after the subcommand, e.g. agora bandit "
          + spec.name() + " --seeds 5");
    }
    options.validate();
    storage.validate(spec);
    try {
      return run();
    } catch (JobCancelledException cancelled) {
      err().println("agora: bandit " + spec.name() + " run cancelled (Ctrl-C)");
      err().flush();
      return SolveCommand.INTERRUPTED;
    }
  }

  /**
   * Runs {@code task} for every index in {@code [0, total)} on the {@code --threads} workers, with a progress bar of
   * {@code total} units named {@code label}, and returns the results in index order.
   */
  protected final <T> List<T> runTasks(String label, int total, IntFunction<T> task) {
    return MatchRun.run(Math.min(options.threads(), Math.max(1, total)), options.progress(err(), label, total),
        "agora-bandit-" + spec.name(), context -> ParallelRuns.run(context, total, task));
  }

  /**
   * Records a finished experiment as a completed job run of {@code kind}: {@code result}'s {@code spec} as the
   * specification and {@code result} as the result; unless {@code --no-store}. Adds the run's id and database to
   * {@code result} (for the printed JSON) and names them on the error stream.
   */
  protected final void store(String kind, String title, ObjectNode result) {
    if (noStore) {
      return;
    }
    try (AgoraDatabase database = storage.openDatabase()) {
      RunStore runs = database.runs();
      long id = runs.create(kind, title, result.get("spec").toString());
      runs.markRunning(id);
      runs.updateProgress(id, 1, 1);
      runs.complete(id, result.toString());
      result.put("run", id).put("database", database.url());
      err().println(kind + " run " + id + " in " + database.url());
      err().flush();
    } catch (StoreException failure) {
      throw new CommandFailure(failure.getMessage(), failure);
    }
  }

  /** Names the written plot files on the error stream. */
  protected final void reportPlots(List<Path> plots) {
    for (Path plot : plots) {
      err().println("plot written to " + plot);
    }
  }

  /** A usage error (exit code 2). */
  protected final ParameterException usage(String message) {
    return options.usage(message);
  }
}
