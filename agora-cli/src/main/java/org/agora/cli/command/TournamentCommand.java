package org.agora.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.cli.CommandFailure;
import org.agora.cli.GameResolver;
import org.agora.cli.MatchRun;
import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.output.TextTable;
import org.agora.cli.play.AgentList;
import org.agora.cli.store.StoreOptions;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameSpecException;
import org.agora.core.job.JobCancelledException;
import org.agora.evaluation.population.AgentMetrics;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.PopulationMetrics;
import org.agora.evaluation.statistics.RunningStatistics;
import org.agora.evaluation.sweep.SweepEngine;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentResult;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.store.StoreException;
import org.agora.store.StoredMatchIndexes;
import org.agora.store.StoredTournament;
import org.agora.store.TournamentStatus;
import org.agora.store.TournamentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora tournament GAME --agents a,b,c | --population NAME --matches N}: a round robin of
 * registered agents (or of a registered family, such as the {@code rrps} bots) in a two-player game,
 * N matches per pairing with seats alternating, every match seeded from the tournament seed, the
 * pairing and the match ({@link TournamentRunner}). Prints the agents ranked by the population
 * metrics of Lanctot et al. (2023) and the cross-table. The library plays; the command parses, owns
 * the worker threads, draws the progress bar and renders.
 *
 * <p>Every tournament is stored ({@link TournamentStore}): in the embedded database of the data
 * directory ({@code --data DIR}, else {@code AGORA_DATA}, else {@code ~/.agora}) or in the database
 * of {@code --db JDBC_URL}, one row per match, written block by block. Its id is printed on the error
 * stream when it starts; {@code --resume ID} plays only the matches the store lacks (after Ctrl-C,
 * a failure or a killed process) and summarises every stored match. {@code --list} lists the stored
 * tournaments: an option of this command rather than a command of its own, because it reads the
 * same store chosen by the same {@code --db}/{@code --data} options.
 */
@Command(
    name = "tournament",
    mixinStandardHelpOptions = true,
    description = "Play a round robin between agents and rank them by population return, exploitability and aggregate score.")
public final class TournamentCommand extends AgoraSubcommand {

  private static final int MAX_THREADS = 1024;
  /** Largest cross-table printed as text; larger ones go to --json. */
  private static final int MAX_PRINTED_CROSS_TABLE = 12;

  @Parameters(paramLabel = "GAME", arity = "0..1",
      description = "A two-player game string, e.g. repeated_rock_paper_scissors (not with --resume or --list).")
  String gameArgument;

  @Option(names = {"-a", "--agents"}, paramLabel = "AGENTS",
      description = "Comma-separated agent strings (at least two), added to --population's agents.")
  String agents;

  @Option(names = {"-p", "--population"}, paramLabel = "NAME",
      description = "A registered agent family, e.g. rrps (the RoShamBo competition bots).")
  String population;

  @Option(names = {"-m", "--matches"}, paramLabel = "N", defaultValue = "10",
      description = "Matches per pairing, seats alternating (default: ${DEFAULT-VALUE}).")
  int matches;

  @Option(names = "--self-play", description = "Also pair every agent with itself.")
  boolean selfPlay;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Tournament seed; the same seed gives the same matches on any number of threads (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "1",
      description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Option(names = "--csv", description = "Print the ranking as CSV (one line per agent) instead of tables.")
  boolean csv;

  @Mixin
  StoreOptions storage;

  @Option(names = "--resume", paramLabel = "ID",
      description = "Continue stored tournament ID: play only its missing matches, then summarise all of them.")
  Long resume;

  @Option(names = "--list", description = "List the stored tournaments and exit.")
  boolean list;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = SweepEngine.LOCAL,
      description = "Where to play: local (this process's threads) or spark (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master URL for --engine spark (default: local[*], in this process).")
  String master;

  /** The engine when it is not the local one (the local engine plays through the store's sink, resumably). */
  private SweepEngine remote;

  /** Options that define a tournament, refused with --resume and --list. */
  private static final String[] DEFINING_OPTIONS = {"--agents", "--population", "--matches", "--self-play", "--seed"};

