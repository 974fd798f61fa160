package org.agora.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.cli.bandit.BanditPlots;
import org.agora.cli.bandit.BanditReport;
import org.agora.learning.bandits.ParallelRuns;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.core.scoring.DecisionRule;
import org.agora.core.scoring.ScoringRule;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;
import org.agora.learning.bandits.contextual.ContextualBanditRegistry;
import org.agora.learning.bandits.contextual.market.DecisionMarket;
import org.agora.learning.bandits.contextual.market.DecisionMarketRun;
import org.agora.learning.bandits.contextual.market.DecisionMarketTruthfulness;
import org.agora.learning.bandits.experiment.RegretStatistics;
import org.agora.learning.bandits.experiment.RegretSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agora bandit market}: a repeated decision market on a contextual bandit with 0/1 outcomes ({@link
 * DecisionMarket}: Chen, Kash, Ruberry and Shnayder, "Eliciting Predictions and Recommendations for Decision Making",
 * ACM TEAC 2014) run for a number of seeds: each expert's realised payments and its regret (expected score given up
 * against reporting the truth), the principal's regret against the best action of each context, and {@code
 * --truthfulness}, the grid check of {@link DecisionMarketTruthfulness} for every scoring rule on the beliefs of one
 * drawn context (the truthful report's expected score against the best misreport's).
 */
@Command(
    name = "market",
    mixinStandardHelpOptions = true,
    description = "A decision market of experts on a contextual bandit: payments, expert and principal regret,"
        + " truthfulness.")
public final class BanditMarketCommand extends BanditSubcommand {

  static final String KIND = "bandit-market";

  /** The grid step of the truthfulness check. */
  static final double STEP = 0.05;

  @Option(names = "--experts", paramLabel = "E1,E2,...", defaultValue = "informed(bias=0),constant(p=0.5),learner",
      description = "Expert strings separated by commas, in market order: informed(bias=0,floor=0.001), constant(p=0.5),"
          + " learner(lambda=1,floor=0.001) (default: ${DEFAULT-VALUE}).")
  String experts;

  @Option(names = "--problem", paramLabel = "PROBLEM", defaultValue = "bernoulli-linear(arms=3,dimension=5,seed=2)",
      description = "A contextual problem with 0/1 outcomes: bernoulli-linear(...) or logistic(...)"
          + " (default: ${DEFAULT-VALUE}).")
  String problem;

  @Option(names = "--rule", paramLabel = "RULE", defaultValue = "log",
      description = "The strictly proper scoring rule: log, quadratic or spherical (default: ${DEFAULT-VALUE}).")
  String rule;

