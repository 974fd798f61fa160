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
import org.agora.cli.bandit.FederatedTruthfulnessCheck;
import org.agora.learning.bandits.ParallelRuns;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.experiment.RegretStatistics;
import org.agora.learning.bandits.experiment.RegretSummary;
import org.agora.learning.bandits.federated.FederatedLinearBandit;
import org.agora.learning.bandits.federated.FederatedRegistry;
import org.agora.learning.bandits.federated.FederatedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agora bandit federated}: Truth-FedBan protocols (Wei, Li, Ren, Xu and Wang, "Incentivized Truthful
 * Communication for Federated Bandits", ICLR 2024; {@code participation=all|none} are the all-participating and the
 * learn-alone references) x seeds on one federated linear bandit: group regret (mean +- 95% half-width), communication
 * rounds, uploads, total payment and the uploads' total true cost; {@code --per-client} adds each client's cost and
 * utility (payments minus true costs), {@code --truthfulness} the misreport grid check of the participation mechanism
 * ({@link FederatedTruthfulnessCheck}). {@code --json}, {@code --csv} and {@code --plot DIR} as in {@code agora bandit}.
 */
@Command(
    name = "federated",
    mixinStandardHelpOptions = true,
    description = "Federated linear bandits with truthful participation payments (Truth-FedBan): regret, uploads,"
        + " payments, costs.")
public final class BanditFederatedCommand extends BanditSubcommand {

  static final String KIND = "bandit-federated";

  /** Communication rounds drawn for the truthfulness check. */
  static final int TRUTHFULNESS_ROUNDS = 20;

  @Option(names = "--policies", paramLabel = "P1,P2,...",
      defaultValue = "truth-fedban(participation=mechanism),truth-fedban(participation=all),"
          + "truth-fedban(participation=none)",
      description = "Protocol strings separated by commas: truth-fedban(participation=mechanism|all|none,alpha=0.5,"
          + "lambda=1,threshold=1,beta=0.8) (default: ${DEFAULT-VALUE}).")
  String policies;

  @Option(names = "--federation", paramLabel = "FEDERATION", defaultValue = "federated(clients=10,dimension=5,arms=10)",
      description = "The federation: federated(clients=10,dimension=5,arms=10,sigma=0.1,cost-cap=1,instance-seed=1)"
          + " (default: ${DEFAULT-VALUE}).")
  String federation;

  @Option(names = "--per-client", description = "Also print each client's true cost and mean utility per protocol.")
  boolean perClient;

  @Option(names = "--truthfulness", description = "Run the misreport grid check of the participation mechanism"
      + " (each mechanism protocol's beta and lambda) instead of the simulation.")
  boolean truthfulness;

