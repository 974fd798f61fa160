package org.agora.cli.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import org.agora.cli.CommandFailure;
import org.agora.cli.store.StoreOptions;
import org.agora.evaluation.population.CrossTableReader;
import org.agora.store.StoreException;
import org.agora.store.StoredTournament;
import org.agora.store.TournamentStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The input options shared by {@code agora evaluate} and {@code agora rate}: exactly one of
 * {@code --table FILE} (a cross-table of mean returns, in the format of the published RRPS table)
 * and {@code --tournament ID} (a stored tournament's match records, from the store that {@code --db} or
 * {@code --data} names).
 */
public final class EvaluationSource {

  @Option(names = "--table", paramLabel = "FILE",
      description = "A cross-table of mean returns: lines ('row agent', 'column agent', return), as the published RRPS table.")
  Path table;

  @Option(names = "--tournament", paramLabel = "ID",
      description = "A stored tournament's id: evaluates its match records (bootstrap intervals, match-stream ratings).")
  Long tournament;

  @Mixin
  StoreOptions storage;

  /**
   * Reads the input the options name.
   *
   * @throws ParameterException when neither or both are given
   * @throws CommandFailure when the input cannot be read
   */
  public EvaluationInput load(CommandSpec spec) throws IOException {
    storage.validate(spec);
    if ((table == null) == (tournament == null)) {
      throw new ParameterException(spec.commandLine(), table == null
          ? "give the input: --table FILE (a cross-table) or --tournament ID (a stored tournament)"
          : "give --table or --tournament, not both");
    }
    if (table != null) {
      return new EvaluationInput.Table(table.toString(), CrossTableReader.read(table));
    }
    try (TournamentStore store = storage.open()) {
      StoredTournament stored = store.tournament(tournament);
      String source = "tournament " + tournament;
      if (!stored.allMatchesStored()) {
        source += " (" + stored.storedMatches() + " of " + stored.expectedMatches() + " matches, "
            + stored.status().name().toLowerCase(java.util.Locale.ROOT) + ")";
      }
      return new EvaluationInput.Matches(source, stored.spec().agents(), stored.players(), store.matches(tournament));
    } catch (StoreException failure) {
      throw new CommandFailure(failure.getMessage(), failure);
    }
  }
}
