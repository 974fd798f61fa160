package org.agora.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.core.Agent;
import org.agora.core.AgentFactory;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.evaluation.match.EpisodePlayer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matches per second of one repeated rock-paper-scissors bot (every agent of the {@code rrps} and
 * {@code rrps_learners} families) against {@code randbot}, one 1000-throw match per operation on one
 * thread, through the tournament's own path: fresh agents per match from their factories (as
 * {@code TournamentRunner} makes them, so construction counts), restarted, then played by an
 * {@link EpisodePlayer} that hands each a {@code PlayerView} per throw and checks every throw. randbot
 * costs little, so the figure is the bot's own cost plus the engine's; {@code -p bot=rockbot} shows the
 * engine's cost with two trivial bots. The whole population's round robin runs at roughly the harmonic
 * mean of these figures, weighted by how often each bot plays.
 *
 * <p>Run with {@code scripts/bench RrpsBotBenchmark} or {@code scripts/bench RrpsBotBenchmark -p bot=iocainebot,greenberg}.
 *
 * <p>Measured on a shared 2-core machine (figures per thread): most bots run at 5,000 to 11,000
 * matches/s (rockbot, i.e. the engine and randbot alone, about 10,000); the ensembles were the slow
 * ones, iocainebot 168, greenberg 249, phasenbott 353 and multibot 619 matches/s, when their history
 * matcher rescanned the whole history per throw and their strategy scores were kept per strategy. With
 * the suffix-automaton matcher and per-predictor window counts, in matches per CPU-second (the machine
 * was loaded, so wall-clock throughput varied several-fold between runs): iocainebot about 180-260 to
 * 270-460, greenberg 200-300 to 360-570, phasenbott 330-490 to 1,000-1,700, multibot 1,400-1,800 to
 * 2,900-3,900.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class RrpsBotBenchmark {

  @Param({"actr_lag2_decay", "adddriftbot2", "addshiftbot3", "antiflatbot", "antirotnbot", "biopic", "boom", "copybot", "debruijn81", "driftbot", "flatbot3", "foxtrotbot", "freqbot2", "granite", "greenberg", "halbot", "inocencio", "iocainebot", "marble", "markov5", "markovbails", "mixed_strategy", "mod1bot", "multibot", "peterbot", "phasenbott", "pibot", "piedra", "predbot", "r226bot", "randbot", "robertot", "rockbot", "rotatebot", "russrocker4", "shofar", "sunCrazybot", "sunNervebot", "sweetrock", "switchalot", "switchbot", "textbot", "zq_move", "rrps_hedge", "rrps_ngram", "rrps_qlearning", "rrps_regret_matching"})
  public String bot;

  private Game game;
  private AgentFactory[] factories;
  private EpisodePlayer player;
  private List<String> names;
  private SplittableRandom seeds;

  @Setup
  public void setUp() {
    game = GameRegistry.create("repeated_rock_paper_scissors");
    factories = new AgentFactory[] {AgentRegistry.factory(bot), AgentRegistry.factory("randbot")};
    names = List.of(bot, "randbot");
    player = new EpisodePlayer(game);
    seeds = new SplittableRandom(1);
  }

  /** Plays one match between fresh agents and returns the bot's return. */
  @Benchmark
  public double match() {
    SplittableRandom random = new SplittableRandom(seeds.nextLong());
    Agent[] agents = {factories[0].create(game, 0, random.nextLong()), factories[1].create(game, 1, random.nextLong())};
    player.seat(agents, names);
    for (Agent agent : agents) {
      agent.restart();
    }
    player.play(random);
    return player.returns()[0];
  }
}