  @Option(names = "--epsilon", paramLabel = "E", defaultValue = "0.1",
      description = "The decision rule's exploration probability, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double epsilon;

  @Option(names = "--payment", paramLabel = "P", defaultValue = "sequential",
      description = "sequential (market scoring rule) or independent (default: ${DEFAULT-VALUE}).")
  String payment;

  @Option(names = "--truthfulness", description = "Run the grid check of truthful reporting for every scoring rule"
      + " instead of the market.")
  boolean truthfulness;

  @Override
  protected int run() throws IOException {
    List<String> expertStrings = options.split(experts, "--experts", "expert");
    if (!(epsilon > 0 && epsilon <= 1)) {
      throw usage("--epsilon must be in (0, 1], got " + epsilon);
    }
    try {
      DecisionMarket.create(problem, expertStrings, rule, epsilon, payment);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    if (truthfulness) {
      return truthfulness();
    }
    long horizon = options.horizon();
    int seeds = options.seeds();
    long start = System.nanoTime();
    long[] taskSeeds = ParallelRuns.taskSeeds(options.seed(), seeds);
    long[] nanos = new long[seeds];
    List<DecisionMarketRun> runs = runTasks("runs", seeds, task -> {
      long runStart = System.nanoTime();
      DecisionMarketRun run = DecisionMarket.create(problem, expertStrings, rule, epsilon, payment)
          .run(horizon, taskSeeds[task]);
      nanos[task] = System.nanoTime() - runStart;
      return run;
    });
    long total = System.nanoTime() - start;
    long cellNanos = 0;
    for (long time : nanos) {
      cellNanos += time;
    }
    int n = expertStrings.size();
    long[] rounds = runs.get(0).rounds();
    List<RegretSummary> summaries = new ArrayList<>();
    double[][] payments = new double[n][seeds];
    for (int expert = 0; expert < n; expert++) {
      double[][] curves = new double[seeds][];
      for (int seed = 0; seed < seeds; seed++) {
        curves[seed] = runs.get(seed).expertRegret()[expert];
        payments[expert][seed] = runs.get(seed).payments()[expert];
      }
      summaries.add(RegretStatistics.summarise(expertStrings.get(expert), problem, rounds, curves, cellNanos));
    }
    double[][] principalCurves = new double[seeds][];
    double principalValue = 0;
    for (int seed = 0; seed < seeds; seed++) {
      principalCurves[seed] = runs.get(seed).principalRegret();
      principalValue += runs.get(seed).principalValue() / seeds;
    }
    RegretSummary principal = RegretStatistics.summarise("principal", problem, rounds, principalCurves, cellNanos);
    String title = BanditReport.plural(n, "expert", "experts") + " on " + problem + ", " + rule + " rule, epsilon "
        + epsilon + ", " + payment + " payment, horizon " + Numbers.grouped(horizon) + ", "
        + BanditReport.plural(seeds, "seed", "seeds");
    List<RegretSummary> curves = new ArrayList<>(summaries);
    curves.add(principal);
    List<Path> plots = options.plotDirectory() == null ? List.of() : BanditPlots.write(options.plotDirectory(),
        curves, new BanditPlots.Labels("Decision market regret", title, options.seed(), seeds, "regret", "Problem",
            true));
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", KIND);
    ObjectNode spec = node.putObject("spec").put("kind", KIND);
    ArrayNode expertArray = spec.putArray("experts");
    expertStrings.forEach(expertArray::add);
    spec.put("problem", problem).put("rule", rule).put("epsilon", epsilon).put("payment", payment)
        .put("horizon", horizon).put("seeds", seeds).put("seed", options.seed());
    ArrayNode cells = BanditReport.cellsJson(summaries);
    for (int expert = 0; expert < n; expert++) {
      ObjectNode cell = (ObjectNode) cells.get(expert);
      cell.put("expert", expertStrings.get(expert)).put("payment", mean(payments[expert]));
      BanditReport.number(cell, "paymentHalfWidth95", halfWidth(payments[expert]));
    }
    node.set("experts", cells);
    node.set("principal", BanditReport.cellsJson(List.of(principal)).get(0));
    ((ObjectNode) node.get("principal")).put("value", principalValue);
    node.put("seconds", total / 1e9);
    store(KIND, title, node);
    if (options.json()) {
      out().println(node.toPrettyString());
    } else if (options.csv()) {
      out().print(BanditReport.csv(curves, "problem"));
    } else {
      TextTable table = TextTable.withHeaders("EXPERT", "PAYMENT", "+- 95%", "REGRET", "+- 95%")
          .align(TextTable.Alignment.RIGHT, 1, 2, 3, 4);
      for (int expert = 0; expert < n; expert++) {
        RegretSummary summary = summaries.get(expert);
        table.addRow(expertStrings.get(expert), Numbers.fixed(mean(payments[expert]), 2),
            Numbers.fixed(halfWidth(payments[expert]), 2), Numbers.fixed(summary.finalMean(), 2),
            Numbers.fixed(summary.finalHalfWidth(), 2));
      }
      out().print("bandit market: " + title + " (seed " + options.seed() + ")\n" + table.render()
          + "principal regret " + Numbers.fixed(principal.finalMean(), 2) + " +- "
          + Numbers.fixed(principal.finalHalfWidth(), 2) + " (against the best action of each context), value "
          + Numbers.fixed(principalValue, 1) + " (outcomes of 1)\n"
          + "PAYMENT: realised total; REGRET: expected score given up against reporting the truth; +- 95%: 1.96"
          + " standard errors over the seeds\ntotal " + Numbers.seconds(total) + "\n");
    }
    reportPlots(plots);
    return 0;
  }

  /** The grid check for every scoring rule on the beliefs of one context drawn from the seed. */
  private int truthfulness() {
    if (options.plotDirectory() != null || options.csv()) {
      throw usage("--truthfulness prints a table or --json; leave out --plot and --csv");
    }
    ContextualBanditProblem bandit = ContextualBanditRegistry.createProblem(problem);
    double[] context = new double[bandit.dimension()];
    bandit.drawContext(1, new SplittableRandom(options.seed()), context);
    double[] beliefs = new double[bandit.armCount()];
    for (int arm = 0; arm < beliefs.length; arm++) {
      beliefs[arm] = bandit.mean(arm, context);
    }
    double[] previous = null;
    if (payment.equalsIgnoreCase("sequential")) {
      previous = new double[beliefs.length];
      java.util.Arrays.fill(previous, 0.5);
    }
    DecisionRule decisions = DecisionRule.mixed(new double[] {0, 1}, epsilon);
    List<String> rules = List.of("log", "quadratic", "spherical");
    List<DecisionMarketTruthfulness.GridCheck> checks = new ArrayList<>();
    try {
      for (String name : rules) {
        checks.add(DecisionMarketTruthfulness.check(ScoringRule.named(name), decisions, beliefs, previous, STEP));
      }
    } catch (IllegalArgumentException bad) {
      throw usage("--truthfulness: " + bad.getMessage());
    }
    TextTable table = TextTable.withHeaders("RULE", "TRUTHFUL SCORE", "BEST MISREPORT SCORE", "BEST REPORT",
        "REPORTS", "TRUTHFUL BEST").align(TextTable.Alignment.RIGHT, 1, 2, 4);
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", KIND + "-truthfulness")
        .put("problem", problem).put("epsilon", epsilon).put("payment", payment).put("step", STEP)
        .put("seed", options.seed());
    ArrayNode beliefArray = node.putArray("beliefs");
    for (double belief : beliefs) {
      beliefArray.add(belief);
    }
    ArrayNode ruleArray = node.putArray("rules");
    boolean all = true;
    for (int index = 0; index < rules.size(); index++) {
      DecisionMarketTruthfulness.GridCheck check = checks.get(index);
      all &= check.truthfulIsUniqueBest();
      table.addRow(rules.get(index), Numbers.fixed(check.truthfulPayment(), 6),
          Numbers.fixed(check.bestUntruthfulPayment(), 6), report(check.bestReport()), check.reportsChecked(),
          check.truthfulIsUniqueBest() ? "yes" : "NO");
      ruleArray.addObject().put("rule", rules.get(index)).put("truthfulScore", check.truthfulPayment())
          .put("bestMisreportScore", check.bestUntruthfulPayment()).put("reportsChecked", check.reportsChecked())
          .put("truthfulIsBest", check.truthfulIsUniqueBest());
    }
    node.put("truthfulIsBest", all);
    if (options.json()) {
      out().println(node.toPrettyString());
    } else {
      out().print("bandit market --truthfulness: " + problem + ", epsilon " + epsilon + ", " + payment + " payment,"
          + " grid step " + STEP + " (seed " + options.seed() + ")\nbeliefs (probability of outcome 1 per action): "
          + report(beliefs) + "\n" + table.render()
          + "scores: the expert's expected payment under its beliefs (decision rule with full support); BEST REPORT: the"
          + " report of highest expected payment among the truth and the grid\n"
          + (all ? "the truthful report is the unique best for every rule\n" : "a misreport matched or beat the truth\n"));
    }
    return 0;
  }

  private static String report(double[] values) {
    StringBuilder text = new StringBuilder("(");
    for (double value : values) {
      text.append(text.length() == 1 ? "" : ", ").append(Numbers.fixed(value, 3));
    }
    return text.append(')').toString();
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  private static double halfWidth(double[] values) {
    if (values.length < 2) {
      return 0;
    }
    double mean = mean(values);
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    return RegretSummary.Z_95 * Math.sqrt(squares / (values.length - 1)) / Math.sqrt(values.length);
  }
}
