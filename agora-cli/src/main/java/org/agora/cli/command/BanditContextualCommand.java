package org.agora.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.CommandFailure;
import org.agora.cli.bandit.BanditPlots;
import org.agora.cli.bandit.BanditReport;
import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.learning.bandits.BanditRun;
import org.agora.learning.bandits.arm.ReplayEvaluation;
import org.agora.learning.bandits.contextual.ContextualBanditExperiment;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;
import org.agora.learning.bandits.contextual.ContextualBanditRegistry;
import org.agora.learning.bandits.contextual.ContextualBanditSimulation;
import org.agora.learning.bandits.contextual.ContextualPolicyProvider;
import org.agora.learning.bandits.contextual.ContextualProblemProvider;
import org.agora.learning.bandits.contextual.ContextualReplayEvaluation;
import org.agora.learning.bandits.contextual.ContextualReplayLog;
import org.agora.learning.bandits.contextual.ContextualSetting;
import org.agora.learning.bandits.experiment.RegretStatistics;
import org.agora.learning.bandits.experiment.RegretSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agora bandit contextual}: contextual policies x contextual problems x seeds ({@link
 * ContextualBanditExperiment}'s task seeds, so the numbers are the library's) with a progress bar; the final regret
 * against the best arm of each context (mean +- 95% half-width, spread, time), {@code --json}, {@code --csv} and
 * {@code --plot DIR} in the shape of {@code agora bandit}. With {@code --replay FILE.csv} each policy is evaluated
 * offline on a logged CSV ({@link ContextualReplayEvaluation}: Li, Chu, Langford and Wang, WSDM 2011) instead.
 */
@Command(
    name = "contextual",
    mixinStandardHelpOptions = true,
    description = "Contextual bandits: policies x problems x seeds, regret against the best arm of each context.")
public final class BanditContextualCommand extends BanditSubcommand {

  static final String KIND = "bandit-contextual";

  @Option(names = "--policies", paramLabel = "P1,P2,...", defaultValue = "linucb,lin-ts,ucb1",
      description = "Contextual policy strings separated by commas (any bandit policy, e.g. ucb1, plays context-blind)"
          + " (default: ${DEFAULT-VALUE}); see --list.")
  String policies;

  @Option(names = "--problem", paramLabel = "PROBLEM",
      description = "A contextual problem string, e.g. 'linear(arms=5,dimension=10,noise=0.1,seed=3)'; repeat it for"
          + " several problems; see --list.")
  List<String> problems = new ArrayList<>();

  @Option(names = "--replay", paramLabel = "FILE.csv",
      description = "Evaluate the policies offline on a logged CSV (arm,reward,x_1,...,x_d per line; arms logged"
          + " uniformly at random) instead of simulating a problem.")
  Path replay;

  @Option(names = "--list", description = "List the contextual policies and problems and exit.")
  boolean list;

