package org.agora.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.cli.GameResolver;
import org.agora.cli.MatchRun;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.output.TextTable;
import org.agora.cli.play.AgentList;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameSpecException;
import org.agora.core.job.JobCancelledException;
import org.agora.evaluation.population.AgentMetrics;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.PopulationMetrics;
import org.agora.evaluation.statistics.RunningStatistics;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentResult;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;
import picocli.CommandLine.Command;
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
 */
@Command(
    name = "tournament",
    mixinStandardHelpOptions = true,
    description = "Play a round robin between agents and rank them by population return, exploitability and aggregate score.")
public final class TournamentCommand extends AgoraSubcommand {

  private static final int MAX_THREADS = 1024;
  /** Largest cross-table printed as text; larger ones go to --json. */
  private static final int MAX_PRINTED_CROSS_TABLE = 12;

  @Parameters(paramLabel = "GAME", description = "A two-player game string, e.g. repeated_rock_paper_scissors.")
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

  @Override
  protected int execute() {
    if (matches < 1) {
      throw new ParameterException(spec.commandLine(), "--matches must be >= 1, got " + matches);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(), "--threads must be in [1, " + MAX_THREADS + "], got " + threads);
    }
    List<String> agentStrings = agentStrings();
    Game game = GameResolver.resolve(gameArgument);
    if (game.playerCount() != 2) {
      throw new ParameterException(spec.commandLine(), "tournament needs a two-player game; " + game.name()
          + " has " + game.playerCount() + " players");
    }
    TournamentSpec tournament = new TournamentSpec(gameArgument, agentStrings, new Schedule.RoundRobin(selfPlay),
        matches, seed);
    TournamentRunner runner;
    try {
      runner = new TournamentRunner(tournament);
    } catch (IllegalArgumentException bad) {
      throw new ParameterException(spec.commandLine(), bad.getMessage());
    }
    ProgressBar progress = noProgress ? null
        : new ProgressBar(err(), "matches", runner.matchCount(), ProgressBar.errorStreamIsTerminal());
    long start = System.nanoTime();
    List<MatchRecord> records;
    try {
      records = play(runner, progress);
    } catch (JobCancelledException cancelled) {
      err().println("agora: tournament cancelled (Ctrl-C)"
          + (progress == null ? "" : String.format(Locale.ROOT, " after %,d matches", progress.done())));
      err().flush();
      return SolveCommand.INTERRUPTED;
    }
    long nanos = System.nanoTime() - start;
    TournamentResult result = TournamentResult.of(agentStrings, 2, records);
    CrossTable table = result.crossTable();
    PopulationMetrics metrics = PopulationMetrics.of(table);
    if (json) {
      printJson(game, result, table, metrics, nanos);
    } else {
      printText(game, result, table, metrics, nanos);
    }
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

  private List<MatchRecord> play(TournamentRunner runner, ProgressBar progress) {
    return MatchRun.run(threads, progress, "agora-tournament", context -> runner.run(context, MatchSink.NONE));
  }

  private void printText(Game game, TournamentResult result, CrossTable table, PopulationMetrics metrics, long nanos) {
    TextTable summary = TextTable.withoutHeaders(2)
        .addRow("game:", game.name())
        .addRow("agents:", result.agents().size() + (population == null ? "" : " (population " + population + ")"))
        .addRow("schedule:", "round robin" + (selfPlay ? " with self-play" : "") + ", " + matches
            + " matches per pairing, seats alternating (seed " + seed + ", " + threads
            + (threads == 1 ? " thread)" : " threads)"))
        .addRow("matches:", Numbers.grouped(result.matches()) + " in " + Numbers.seconds(nanos) + ", "
            + Numbers.grouped(Math.round(result.matches() / Math.max(1e-9, nanos / 1e9))) + " matches/s");
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

  private void printJson(Game game, TournamentResult result, CrossTable table, PopulationMetrics metrics, long nanos) {
    JsonWriter writer = new JsonWriter().beginObject()
        .field("game", game.name())
        .field("matchesPerPairing", matches)
        .field("selfPlay", selfPlay)
        .field("seed", seed)
        .field("threads", threads)
        .field("matches", result.matches())
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