  @Override
  protected int execute() {
    storage.validate(spec);
    if (json && csv) {
      throw new ParameterException(spec.commandLine(), "give --json or --csv, not both");
    }
    if (list || resume != null) {
      String mode = list ? "--list" : "--resume";
      if (list && resume != null) {
        throw new ParameterException(spec.commandLine(), "give --list or --resume, not both");
      }
      if (gameArgument != null) {
        throw new ParameterException(spec.commandLine(), mode + " takes no GAME" + (list ? "" : "; the stored tournament names its game"));
      }
      for (String option : DEFINING_OPTIONS) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
          throw new ParameterException(spec.commandLine(), mode + " cannot be combined with " + option
              + (list ? "" : "; the stored tournament defines its agents, matches and seed"));
        }
      }
    } else if (gameArgument == null) {
      throw new ParameterException(spec.commandLine(), "missing GAME; give a two-player game such as"
          + " repeated_rock_paper_scissors, or --resume ID, or --list");
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(), "--threads must be in [1, " + MAX_THREADS + "], got " + threads);
    }
    if (!list && resume == null && matches < 1) {
      throw new ParameterException(spec.commandLine(), "--matches must be >= 1, got " + matches);
    }
    if (master != null && engine.equals(SweepEngine.LOCAL)) {
      throw new ParameterException(spec.commandLine(), "--master needs --engine spark");
    }
    if (!engine.equals(SweepEngine.LOCAL)) {
      if (list || resume != null) {
        throw new ParameterException(spec.commandLine(), (list ? "--list" : "--resume") + " runs on the local engine;"
            + " drop --engine " + engine);
      }
      try {
        remote = SweepEngine.named(engine, engine.equals(SweepEngine.LOCAL) ? Map.of() : storage.engineOptions(master));
      } catch (IllegalArgumentException unavailable) {
        throw new ParameterException(spec.commandLine(), "--engine " + engine + ": " + unavailable.getMessage());
      }
    }
    try (TournamentStore store = storage.open()) {
      return list ? printList(store) : play(store);
    } catch (StoreException failure) {
      throw new CommandFailure(failure.getMessage(), failure);
    }
  }

  private int play(TournamentStore store) {
    TournamentSpec tournament;
    long id;
    StoredMatchIndexes stored = null;
    if (resume != null) {
      StoredTournament found = store.tournament(resume);
      if (found.players() != 2) {
        throw new CommandFailure("tournament " + resume + " is of a " + found.players()
            + "-player game; agora tournament resumes two-player tournaments");
      }
      tournament = found.spec();
      id = found.id();
      gameArgument = tournament.game();
      matches = tournament.matchesPerPairing();
      seed = tournament.seed();
      selfPlay = tournament.schedule() instanceof Schedule.RoundRobin roundRobin && roundRobin.selfPlay();
      stored = store.storedIndexes(id);
    } else {
      tournament = new TournamentSpec(gameArgument, agentStrings(), new Schedule.RoundRobin(selfPlay), matches, seed);
      id = -1;
    }
    Game game = GameResolver.resolve(gameArgument);
    if (game.playerCount() != 2) {
      throw new ParameterException(spec.commandLine(), "tournament needs a two-player game; " + game.name()
          + " has " + game.playerCount() + " players");
    }
    TournamentRunner runner;
    try {
      runner = new TournamentRunner(tournament);
    } catch (IllegalArgumentException bad) {
      if (resume != null) {
        throw new CommandFailure("tournament " + resume + " cannot be played: " + bad.getMessage(), bad);
      }
      throw new ParameterException(spec.commandLine(), bad.getMessage());
    }
    if (resume == null) {
      id = store.create(tournament, game.playerCount());
    } else {
      store.setStatus(id, TournamentStatus.RUNNING);
    }
    long toPlay = runner.matchCount() - (stored == null ? 0 : stored.count());
    err().println("tournament " + id + " in " + store.url() + (resume == null ? "" : " (resumed: "
        + Numbers.grouped(Math.max(0, toPlay)) + " of " + Numbers.grouped(runner.matchCount()) + " matches to play)")
        + "; if stopped, continue it with --resume " + id);
    err().flush();
    ProgressBar progress = noProgress ? null
        : new ProgressBar(err(), "matches", Math.max(0, toPlay), ProgressBar.errorStreamIsTerminal());
    long start = System.nanoTime();
    List<MatchRecord> played;
    try {
      StoredMatchIndexes done = stored;
      MatchSink sink = store.sink(id);
      played = MatchRun.run(threads, progress, "agora-tournament",
          context -> remote != null ? stored(sink, remote.play(tournament, context))
              : done == null ? runner.run(context, sink) : runner.run(context, sink, done));
    } catch (JobCancelledException cancelled) {
      store.setStatus(id, TournamentStatus.CANCELLED);
      err().println("agora: tournament " + id + " cancelled (Ctrl-C)"
          + (progress == null ? "" : String.format(Locale.ROOT, " after %,d matches", progress.done()))
          + "; continue it with --resume " + id);
      err().flush();
      return SolveCommand.INTERRUPTED;
    } catch (RuntimeException failure) {
      try {
        store.setStatus(id, TournamentStatus.FAILED);
      } catch (StoreException alsoFailed) {
        failure.addSuppressed(alsoFailed);
      }
      throw failure;
    }
    long nanos = System.nanoTime() - start;
    store.setStatus(id, TournamentStatus.COMPLETED);
    // a resumed tournament is summarised from every stored match, those of its earlier runs too
    List<MatchRecord> records = resume == null ? played : store.matches(id);
    TournamentResult result = TournamentResult.of(tournament.agents(), 2, records);
    CrossTable table = result.crossTable();
    PopulationMetrics metrics = PopulationMetrics.of(table);
    long playedNow = Math.max(0, toPlay);
    if (json) {
      printJson(game, result, table, metrics, nanos, id, playedNow, store.url());
    } else if (csv) {
      printCsv(result, table, metrics);
    } else {
      printText(game, result, table, metrics, nanos, id, playedNow, store.url());
    }
    return 0;
  }

  /** Stores the records another engine played, in blocks of {@link TournamentRunner#BLOCK}. */
  private static List<MatchRecord> stored(MatchSink sink, List<MatchRecord> records) {
    for (int from = 0; from < records.size(); from += TournamentRunner.BLOCK) {
      sink.accept(List.copyOf(records.subList(from, Math.min(records.size(), from + TournamentRunner.BLOCK))));
    }
    return records;
  }

  private int printList(TournamentStore store) {
    List<StoredTournament> all = store.tournaments();
    if (json) {
      JsonWriter writer = new JsonWriter().beginObject().field("database", store.url());
      writer.name("tournaments").beginArray();
      for (StoredTournament t : all) {
        writer.beginObject()
            .field("id", t.id())
            .field("game", t.spec().game())
            .field("agents", t.spec().agents().size())
            .field("matchesPerPairing", t.spec().matchesPerPairing())
            .field("seed", t.spec().seed())
            .field("status", t.status().storedName())
            .field("storedMatches", t.storedMatches())
            .field("expectedMatches", t.expectedMatches())
            .field("createdAt", t.createdAt().toString())
            .field("updatedAt", t.updatedAt().toString())
            .endObject();
      }
      out().println(writer.endArray().endObject());
      return 0;
    }
    if (all.isEmpty()) {
      out().println("no tournaments in " + store.url());
      return 0;
    }
    TextTable table = TextTable.withHeaders("ID", "GAME", "AGENTS", "STATUS", "MATCHES", "CREATED", "UPDATED")
        .align(TextTable.Alignment.RIGHT, 0, 2, 4);
    for (StoredTournament t : all) {
      table.addRow(String.valueOf(t.id()), t.spec().game(), String.valueOf(t.spec().agents().size()),
          t.status().storedName(), Numbers.grouped(t.storedMatches()) + " / " + Numbers.grouped(t.expectedMatches()),
          t.createdAt().toString(), t.updatedAt().toString());
    }
    out().print(table.render());
    return 0;
  }

  private List<String> agentStrings() {
    List<String> all = new ArrayList<>();
    if (population != null) {
      try {
        all.addAll(AgentRegistry.family(population));
      } catch (GameSpecException unknown) {
        throw new ParameterException(spec.commandLine(), unknown.getMessage());
      }
    }
    if (agents != null) {
      try {
        all.addAll(AgentList.split(agents));
      } catch (IllegalArgumentException malformed) {
        throw new ParameterException(spec.commandLine(), malformed.getMessage());
      }
    }
    if (all.size() < 2) {
      throw new ParameterException(spec.commandLine(), "a tournament needs at least two agents; give --agents a,b"
          + " or --population NAME" + (all.isEmpty() ? "" : " (got " + all.get(0) + ")"));
    }
    return all;
  }

  private void printText(Game game, TournamentResult result, CrossTable table, PopulationMetrics metrics, long nanos,
      long id, long playedNow, String url) {
    TextTable summary = TextTable.withoutHeaders(2)
        .addRow("game:", game.name())
        .addRow("agents:", result.agents().size() + (population == null ? "" : " (population " + population + ")"))
        .addRow("schedule:", "round robin" + (selfPlay ? " with self-play" : "") + ", " + matches
            + " matches per pairing, seats alternating (seed " + seed + ", " + threads
            + (threads == 1 ? " thread)" : " threads)"))
        .addRow("matches:", Numbers.grouped(result.matches())
            + (playedNow == result.matches() ? "" : " (" + Numbers.grouped(playedNow) + " played now)")
            + " in " + Numbers.seconds(nanos) + ", "
            + Numbers.grouped(Math.round(playedNow / Math.max(1e-9, nanos / 1e9))) + " matches/s")
        .addRow("stored:", "tournament " + id + " in " + url);
    out().print(summary.render());
    out().println();
    TextTable ranking = TextTable.withHeaders("RANK", "AGENT", "AGGREGATE SCORE", "POPULATION RETURN",
        "EXPLOITABILITY", "MEAN RETURN", "95% CI")
        .align(TextTable.Alignment.RIGHT, 0, 2, 3, 4, 5, 6);
    int rank = 1;
    for (AgentMetrics agent : metrics.rankedByAggregateScore()) {
      RunningStatistics returns = result.returns(table.indexOf(agent.agent()));
      ranking.addRow(String.valueOf(rank++), agent.agent(), Numbers.fixed(agent.aggregateScore(), 3),
          Numbers.fixed(agent.populationReturn(), 3), Numbers.fixed(agent.withinPopulationExploitability(), 3),
          Numbers.fixed(returns.mean(), 3), "+/- " + Numbers.fixed(returns.halfWidth95(), 3));
    }
    out().print(ranking.render());
    if (table.size() <= MAX_PRINTED_CROSS_TABLE) {
      out().println();
      out().println("cross-table: mean return of the row agent against the column agent");
      List<String> headers = new ArrayList<>();
      headers.add("");
      for (int j = 0; j < table.size(); j++) {
        headers.add(String.valueOf(j + 1));
      }
      TextTable cross = TextTable.withHeaders(headers.toArray(String[]::new));
      for (int i = 0; i < table.size(); i++) {
        List<String> row = new ArrayList<>();
        row.add((i + 1) + " " + table.agent(i));
        for (int j = 0; j < table.size(); j++) {
          double value = table.meanReturn(i, j);
          row.add(i == j && !selfPlay ? "-" : Numbers.fixed(value, 2));
        }
        cross.addRow(row.toArray(String[]::new));
      }
      for (int j = 1; j <= table.size(); j++) {
        cross.align(TextTable.Alignment.RIGHT, j);
      }
      out().print(cross.render());
    } else {
      out().println();
      out().println("cross-table of " + table.size() + " agents: see --json");
    }
  }

  private void printCsv(TournamentResult result, CrossTable table, PopulationMetrics metrics) {
    CsvWriter writer = new CsvWriter("rank", "agent", "aggregate_score", "population_return",
        "within_population_exploitability", "mean_return", "confidence_half_width_95", "matches");
    int rank = 1;
    for (AgentMetrics agent : metrics.rankedByAggregateScore()) {
      RunningStatistics returns = result.returns(table.indexOf(agent.agent()));
      writer.row(rank++, agent.agent(), agent.aggregateScore(), agent.populationReturn(),
          agent.withinPopulationExploitability(), returns.mean(), returns.halfWidth95(), returns.count());
    }
    out().print(writer);
  }

  private void printJson(Game game, TournamentResult result, CrossTable table, PopulationMetrics metrics, long nanos,
      long id, long playedNow, String url) {
    JsonWriter writer = new JsonWriter().beginObject()
        .field("tournament", id)
        .field("database", url)
        .field("game", game.name())
        .field("matchesPerPairing", matches)
        .field("selfPlay", selfPlay)
        .field("seed", seed)
        .field("threads", threads)
        .field("matches", result.matches())
        .field("matchesPlayed", playedNow)
        .field("seconds", nanos / 1e9);
    writer.name("agents").beginArray();
    for (AgentMetrics agent : metrics.rankedByAggregateScore()) {
      RunningStatistics returns = result.returns(table.indexOf(agent.agent()));
      writer.beginObject()
          .field("agent", agent.agent())
          .field("aggregateScore", agent.aggregateScore())
          .field("populationReturn", agent.populationReturn())
          .field("withinPopulationExploitability", agent.withinPopulationExploitability())
          .field("meanReturn", returns.mean())
          .field("confidenceHalfWidth95", returns.halfWidth95())
          .field("matches", returns.count())
          .endObject();
    }
    writer.endArray();
    writer.name("crossTable").beginObject();
    writer.name("agents").beginArray();
    table.agents().forEach(writer::value);
    writer.endArray();
    writer.name("meanReturns").beginArray();
    for (int i = 0; i < table.size(); i++) {
      writer.beginArray();
      for (int j = 0; j < table.size(); j++) {
        writer.value(table.meanReturn(i, j));
      }
      writer.endArray();
    }
    writer.endArray().endObject();
    out().println(writer.endObject());
  }
}