  @Override
  protected int run() throws IOException {
    List<String> protocols = options.split(policies, "--policies", "protocol");
    FederatedLinearBandit environment;
    try {
      environment = FederatedRegistry.createEnvironment(federation);
      for (String protocol : protocols) {
        FederatedRegistry.createProtocol(protocol, environment);
      }
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    if (truthfulness) {
      return truthfulness(protocols, environment);
    }
    long horizon = options.horizon();
    int seeds = options.seeds();
    long start = System.nanoTime();
    long[] taskSeeds = ParallelRuns.taskSeeds(options.seed(), protocols.size() * seeds);
    long[] nanos = new long[taskSeeds.length];
    List<FederatedRun> runs = runTasks("runs", taskSeeds.length, task -> {
      long runStart = System.nanoTime();
      FederatedRun run = FederatedRegistry.createProtocol(protocols.get(task / seeds), environment)
          .run(horizon, BanditSimulation.POINTS_PER_DECADE, taskSeeds[task]);
      nanos[task] = System.nanoTime() - runStart;
      return run;
    });
    long total = System.nanoTime() - start;
    int clients = environment.clientCount();
    List<RegretSummary> summaries = new ArrayList<>();
    double[][] means = new double[protocols.size()][4]; // communication rounds, uploads, payment, true cost
    double[][] utilities = new double[protocols.size()][clients];
    for (int protocol = 0; protocol < protocols.size(); protocol++) {
      double[][] curves = new double[seeds][];
      long cellNanos = 0;
      for (int seed = 0; seed < seeds; seed++) {
        FederatedRun run = runs.get(protocol * seeds + seed);
        curves[seed] = run.groupRegret();
        cellNanos += nanos[protocol * seeds + seed];
        means[protocol][0] += (double) run.communicationRounds() / seeds;
        means[protocol][1] += (double) run.uploads() / seeds;
        means[protocol][2] += run.totalPayment() / seeds;
        means[protocol][3] += run.totalParticipationCost() / seeds;
        for (int client = 0; client < clients; client++) {
          utilities[protocol][client] += run.clientUtility()[client] / seeds;
        }
      }
      summaries.add(RegretStatistics.summarise(protocols.get(protocol), environment.describe(),
          runs.get(protocol * seeds).rounds(), curves, cellNanos));
    }
    String title = BanditReport.plural(protocols.size(), "protocol", "protocols") + " on " + environment.describe()
        + ", horizon " + Numbers.grouped(horizon) + ", " + BanditReport.plural(seeds, "seed", "seeds");
    List<Path> plots = options.plotDirectory() == null ? List.of() : BanditPlots.write(options.plotDirectory(),
        summaries, new BanditPlots.Labels("Federated bandit group regret", title, options.seed(), seeds, "group regret",
            "Federation", true));
    ObjectNode result = json(protocols, environment, horizon, summaries, means, utilities, total);
    store(KIND, title, result);
    if (options.json()) {
      out().println(result.toPrettyString());
    } else if (options.csv()) {
      out().print(BanditReport.csv(summaries, "federation"));
    } else {
      TextTable table = TextTable.withHeaders("PROTOCOL", "GROUP REGRET", "+- 95%", "COMM ROUNDS", "UPLOADS", "PAYMENT",
          "TRUE COST", "TIME").align(TextTable.Alignment.RIGHT, 1, 2, 3, 4, 5, 6, 7);
      for (int protocol = 0; protocol < protocols.size(); protocol++) {
        RegretSummary summary = summaries.get(protocol);
        table.addRow(summary.policy(), Numbers.fixed(summary.finalMean(), 2), Numbers.fixed(summary.finalHalfWidth(), 2),
            Numbers.fixed(means[protocol][0], 1), Numbers.fixed(means[protocol][1], 1),
            Numbers.fixed(means[protocol][2], 3), Numbers.fixed(means[protocol][3], 3), Numbers.seconds(summary.nanos()));
      }
      StringBuilder text = new StringBuilder("bandit federated: ").append(title).append(" (seed ")
          .append(options.seed()).append(")\n").append(table.render())
          .append("group regret: sum over clients of the expected-reward gaps; +- 95%: 1.96 standard errors over the"
              + " seeds; COMM ROUNDS, UPLOADS, PAYMENT (server to clients) and TRUE COST (of the uploads): means over"
              + " the seeds\n");
      if (perClient) {
        text.append('\n').append(perClientTable(protocols, environment, utilities));
      }
      out().print(text.append("total ").append(Numbers.seconds(total)).append('\n'));
    }
    reportPlots(plots);
    return 0;
  }

  private static String perClientTable(List<String> protocols, FederatedLinearBandit environment,
      double[][] utilities) {
    String[] headers = new String[2 + protocols.size()];
    headers[0] = "CLIENT";
    headers[1] = "TRUE COST";
    int[] right = new int[1 + protocols.size()];
    for (int protocol = 0; protocol < protocols.size(); protocol++) {
      headers[2 + protocol] = "UTILITY (" + (protocol + 1) + ")";
      right[protocol + 1] = protocol + 2;
    }
    right[0] = 1;
    TextTable table = TextTable.withHeaders(headers).align(TextTable.Alignment.RIGHT, right);
    for (int client = 0; client < environment.clientCount(); client++) {
      Object[] row = new Object[headers.length];
      row[0] = client;
      row[1] = Numbers.fixed(environment.cost(client), 4);
      for (int protocol = 0; protocol < protocols.size(); protocol++) {
        row[2 + protocol] = Numbers.fixed(utilities[protocol][client], 4);
      }
      table.addRow(row);
    }
    StringBuilder legend = new StringBuilder("UTILITY (i): the client's payments minus its true costs over the run,"
        + " mean over the seeds, under protocol i:");
    for (int protocol = 0; protocol < protocols.size(); protocol++) {
      legend.append(' ').append(protocol + 1).append(") ").append(protocols.get(protocol));
    }
    return table.render() + legend + "\n";
  }

  private ObjectNode json(List<String> protocols, FederatedLinearBandit environment, long horizon,
      List<RegretSummary> summaries, double[][] means, double[][] utilities, long total) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", KIND);
    ObjectNode spec = node.putObject("spec").put("kind", KIND);
    ArrayNode protocolArray = spec.putArray("protocols");
    protocols.forEach(protocolArray::add);
    spec.put("federation", environment.describe()).put("horizon", horizon).put("seeds", options.seeds())
        .put("seed", options.seed());
    ArrayNode cells = BanditReport.cellsJson(summaries);
    for (int protocol = 0; protocol < protocols.size(); protocol++) {
      ObjectNode cell = (ObjectNode) cells.get(protocol);
      cell.put("communicationRounds", means[protocol][0]).put("uploads", means[protocol][1])
          .put("totalPayment", means[protocol][2]).put("totalTrueCost", means[protocol][3]);
      ArrayNode clients = cell.putArray("clients");
      for (int client = 0; client < environment.clientCount(); client++) {
        clients.addObject().put("client", client).put("trueCost", environment.cost(client))
            .put("utility", utilities[protocol][client]);
      }
    }
    node.set("cells", cells);
    return node.put("seconds", total / 1e9);
  }

