package org.agora.cli.command;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.agora.cli.markets.MarketJson;
import org.agora.cli.markets.MarketReport;
import org.agora.markets.equilibrium.EisenbergGaleSolver;
import org.agora.markets.equilibrium.FirstPricePacingEquilibriumSolver;
import org.agora.markets.equilibrium.FppeInference;
import org.agora.markets.equilibrium.Market;
import org.agora.markets.equilibrium.MarketCsv;
import org.agora.markets.equilibrium.MarketEquilibrium;
import org.agora.markets.equilibrium.ProportionalResponse;
import org.agora.markets.equilibrium.QuasiLinearProportionalResponse;
import org.agora.markets.equilibrium.SecondPricePacingEquilibriumSolver;
import org.agora.markets.equilibrium.Tatonnement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code agora solve market FILE}: the equilibrium of a finite market read from CSV ({@link MarketCsv}) or
 * JSON ({@link MarketJson}): first-price pacing (FPPE; quasi-linear Eisenberg–Gale or quasi-linear
 * proportional response), second-price pacing (SPPE by mixed-integer programming, small markets) or the
 * Fisher market (Eisenberg–Gale, proportional response or tâtonnement); prints prices, pacing
 * multipliers, allocation, spend, revenue and Nash social welfare with a check of the equilibrium
 * conditions, and with {@code --intervals} central-limit confidence intervals for FPPE revenue and Nash
 * social welfare when the goods are sampled items.
 */
@Command(
    name = "market",
    mixinStandardHelpOptions = true,
    description = "Market equilibria from a CSV or JSON file: first-price pacing (fppe), second-price pacing (sppe),"
        + " Fisher (fisher).")
public final class SolveMarketCommand extends AgoraSubcommand {

  @Parameters(paramLabel = "FILE", description = "The market: .csv (budget,v_1,...,v_m per buyer; optional"
      + " supply,s_1,... row) or .json ({\"budgets\": [...], \"values\": [[...], ...], \"supplies\": [...]}).")
  Path file;

  @Option(names = {"-e", "--equilibrium"}, paramLabel = "KIND", defaultValue = "fppe",
      description = "fppe, sppe or fisher (default: ${DEFAULT-VALUE}).")
  String equilibrium;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD",
      description = "fppe: eisenberg-gale (default) or proportional-response; fisher: eisenberg-gale (default),"
          + " proportional-response or tatonnement; sppe: max-revenue (default) or min-revenue.")
  String method;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "10000",
      description = "Rounds of proportional response and tatonnement (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--step", paramLabel = "ETA", defaultValue = "0.5",
      description = "Tatonnement's initial step size, in (0, 10] (default: ${DEFAULT-VALUE}).")
  double step;

  @Option(names = "--intervals", paramLabel = "LEVEL",
      description = "FPPE only: central-limit confidence intervals at this level (e.g. 0.95) for revenue and Nash"
          + " social welfare, the goods being i.i.d. sampled items (Liao and Kroer).")
  Double intervals;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  @Override
  protected int execute() {
    String kind = equilibrium.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("fppe") && !kind.equals("sppe") && !kind.equals("fisher")) {
      throw usage("--equilibrium must be fppe, sppe or fisher, got '" + equilibrium + "'");
    }
    if (intervals != null && !kind.equals("fppe")) {
      throw usage("--intervals applies to --equilibrium fppe only");
    }
    if (intervals != null && !(intervals > 0 && intervals < 1)) {
      throw usage("--intervals takes a level in (0, 1), e.g. 0.95, got " + intervals);
    }
    if (iterations < 1) {
      throw usage("--iterations must be at least 1, got " + iterations);
    }
    Market market = read();
    long start = System.nanoTime();
    MarketEquilibrium result;
    FppeInference.Result inference = null;
    try {
      if (intervals != null) {
        inference = FppeInference.estimate(market, intervals);
      }
      result = solve(kind, market);
    } catch (IllegalArgumentException bad) {
      throw usage(file + ": " + bad.getMessage());
    }
    long nanos = System.nanoTime() - start;
    if (json) {
      out().println(MarketReport.json(result, inference, nanos).toPrettyString());
    } else {
      out().print(MarketReport.text(file.toString(), result, inference, nanos));
    }
    return 0;
  }

  private MarketEquilibrium solve(String kind, Market market) {
    String chosen = method == null ? null : method.strip().toLowerCase(Locale.ROOT);
    switch (kind) {
      case "fppe" -> {
        if (chosen == null || chosen.equals("eisenberg-gale")) {
          return new FirstPricePacingEquilibriumSolver().solve(market);
        }
        if (chosen.equals("proportional-response")) {
          return new QuasiLinearProportionalResponse(iterations).solve(market);
        }
        throw usage("--method for fppe must be eisenberg-gale or proportional-response, got '" + method + "'");
      }
      case "fisher" -> {
        if (chosen == null || chosen.equals("eisenberg-gale")) {
          return new EisenbergGaleSolver().solve(market);
        }
        if (chosen.equals("proportional-response")) {
          return new ProportionalResponse(iterations).solve(market);
        }
        if (chosen.equals("tatonnement")) {
          return new Tatonnement(iterations, step).solve(market);
        }
        throw usage("--method for fisher must be eisenberg-gale, proportional-response or tatonnement, got '" + method
            + "'");
      }
      default -> {
        if (chosen == null || chosen.equals("max-revenue")) {
          return new SecondPricePacingEquilibriumSolver(SecondPricePacingEquilibriumSolver.Objective.MAXIMUM_REVENUE)
              .solve(market);
        }
        if (chosen.equals("min-revenue")) {
          return new SecondPricePacingEquilibriumSolver(SecondPricePacingEquilibriumSolver.Objective.MINIMUM_REVENUE)
              .solve(market);
        }
        throw usage("--method for sppe must be max-revenue or min-revenue, got '" + method + "'");
      }
    }
  }

  private Market read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      throw usage("cannot read " + file + ": no such file");
    } catch (MalformedInputException notText) {
      throw usage("cannot read " + file + ": not UTF-8 text");
    } catch (IOException unreadable) {
      throw usage("cannot read " + file + ": " + (Files.isDirectory(file) ? "it is a directory" : unreadable.getMessage()));
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".json")) {
        return MarketJson.read(text, file.toString());
      }
      if (name.endsWith(".csv")) {
        return MarketCsv.read(new StringReader(text), file.toString());
      }
    } catch (IllegalArgumentException bad) {
      throw usage(bad.getMessage());
    } catch (IOException cannotHappen) {
      throw new java.io.UncheckedIOException(cannotHappen);
    }
    throw usage(file + ": a market file ends in .csv or .json");
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
