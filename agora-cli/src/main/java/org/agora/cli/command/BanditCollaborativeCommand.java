package org.agora.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.bandit.BanditPlots;
import org.agora.cli.bandit.BanditReport;
import org.agora.learning.bandits.ParallelRuns;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.collaborative.CollaborativeRegistry;
import org.agora.learning.bandits.collaborative.CollaborativeRun;
import org.agora.learning.bandits.collaborative.CollaborativeSimulation;
import org.agora.learning.bandits.collaborative.HeterogeneousBanditNetwork;
import org.agora.learning.bandits.experiment.RegretStatistics;
import org.agora.learning.bandits.experiment.RegretSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agora bandit collaborative}: collaborative policies ({@code gosine}: R. Chawla, A. Sankararaman, A. Ganesh
 * and S. Shakkottai, "The Gossiping Insert-Eliminate Algorithm for Multi-Agent Bandits", AISTATS 2020, in the
 * heterogeneous setting of R. Chawla, D. Vial, S. Shakkottai and R. Srikant, "Collaborative Multi-Agent
 * Heterogeneous Multi-Armed Bandits", ICML 2023; {@code
 * independent-ucb}, the no-communication baseline) x seeds on one network ({@link CollaborativeSimulation}); the
 * group regret at the horizon (mean +- 95% half-width, spread) and the messages sent, {@code --json}, {@code --csv}
 * and {@code --plot DIR} for the group regret curves with their bands.
 */
@Command(
    name = "collaborative",
    mixinStandardHelpOptions = true,
    description = "Collaborative multi-agent bandits on a gossip network: group regret and messages per policy.")
public final class BanditCollaborativeCommand extends BanditSubcommand {

  static final String KIND = "bandit-collaborative";

  @Option(names = "--policies", paramLabel = "P1,P2,...", defaultValue = "gosine,independent-ucb",
      description = "Collaborative policy strings separated by commas: gosine(alpha=4,beta=2), independent-ucb(alpha=4)"
          + " (default: ${DEFAULT-VALUE}).")
  String policies;

  @Option(names = "--network", paramLabel = "NETWORK", defaultValue = "collaborative(agents=12,bandits=3,arms=24,graph=ring)",
      description = "The network: collaborative(agents=N,bandits=M,arms=K,low=0.1,high=0.9,assignment=blocks|interleaved,"
          + "graph=complete|ring|random-regular,degree=3,graph-seed=1) (default: ${DEFAULT-VALUE}).")
  String network;

  @Override
  protected int run() throws IOException {
    List<String> policyStrings = options.split(policies, "--policies", "policy");
    long horizon = options.horizon();
    HeterogeneousBanditNetwork bandits;
    try {
      bandits = CollaborativeRegistry.createNetwork(network);
      for (String policy : policyStrings) {
        CollaborativeRegistry.createPolicy(policy, bandits);
      }
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    int seeds = options.seeds();
    long start = System.nanoTime();
    long[] taskSeeds = ParallelRuns.taskSeeds(options.seed(), policyStrings.size() * seeds);
    long[] nanos = new long[taskSeeds.length];
    List<CollaborativeRun> runs = runTasks("runs", taskSeeds.length, task -> {
      long runStart = System.nanoTime();
      CollaborativeRun run = CollaborativeSimulation.run(bandits,
          CollaborativeRegistry.createPolicy(policyStrings.get(task / seeds), bandits), horizon,
          BanditSimulation.POINTS_PER_DECADE, taskSeeds[task]);
      nanos[task] = System.nanoTime() - runStart;
      return run;
    });
    long total = System.nanoTime() - start;
    List<RegretSummary> summaries = new ArrayList<>();
    double[][] messages = new double[policyStrings.size()][];
    for (int policy = 0; policy < policyStrings.size(); policy++) {
      double[][] curves = new double[seeds][];
      long cellNanos = 0;
      long[] rounds = runs.get(policy * seeds).rounds();
      messages[policy] = new double[rounds.length];
      for (int seed = 0; seed < seeds; seed++) {
        CollaborativeRun run = runs.get(policy * seeds + seed);
        curves[seed] = run.groupRegret();
        cellNanos += nanos[policy * seeds + seed];
        for (int point = 0; point < rounds.length; point++) {
          messages[policy][point] += (double) run.messages()[point] / seeds;
        }
      }
      summaries.add(RegretStatistics.summarise(policyStrings.get(policy), bandits.describe(), rounds, curves, cellNanos));
    }
    String title = BanditReport.plural(policyStrings.size(), "policy", "policies") + " on " + bandits.describe()
        + ", horizon " + Numbers.grouped(horizon) + ", " + BanditReport.plural(seeds, "seed", "seeds");
    List<Path> plots = options.plotDirectory() == null ? List.of() : BanditPlots.write(options.plotDirectory(),
        summaries, new BanditPlots.Labels("Collaborative bandit group regret", title, options.seed(), seeds,
            "group regret", "Network", true));
    ObjectNode result = json(policyStrings, bandits, horizon, summaries, messages, total);
    store(KIND, title, result);
    if (options.json()) {
      out().println(result.toPrettyString());
    } else if (options.csv()) {
      out().print(BanditReport.csv(summaries, "network", "messages", messages));
    } else {
      TextTable table = TextTable.withHeaders("POLICY", "GROUP REGRET", "+- 95%", "SD", "MIN", "MAX", "MESSAGES", "TIME")
          .align(TextTable.Alignment.RIGHT, 1, 2, 3, 4, 5, 6, 7);
      for (int policy = 0; policy < summaries.size(); policy++) {
        RegretSummary summary = summaries.get(policy);
        table.addRow(summary.policy(), Numbers.fixed(summary.finalMean(), 1), Numbers.fixed(summary.finalHalfWidth(), 1),
            Numbers.fixed(summary.finalStandardDeviation(), 1), Numbers.fixed(summary.finalMin(), 1),
            Numbers.fixed(summary.finalMax(), 1), Numbers.fixed(messages[policy][messages[policy].length - 1], 1),
            Numbers.seconds(summary.nanos()));
      }
      out().print("bandit collaborative: " + title + " (seed " + options.seed() + ")\n"
          + bandits.agentCount() + " agents, " + bandits.banditCount() + " bandits of " + bandits.armCount()
          + " arms\n" + table.render()
          + "group regret: sum over agents of the gaps of the arms they pulled; +- 95%: 1.96 standard errors over the"
          + " seeds; MESSAGES: mean arm recommendations sent; TIME: summed run time\ntotal " + Numbers.seconds(total)
          + "\n");
    }
    reportPlots(plots);
    return 0;
  }

  private ObjectNode json(List<String> policyStrings, HeterogeneousBanditNetwork bandits, long horizon,
      List<RegretSummary> summaries, double[][] messages, long total) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", KIND);
    ObjectNode spec = node.putObject("spec").put("kind", KIND);
    ArrayNode policyArray = spec.putArray("policies");
    policyStrings.forEach(policyArray::add);
    spec.put("network", bandits.describe()).put("horizon", horizon).put("seeds", options.seeds())
        .put("seed", options.seed());
    ArrayNode cells = BanditReport.cellsJson(summaries, "messages", messages);
    node.set("cells", cells);
    return node.put("seconds", total / 1e9);
  }
}
