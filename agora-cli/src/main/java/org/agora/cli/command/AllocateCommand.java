package org.agora.cli.command;

import java.nio.file.Path;
import java.util.Locale;
import org.agora.cli.cooperative.AllocationReport;
import org.agora.cli.cooperative.AllocationResult;
import org.agora.cli.output.ProgressBar;
import org.agora.cooperative.fairdivision.Allocation;
import org.agora.cooperative.fairdivision.EnvyCycleElimination;
import org.agora.cooperative.fairdivision.EnvyReport;
import org.agora.cooperative.fairdivision.FairDivisionInstance;
import org.agora.cooperative.fairdivision.InstanceCsv;
import org.agora.cooperative.fairdivision.ItemKind;
import org.agora.cooperative.fairdivision.MaximinShare;
import org.agora.cooperative.fairdivision.MaximumNashWelfare;
import org.agora.cooperative.fairdivision.OnlineChoresManyAgents;
import org.agora.cooperative.fairdivision.OnlineChoresTwoAgents;
import org.agora.cooperative.fairdivision.OnlineGoodsTwoAgents;
import org.agora.cooperative.fairdivision.OnlineMmsAllocator;
import org.agora.cooperative.fairdivision.RoundRobin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora allocate}: reads a fair-division instance ({@link InstanceCsv}), allocates its items by
 * a rule (round-robin, envy-cycle elimination, maximum Nash welfare, or the online MMS algorithms with
 * the items arriving in file order) and prints each agent's bundle, value, maximin share and MMS
 * ratio, envy (EF, EF1, EFX) and the welfare measures. The library's refusals are usage errors.
 */
@Command(
    name = "allocate",
    mixinStandardHelpOptions = true,
    description = "Fair division of indivisible items: bundles, MMS ratios, envy (EF/EF1/EFX) and welfare.",
    footer = {"", "FILE.csv: a header agent,ITEM_1,...,ITEM_m, then one row NAME,x_1,...,x_m per agent."})
public final class AllocateCommand extends AgoraSubcommand {

  /** Items from which the MMS search shows a progress bar. */
  private static final int PROGRESS_ITEMS = 16;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "The instance: one row of values (or costs) per agent.")
  Path file;

  @Option(names = "--rule", paramLabel = "R", defaultValue = "round-robin",
      description = "round-robin, envy-cycle, mnw or online (default: ${DEFAULT-VALUE}).")
  String rule;

  @Option(names = "--kind", paramLabel = "K", defaultValue = "goods",
      description = "goods or chores (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--csv", description = "Print one CSV line per agent instead of a table.")
  boolean csv;

  @Option(names = "--no-progress", description = "Do not show a progress bar on the error stream.")
  boolean noProgress;

  @Override
  protected int execute() {
    if (json && csv) {
      throw usage("give --json or --csv, not both");
    }
    ItemKind itemKind = switch (kind.strip().toLowerCase(Locale.ROOT)) {
      case "goods" -> ItemKind.GOODS;
      case "chores" -> ItemKind.CHORES;
      default -> throw usage("--kind must be goods or chores, got '" + kind + "'");
    };
    String ruleName = rule.strip().toLowerCase(Locale.ROOT);
    if (!ruleName.equals("round-robin") && !ruleName.equals("envy-cycle") && !ruleName.equals("mnw")
        && !ruleName.equals("online")) {
      throw usage("--rule must be round-robin, envy-cycle, mnw or online, got '" + rule + "'");
    }
    FairDivisionInstance instance;
    try {
      instance = InstanceCsv.read(file, itemKind);
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    }
    Allocation allocation;
    double[] mms;
    try {
      allocation = allocate(ruleName, instance);
      mms = maximinShares(instance);
    } catch (IllegalArgumentException refused) {
      throw usage(ruleName + ": " + refused.getMessage());
    }
    AllocationResult result = new AllocationResult(file.toString(), ruleName, instance, allocation, mms,
        MaximinShare.ratios(instance, allocation, mms), EnvyReport.of(instance, allocation),
        allocation.utilities(instance));
    out().print(json ? AllocationReport.json(result) : csv ? AllocationReport.csv(result)
        : AllocationReport.text(result));
    return 0;
  }

  private static Allocation allocate(String ruleName, FairDivisionInstance instance) {
    return switch (ruleName) {
      case "round-robin" -> RoundRobin.allocate(instance);
      case "envy-cycle" -> EnvyCycleElimination.allocate(instance);
      case "mnw" -> MaximumNashWelfare.allocate(instance);
      default -> OnlineMmsAllocator.run(online(instance), instance, OnlineMmsAllocator.inOrder(instance.itemCount()));
    };
  }

  private static OnlineMmsAllocator online(FairDivisionInstance instance) {
    if (instance.kind() == ItemKind.GOODS) {
      return OnlineGoodsTwoAgents.forInstance(instance);
    }
    return instance.agentCount() == 2 ? OnlineChoresTwoAgents.forInstance(instance)
        : OnlineChoresManyAgents.forInstance(instance);
  }

  /** Every agent's maximin share, with a progress bar (one step per agent) on larger instances. */
  private double[] maximinShares(FairDivisionInstance instance) {
    int n = instance.agentCount();
    ProgressBar bar = noProgress || instance.itemCount() < PROGRESS_ITEMS ? null
        : new ProgressBar(err(), "maximin shares", n, ProgressBar.errorStreamIsTerminal());
    double[] mms = new double[n];
    try {
      for (int i = 0; i < n; i++) {
        mms[i] = MaximinShare.of(instance, i);
        if (bar != null) {
          bar.advance(1);
          bar.refresh();
        }
      }
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    return mms;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
