package org.agora.cli.command;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.agora.cli.GameResolver;
import org.agora.cli.MatchRun;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.ProgressBar;
import org.agora.cli.output.TextTable;
import org.agora.cli.play.AgentList;
import org.agora.core.Game;
import org.agora.core.GameSpecException;
import org.agora.core.job.JobCancelledException;
import org.agora.evaluation.match.EpisodeRunner;
import org.agora.evaluation.match.PlayResult;
import org.agora.evaluation.statistics.RunningStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora play GAME --agents a,b --episodes N --seed S --threads T}: plays episodes between
 * registered agents and reports each player's mean return with a 95% confidence interval. The
 * numbers depend only on the game, agents, episodes and seed (see {@link EpisodeRunner}). The
 * command only parses, owns the worker threads ({@code --threads} daemon threads, closed when the
 * run ends), draws the progress bar and renders; the library plays.
 */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    description = "Play episodes between agents and report mean returns with 95%% confidence intervals.")
public final class PlayCommand extends AgoraSubcommand {

  private static final int MAX_THREADS = 1024;

  @Parameters(paramLabel = "GAME", description = "A game string such as kuhn_poker(players=3), or a .nfg/.efg file.")
  String gameArgument;

  @Option(names = {"-a", "--agents"}, paramLabel = "AGENTS", defaultValue = "random",
      description = "Comma-separated agent strings, one per player, or one for all players (default: ${DEFAULT-VALUE}).")
  String agents;

  @Option(names = {"-n", "--episodes"}, paramLabel = "N", defaultValue = "1000",
      description = "Number of episodes (default: ${DEFAULT-VALUE}).")
  long episodes;

  @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "0",
      description = "Random seed; the same seed gives the same numbers on any number of threads (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "1",
      description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  protected int execute() {
    if (episodes < 1) {
      throw new ParameterException(spec.commandLine(), "--episodes must be >= 1, got " + episodes);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(), "--threads must be in [1, " + MAX_THREADS + "], got " + threads);
    }
    Game game = GameResolver.resolve(gameArgument);
    List<String> agentStrings = agentStrings(game);
    EpisodeRunner runner;
    try {
      runner = new EpisodeRunner(game, agentStrings, seed);
    } catch (GameSpecException badAgentString) {
      throw new ParameterException(spec.commandLine(), badAgentString.getMessage());
    }
    ProgressBar progress = noProgress ? null
        : new ProgressBar(err(), "playing", episodes, ProgressBar.errorStreamIsTerminal());
    PlayResult result;
    try {
      result = play(runner, progress);
    } catch (JobCancelledException cancelled) {
      err().println("agora: play cancelled (Ctrl-C)"
          + (progress == null ? "" : String.format(Locale.ROOT, " after %,d episodes", progress.done())));
      err().flush();
      return SolveCommand.INTERRUPTED;
    }
    if (json) {
      printJson(game, agentStrings, result);
    } else {
      printText(game, agentStrings, result);
    }
    return 0;
  }

  /**
   * The agent strings of {@code --agents}, one per player.
   *
   * @throws ParameterException for a malformed list or a count that is neither 1 nor the players
   */
  private List<String> agentStrings(Game game) {
    List<String> agentStrings;
    try {
      agentStrings = AgentList.split(agents);
    } catch (IllegalArgumentException malformed) {
      throw new ParameterException(spec.commandLine(), malformed.getMessage());
    }
    if (agentStrings.size() == 1 && game.playerCount() > 1) {
      return Collections.nCopies(game.playerCount(), agentStrings.get(0));
    }
    if (agentStrings.size() != game.playerCount()) {
      throw new ParameterException(spec.commandLine(), game.name() + " has " + game.playerCount()
          + " players but " + agentStrings.size() + " agents were given (" + String.join(",", agentStrings)
          + "); give one agent per player, or a single agent for all");
    }
    return agentStrings;
  }

  /**
   * Runs on the calling thread with one thread, else on a pool of {@code threads} daemon threads;
   * Ctrl-C sets the run's cancellation flag, polled between episodes.
   */
  private PlayResult play(EpisodeRunner runner, ProgressBar progress) {
    return MatchRun.run(threads, progress, "agora-play", context -> runner.run(episodes, context));
  }

  private void printText(Game game, List<String> agentStrings, PlayResult result) {
    TextTable summary = TextTable.withoutHeaders(2)
        .addRow("game:", game.name())
        .addRow("agents:", String.join(", ", agentStrings))
        .addRow("episodes:", Numbers.grouped(result.episodes()) + " (seed " + seed + ", " + threads
            + (threads == 1 ? " thread" : " threads") + ")")
        .addRow("time:", Numbers.seconds(result.nanos()) + ", "
            + Numbers.grouped(Math.round(result.episodesPerSecond())) + " episodes/s")
        .addRow("mean game length:", Numbers.fixed(result.gameLength().mean(), 2) + " moves");
    out().print(summary.render());
    out().println();
    TextTable table = TextTable.withHeaders("PLAYER", "AGENT", "MEAN RETURN", "STD DEV", "95% CONFIDENCE INTERVAL")
        .align(TextTable.Alignment.RIGHT, 2, 3);
    for (int player = 0; player < game.playerCount(); player++) {
      RunningStatistics returns = result.returns().get(player);
      table.addRow(game.playerName(player), agentStrings.get(player), Numbers.fixed(returns.mean(), 4),
          Numbers.fixed(returns.standardDeviation(), 4), interval(returns));
    }
    out().print(table.render());
  }

  private static String interval(RunningStatistics returns) {
    double halfWidth = returns.halfWidth95();
    if (Double.isNaN(halfWidth)) {
      return "n/a (one episode)";
    }
    return "[" + Numbers.fixed(returns.mean() - halfWidth, 4) + ", " + Numbers.fixed(returns.mean() + halfWidth, 4)
        + "]  (+/- " + Numbers.fixed(halfWidth, 4) + ")";
  }

  private void printJson(Game game, List<String> agentStrings, PlayResult result) {
    JsonWriter writer = new JsonWriter().beginObject()
        .field("game", game.name());
    writer.name("agents").beginArray();
    agentStrings.forEach(writer::value);
    writer.endArray()
        .field("episodes", result.episodes())
        .field("seed", seed)
        .field("threads", threads)
        .field("seconds", result.nanos() / 1e9)
        .field("episodesPerSecond", result.episodesPerSecond())
        .field("meanGameLength", result.gameLength().mean());
    writer.name("players").beginArray();
    for (int player = 0; player < game.playerCount(); player++) {
      RunningStatistics returns = result.returns().get(player);
      double halfWidth = returns.halfWidth95();
      writer.beginObject()
          .field("player", player)
          .field("name", game.playerName(player))
          .field("agent", agentStrings.get(player))
          .field("meanReturn", returns.mean())
          .field("standardDeviation", returns.standardDeviation())
          .field("confidenceHalfWidth95", halfWidth);
      writer.name("confidenceInterval95").beginArray()
          .value(returns.mean() - halfWidth)
          .value(returns.mean() + halfWidth)
          .endArray();
      writer.endObject();
    }
    writer.endArray();
    out().println(writer.endObject());
  }
}