  /** The misreport grid check for every protocol run by the mechanism. */
  private int truthfulness(List<String> protocols, FederatedLinearBandit environment) {
    if (options.plotDirectory() != null || options.csv()) {
      throw usage("--truthfulness prints a table or --json; leave out --plot and --csv");
    }
    List<String> checked = new ArrayList<>();
    List<double[]> parameters = new ArrayList<>();
    for (String protocol : protocols) {
      GameSpec spec = GameSpec.parse(protocol);
      GameParameters values = GameParameters.resolve(spec.name(), FederatedRegistry.PROTOCOL_PARAMETERS,
          spec.arguments());
      if (values.getString("participation").equals("mechanism")) {
        checked.add(protocol);
        parameters.add(new double[] {values.getDouble("beta"), values.getDouble("lambda")});
      }
    }
    if (checked.isEmpty()) {
      throw usage("--truthfulness checks the participation mechanism; give a protocol with participation=mechanism,"
          + " e.g. truth-fedban(participation=mechanism,beta=0.8)");
    }
    List<FederatedTruthfulnessCheck.ClientCheck[]> results = runTasks("checks", checked.size(),
        index -> FederatedTruthfulnessCheck.run(environment, parameters.get(index)[0], parameters.get(index)[1],
            TRUTHFULNESS_ROUNDS, ParallelRuns.taskSeeds(options.seed(), checked.size())[index]));
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("kind", KIND + "-truthfulness")
        .put("federation", environment.describe()).put("rounds", TRUTHFULNESS_ROUNDS)
        .put("grid", FederatedTruthfulnessCheck.GRID).put("seed", options.seed());
    ArrayNode checks = node.putArray("protocols");
    StringBuilder text = new StringBuilder("bandit federated --truthfulness: ").append(environment.describe())
        .append(", ").append(TRUTHFULNESS_ROUNDS).append(" communication rounds, ").append(FederatedTruthfulnessCheck.GRID)
        .append(" misreports per client on (0, cost cap] (seed ").append(options.seed()).append(")\n");
    boolean allTruthful = true;
    for (int index = 0; index < checked.size(); index++) {
      TextTable table = TextTable.withHeaders("CLIENT", "TRUE COST", "PAID ROUNDS", "TRUTHFUL UTILITY",
          "BEST MISREPORT UTILITY", "LARGEST GAIN", "TRUTHFUL BEST").align(TextTable.Alignment.RIGHT, 0, 1, 2, 3, 4, 5);
      ObjectNode protocolNode = checks.addObject().put("protocol", checked.get(index));
      ArrayNode clients = protocolNode.putArray("clients");
      for (FederatedTruthfulnessCheck.ClientCheck check : results.get(index)) {
        allTruthful &= check.truthfulIsBest();
        table.addRow(check.client(), Numbers.fixed(check.cost(), 4), check.roundsPaid(),
            Numbers.fixed(check.truthfulUtility(), 4), Numbers.fixed(check.bestMisreportUtility(), 4),
            Numbers.fixed(Math.max(0, check.largestGain()), 6), check.truthfulIsBest() ? "yes" : "NO");
        clients.addObject().put("client", check.client()).put("trueCost", check.cost())
            .put("roundsPaid", check.roundsPaid()).put("truthfulUtility", check.truthfulUtility())
            .put("bestMisreportUtility", check.bestMisreportUtility()).put("largestGain", check.largestGain())
            .put("truthfulIsBest", check.truthfulIsBest());
      }
      text.append('\n').append(checked.get(index)).append('\n').append(table.render());
    }
    node.put("truthfulIsBest", allTruthful);
    if (options.json()) {
      out().println(node.toPrettyString());
    } else {
      out().print(text.append("\nutilities: payment minus true cost per communication round, mean over the rounds;"
          + " LARGEST GAIN: the most a misreport gained over the truth in any round (0: truthful is a best response)\n")
          .append(allTruthful ? "truthful reporting is a best response for every client\n"
              : "a misreport beat the truth for some client\n"));
    }
    return 0;
  }
}