  @Override
  protected int run() throws IOException {
    if (list) {
      out().print(listing());
      return 0;
    }
    List<String> policyStrings = options.split(policies, "--policies", "policy");
    if (replay != null) {
      if (!problems.isEmpty()) {
        throw usage("give --problem or --replay, not both");
      }
      return replay(policyStrings);
    }
    if (problems.isEmpty()) {
      throw usage("give at least one --problem, e.g. --problem 'linear(arms=5,dimension=10,noise=0.1,seed=3)', or"
          + " --replay FILE.csv; see agora bandit contextual --list");
    }
    long horizon = options.horizon();
    ContextualBanditExperiment experiment =
        new ContextualBanditExperiment(policyStrings, problems, horizon, options.seeds(), options.seed());
    List<ContextualBanditProblem> bandits = new ArrayList<>();
    try {
      for (String problem : problems) {
        ContextualBanditProblem bandit = ContextualBanditRegistry.createProblem(problem);
        bandits.add(bandit);
        for (String policy : policyStrings) {
          ContextualBanditRegistry.createPolicy(policy,
              new ContextualSetting(bandit.armCount(), bandit.dimension(), horizon), new java.util.SplittableRandom(0));
        }
      }
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    long start = System.nanoTime();
    long[] taskSeeds = experiment.taskSeeds();
    int seeds = options.seeds();
    int problemCount = problems.size();
    long[] nanos = new long[taskSeeds.length];
    List<BanditRun> runs = runTasks("runs", taskSeeds.length, task -> {
      long runStart = System.nanoTime();
      BanditRun run = ContextualBanditSimulation.run(policyStrings.get(task / (problemCount * seeds)),
          bandits.get((task / seeds) % problemCount), horizon, taskSeeds[task]);
      nanos[task] = System.nanoTime() - runStart;
      return run;
    });
    List<RegretSummary> summaries = new ArrayList<>();
    for (int cell = 0; cell < policyStrings.size() * problemCount; cell++) {
      double[][] curves = new double[seeds][];
      long cellNanos = 0;
      for (int seed = 0; seed < seeds; seed++) {
        curves[seed] = runs.get(cell * seeds + seed).regret();
        cellNanos += nanos[cell * seeds + seed];
      }
      summaries.add(RegretStatistics.summarise(policyStrings.get(cell / problemCount), problems.get(cell % problemCount),
          runs.get(0).rounds(), curves, cellNanos));
    }
    long total = System.nanoTime() - start;
    String title = BanditReport.plural(policyStrings.size(), "policy", "policies") + " x "
        + BanditReport.plural(problemCount, "problem", "problems") + ", horizon " + Numbers.grouped(horizon) + ", "
        + BanditReport.plural(seeds, "seed", "seeds");
    List<Path> plots = options.plotDirectory() == null ? List.of() : BanditPlots.write(options.plotDirectory(),
        summaries, new BanditPlots.Labels("Contextual bandit regret", title, options.seed(), seeds, "regret", "Problem",
            problemCount == 1));
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", KIND);
    ObjectNode spec = node.putObject("spec").put("kind", KIND);
    ArrayNode policyArray = spec.putArray("policies");
    policyStrings.forEach(policyArray::add);
    ArrayNode problemArray = spec.putArray("problems");
    problems.forEach(problemArray::add);
    spec.put("horizon", horizon).put("seeds", seeds).put("seed", options.seed());
    node.set("cells", BanditReport.cellsJson(summaries));
    node.put("seconds", total / 1e9);
    store(KIND, title, node);
    if (options.json()) {
      out().println(node.toPrettyString());
    } else if (options.csv()) {
      out().print(BanditReport.csv(summaries, "problem"));
    } else {
      out().print("bandit contextual: " + title + " (seed " + options.seed() + ")\n"
          + BanditReport.table(summaries, "PROBLEM", "FINAL REGRET")
          + "regret: against the best arm of each context (pseudo-regret); +- 95%: 1.96 standard errors over the seeds;"
          + " TIME: summed run time\ntotal " + Numbers.seconds(total) + "\n");
    }
    reportPlots(plots);
    return 0;
  }

  /** Replays the log to every policy, once per seed, and prints the estimated reward per round. */
  private int replay(List<String> policyStrings) {
    if (options.plotDirectory() != null) {
      throw usage("--plot draws regret curves, which a replay does not have; leave it out with --replay");
    }
    if (!java.nio.file.Files.isRegularFile(replay)) {
      throw new CommandFailure("cannot read contextual replay log " + replay + ": no such file");
    }
    ContextualReplayLog log;
    try {
      log = ContextualReplayLog.read(replay);
    } catch (UncheckedIOException unreadable) {
      throw new CommandFailure(unreadable.getMessage(), unreadable);
    } catch (IllegalArgumentException bad) {
      throw new CommandFailure("bad replay log: " + bad.getMessage(), bad);
    }
    try {
      for (String policy : policyStrings) {
        ContextualReplayEvaluation.run(policy, log, 0);
      }
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    int seeds = options.seeds();
    long[] taskSeeds = org.agora.learning.bandits.ParallelRuns.taskSeeds(options.seed(), policyStrings.size() * seeds);
    List<ReplayEvaluation.Result> results = runTasks("replays", taskSeeds.length,
        task -> ContextualReplayEvaluation.run(policyStrings.get(task / seeds), log, taskSeeds[task]));
    TextTable table = TextTable.withHeaders("POLICY", "LOGGED", "ACCEPTED", "REWARD/ROUND", "+- 95%")
        .align(TextTable.Alignment.RIGHT, 1, 2, 3, 4);
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", KIND + "-replay").put("log", replay.toString())
        .put("logged", log.rounds()).put("arms", log.armCount()).put("dimension", log.dimension())
        .put("seeds", seeds).put("seed", options.seed());
    ArrayNode cells = node.putArray("policies");
    CsvWriter csv = new CsvWriter("policy", "seed_index", "logged", "accepted", "average_reward");
    for (int policy = 0; policy < policyStrings.size(); policy++) {
      double[] averages = new double[seeds];
      double accepted = 0;
      for (int seed = 0; seed < seeds; seed++) {
        ReplayEvaluation.Result result = results.get(policy * seeds + seed);
        averages[seed] = result.averageReward();
        accepted += result.acceptedRounds();
        csv.row(policyStrings.get(policy), seed, result.loggedRounds(), result.acceptedRounds(), result.averageReward());
      }
      double mean = mean(averages);
      double halfWidth = seeds < 2 ? 0 : 1.96 * deviation(averages, mean) / Math.sqrt(seeds);
      table.addRow(policyStrings.get(policy), log.rounds(), Numbers.fixed(accepted / seeds, 1), Numbers.fixed(mean, 4),
          Numbers.fixed(halfWidth, 4));
      ObjectNode cell = cells.addObject().put("policy", policyStrings.get(policy)).put("accepted", accepted / seeds);
      BanditReport.number(cell, "averageReward", mean);
      BanditReport.number(cell, "halfWidth95", halfWidth);
    }
    if (options.json()) {
      out().println(node.toPrettyString());
    } else if (options.csv()) {
      out().print(csv.toString());
    } else {
      out().print("bandit contextual replay: " + replay + ", " + Numbers.grouped(log.rounds()) + " logged rounds, "
          + log.armCount() + " arms, dimension " + log.dimension() + ", " + BanditReport.plural(seeds, "seed", "seeds")
          + " (seed " + options.seed() + ")\n" + table.render()
          + "REWARD/ROUND: reward per accepted round (Li, Chu, Langford and Wang 2011: unbiased when the log's arms are"
          + " uniform); ACCEPTED: mean accepted rounds\n");
    }
    return 0;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  private static double deviation(double[] values, double mean) {
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    return Math.sqrt(squares / (values.length - 1));
  }

  private static String listing() {
    TextTable policies = TextTable.withHeaders("POLICY", "OPTIONS", "DESCRIPTION");
    for (ContextualPolicyProvider provider : ContextualBanditRegistry.policies()) {
      policies.addRow(provider.name(), names(provider.parameters()), provider.description());
    }
    TextTable problems = TextTable.withHeaders("PROBLEM", "PARAMETERS", "DESCRIPTION");
    for (ContextualProblemProvider provider : ContextualBanditRegistry.problems()) {
      problems.addRow(provider.name(), names(provider.parameters()), provider.description());
    }
    return policies.render() + "(any policy of agora bandit --list also plays, context-blind)\n\n" + problems.render()
        + "\ne.g. agora bandit contextual --policies linucb,lin-ts,ucb1 --problem"
        + " 'linear(arms=5,dimension=10,noise=0.1,seed=3)' --horizon 10000\n";
  }

  private static String names(List<org.agora.core.ParameterSpec> parameters) {
    if (parameters.isEmpty()) {
      return "-";
    }
    StringBuilder text = new StringBuilder();
    for (org.agora.core.ParameterSpec parameter : parameters) {
      text.append(text.isEmpty() ? "" : ", ").append(parameter.name());
    }
    return text.toString();
  }
}
