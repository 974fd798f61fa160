package org.agora.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.agora.cli.bandit.BanditPlots;
import org.agora.cli.bandit.BanditReport;
import org.agora.learning.bandits.ParallelRuns;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.learning.bandits.experiment.RegretStatistics;
import org.agora.learning.bandits.experiment.RegretSummary;
import org.agora.learning.bandits.multiplayer.AveragingAllocationEquilibrium;
import org.agora.learning.bandits.multiplayer.CollisionModel;
import org.agora.learning.bandits.multiplayer.MultiPlayerPolicyProvider;
import org.agora.learning.bandits.multiplayer.MultiPlayerProblem;
import org.agora.learning.bandits.multiplayer.MultiPlayerRegistry;
import org.agora.learning.bandits.multiplayer.MultiPlayerRun;
import org.agora.learning.bandits.multiplayer.MultiPlayerSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agora bandit multiplayer}: multi-player policies (rhoRand, MusicalChair, MCTopM, RandTopM, Selfish,
 * centralized oracles, SMAA; see {@link MultiPlayerRegistry}) x seeds on M players sharing K arms under a
 * collision model ({@link MultiPlayerSimulation}, {@link MultiPlayerRun} for the regret's definition): the
 * centralized regret at the horizon (mean +- 95% half-width, spread), the colliding pulls and the worst-off
 * player's reward; {@code --json}, {@code --csv} and {@code --plot DIR} for the regret curves with their bands.
 * The defaults are SMPyBandits' default multi-player setting (M = 6, K = 9 Bernoulli arms 0.1..0.9).
 */
@Command(
    name = "multiplayer",
    mixinStandardHelpOptions = true,
    description = "Multi-player bandits with collisions: centralized regret, collisions and fairness per policy.")
public final class BanditMultiplayerCommand extends BanditSubcommand {

  static final String KIND = "bandit-multiplayer";

  @Option(names = "--policies", paramLabel = "P1,P2,...",
      defaultValue = "mctopm(index=kl-ucb),randtopm(index=kl-ucb),selfish(index=kl-ucb),rhorand(index=kl-ucb)",
      description = "Multi-player policy strings separated by commas (default: ${DEFAULT-VALUE}); see --list.")
  String policies;

  @Option(names = "--arms", paramLabel = "PROBLEM", defaultValue = "bernoulli(0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9)",
      description = "The arms, a bandit problem of agora bandit --list (default: ${DEFAULT-VALUE}).")
  String arms;

  @Option(names = "--players", paramLabel = "M", defaultValue = "6",
      description = "Number of players (default: ${DEFAULT-VALUE}).")
  int players;

  @Option(names = "--collision", paramLabel = "MODEL", defaultValue = "sensing",
      description = "Collision model: sensing (a sole puller is rewarded, collisions are observed), no-sensing (a sole"
          + " puller is rewarded, a collision looks like reward 0) or shared (the pullers of an arm split its reward)"
          + " (default: ${DEFAULT-VALUE}).")
  String collision;

  @Option(names = "--list", description = "List the multi-player policies and collision models and exit.")
  boolean list;

  @Override
  protected int run() throws IOException {
    if (list) {
      out().print(listing());
      return 0;
    }
    List<String> policyStrings = options.split(policies, "--policies", "policy");
    long horizon = options.horizon();
    MultiPlayerProblem problem;
    try {
      problem = MultiPlayerProblem.of(arms, players, collision);
      for (String policy : policyStrings) {
        MultiPlayerRegistry.createPolicy(policy, problem, horizon, new SplittableRandom(0));
      }
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    int seeds = options.seeds();
    long start = System.nanoTime();
    long[] taskSeeds = ParallelRuns.taskSeeds(options.seed(), policyStrings.size() * seeds);
    long[] nanos = new long[taskSeeds.length];
    List<MultiPlayerRun> runs = runTasks("runs", taskSeeds.length, task -> {
      long runStart = System.nanoTime();
      MultiPlayerRun run = MultiPlayerSimulation.run(policyStrings.get(task / seeds), problem, horizon,
          taskSeeds[task]);
      nanos[task] = System.nanoTime() - runStart;
      return run;
    });
    long total = System.nanoTime() - start;
    List<RegretSummary> summaries = new ArrayList<>();
    double[][] collisions = new double[policyStrings.size()][];
    double[] worstPlayer = new double[policyStrings.size()];
    for (int policy = 0; policy < policyStrings.size(); policy++) {
      double[][] curves = new double[seeds][];
      long cellNanos = 0;
      long[] rounds = runs.get(policy * seeds).rounds();
      collisions[policy] = new double[rounds.length];
      for (int seed = 0; seed < seeds; seed++) {
        MultiPlayerRun run = runs.get(policy * seeds + seed);
        curves[seed] = run.regret();
        cellNanos += nanos[policy * seeds + seed];
        for (int point = 0; point < rounds.length; point++) {
          collisions[policy][point] += (double) run.collisions()[point] / seeds;
        }
        double worst = Double.POSITIVE_INFINITY;
        for (double reward : run.playerRewards()) {
          worst = Math.min(worst, reward);
        }
        worstPlayer[policy] += worst / seeds;
      }
      summaries.add(RegretStatistics.summarise(policyStrings.get(policy), problem.describe(), rounds, curves,
          cellNanos));
    }
    String title = BanditReport.plural(policyStrings.size(), "policy", "policies") + ", " + players + " players on "
        + problem.arms().describe() + " (" + problem.model().text() + "), horizon " + Numbers.grouped(horizon) + ", "
        + BanditReport.plural(seeds, "seed", "seeds");
    List<Path> plots = options.plotDirectory() == null ? List.of() : BanditPlots.write(options.plotDirectory(),
        summaries, new BanditPlots.Labels("Multi-player bandit regret", title, options.seed(), seeds,
            "centralized regret", "Problem", true));
    ObjectNode result = json(policyStrings, problem, horizon, summaries, collisions, worstPlayer, total);
    store(KIND, title, result);
    if (options.json()) {
      out().println(result.toPrettyString());
    } else if (options.csv()) {
      out().print(BanditReport.csv(summaries, "problem", "collisions", collisions));
    } else {
      out().print(text(problem, title, summaries, collisions, worstPlayer, total));
    }
    reportPlots(plots);
    return 0;
  }

  private String text(MultiPlayerProblem problem, String title, List<RegretSummary> summaries,
      double[][] collisions, double[] worstPlayer, long total) {
    TextTable table = TextTable.withHeaders("POLICY", "REGRET", "+- 95%", "SD", "MIN", "MAX", "COLLISIONS",
        "WORST PLAYER", "TIME").align(TextTable.Alignment.RIGHT, 1, 2, 3, 4, 5, 6, 7, 8);
    for (int policy = 0; policy < summaries.size(); policy++) {
      RegretSummary summary = summaries.get(policy);
      table.addRow(summary.policy(), Numbers.fixed(summary.finalMean(), 1), Numbers.fixed(summary.finalHalfWidth(), 1),
          Numbers.fixed(summary.finalStandardDeviation(), 1), Numbers.fixed(summary.finalMin(), 1),
          Numbers.fixed(summary.finalMax(), 1), Numbers.fixed(collisions[policy][collisions[policy].length - 1], 1),
          Numbers.fixed(worstPlayer[policy], 1), Numbers.seconds(summary.nanos()));
    }
    String benchmark = problem.model() == CollisionModel.SHARED
        ? "the equilibrium's total (regret may be negative while players spread over more arms); equilibrium counts "
            + java.util.Arrays.toString(AveragingAllocationEquilibrium.counts(problem.means(), problem.players()))
        : "the " + problem.players() + " best arms, one player each";
    return "bandit multiplayer: " + title + " (seed " + options.seed() + ")\n" + table.render()
        + "regret: centralized pseudo-regret against " + benchmark + "; +- 95%: 1.96 standard errors over the seeds;"
        + " COLLISIONS: mean colliding pulls; WORST PLAYER: mean reward of the worst-off player; TIME: summed run time\n"
        + "total " + Numbers.seconds(total) + "\n";
  }

  private ObjectNode json(List<String> policyStrings, MultiPlayerProblem problem, long horizon,
      List<RegretSummary> summaries, double[][] collisions, double[] worstPlayer, long total) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", KIND);
    ObjectNode spec = node.putObject("spec").put("kind", KIND);
    ArrayNode policyArray = spec.putArray("policies");
    policyStrings.forEach(policyArray::add);
    spec.put("arms", problem.arms().describe()).put("players", problem.players()).put("collision", problem.model().text())
        .put("horizon", horizon).put("seeds", options.seeds()).put("seed", options.seed());
    ArrayNode cells = BanditReport.cellsJson(summaries, "collisions", collisions);
    for (int policy = 0; policy < summaries.size(); policy++) {
      BanditReport.number((ObjectNode) cells.get(policy), "worstPlayerReward", worstPlayer[policy]);
    }
    node.set("cells", cells);
    return node.put("seconds", total / 1e9);
  }

  private static String listing() {
    TextTable table = TextTable.withHeaders("POLICY", "COLLISION MODELS", "DESCRIPTION");
    for (MultiPlayerPolicyProvider provider : MultiPlayerRegistry.policies()) {
      table.addRow(provider.name(), provider.models().stream().map(CollisionModel::text)
          .collect(Collectors.joining(",")), provider.description());
    }
    return table.render() + "collision models: sensing, no-sensing, shared; arms: any problem of agora bandit --list\n"
        + "e.g. agora bandit multiplayer --policies mctopm,rhorand --players 6 --collision sensing --horizon 10000"
        + " --seeds 100\n";
  }
}
