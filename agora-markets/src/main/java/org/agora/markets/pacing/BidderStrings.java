package org.agora.markets.pacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.agora.core.GameSpec;
import org.agora.markets.auction.OpportunityValueModel;
import org.agora.markets.auction.ValueDistribution;

/**
 * Parses bidder strings, the syntax of {@code agora simulate auction --bidders} and of
 * {@link AuctionSimulationSpec#bidders()}: {@code agent(key=value,...)} in the grammar of game strings.
 *
 * <p>Agents and their parameters (defaults in brackets):
 * <ul>
 *   <li>{@code truthful} — {@link TruthfulBidder};
 *   <li>{@code shaded(factor=[0.8])} — {@link ShadedBidder};
 *   <li>{@code dual(step=[0.1],mu0=[0],mumax=[100])} — {@link DualPacingAgent};
 *   <li>{@code mirror(step=[0.05],mu0=[1],mumax=[100])} — {@link DualMirrorDescentPacingAgent};
 *   <li>{@code pid(kp=[0.5],ki=[0.05],kd=[0],kcpa=[0.2],max=[10])} — {@link PidPacingAgent};
 *   <li>{@code throttle(factor=[1],gain=[0.1],p0=[1],pmin=[0.01])} — {@link ThrottlingAgent}.
 * </ul>
 * Every agent also takes the campaign and value parameters:
 * {@code budget} (per period; required by {@code dual}, {@code mirror}, {@code pid} and {@code throttle}, unlimited
 * otherwise), {@code cpa} (a CPA target; none by default), {@code ctr} and {@code cvr} (distributions of
 * pCTR and pCVR: a number, {@code uniform(low,high)}, {@code lognormal(mu,sigma)}; defaults {@code 1} and
 * {@code uniform(0,1)}, so that values are U[0,1]), {@code value} (the value of a conversion, default 1;
 * a CPA campaign's conversion value is its CPA target, so {@code value} and {@code cpa} exclude each
 * other) and {@code plan} (relative spend per step separated by {@code /}, e.g. {@code 1/2/1}; even by
 * default). Example: {@code pid(budget=500,cpa=2,ctr=uniform(0.01,0.05),cvr=lognormal(-3,0.5))}.
 */
public final class BidderStrings {

  private static final Set<String> COMMON = Set.of("budget", "cpa", "ctr", "cvr", "value", "plan");
  private static final Map<String, List<String>> AGENTS = Map.of(
      "truthful", List.of(),
      "shaded", List.of("factor"),
      "dual", List.of("step", "mu0", "mumax"),
      "mirror", List.of("step", "mu0", "mumax"),
      "pid", List.of("kp", "ki", "kd", "kcpa", "max"),
      "throttle", List.of("factor", "gain", "p0", "pmin"));

  private BidderStrings() {}

  /** The agent names, for help texts. */
  public static List<String> agentNames() {
    return List.of("truthful", "shaded", "dual", "mirror", "pid", "throttle");
  }

  /**
   * Parses a bidder string.
   *
   * @throws IllegalArgumentException with a one-line message naming the parameter, its value and what
   *     is allowed
   */
  public static BidderSetup parse(String text) {
    GameSpec spec;
    try {
      spec = GameSpec.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad bidder string '" + text + "': " + e.getMessage());
    }
    String name = spec.name().toLowerCase(Locale.ROOT);
    List<String> own = AGENTS.get(name);
    if (own == null) {
      throw new IllegalArgumentException("unknown bidding agent '" + spec.name() + "' in '" + text + "'; allowed: "
          + String.join(", ", agentNames()));
    }
    Map<String, String> args = spec.arguments();
    for (String key : args.keySet()) {
      if (!COMMON.contains(key) && !own.contains(key)) {
        List<String> allowed = new ArrayList<>(own);
        allowed.addAll(List.of("budget", "cpa", "ctr", "cvr", "value", "plan"));
        throw new IllegalArgumentException("bidder '" + text + "': unknown parameter '" + key + "'; allowed: "
            + String.join(", ", allowed));
      }
    }
    Reader in = new Reader(text, args);
    boolean paced = name.equals("dual") || name.equals("mirror") || name.equals("pid") || name.equals("throttle");
    if (paced && !args.containsKey("budget")) {
      throw new IllegalArgumentException("bidder '" + text + "': " + name + " paces a budget; give budget=<amount > 0>");
    }
    double budget = args.containsKey("budget") ? in.positive("budget") : BidderSetup.UNLIMITED;
    double cpa = args.containsKey("cpa") ? in.positive("cpa") : Double.NaN;
    if (args.containsKey("cpa") && args.containsKey("value")) {
      throw new IllegalArgumentException("bidder '" + text + "': give either cpa (a CPA campaign's conversion value is "
          + "its target) or value, not both");
    }
    double conversionValue = args.containsKey("value") ? in.positive("value") : Double.isNaN(cpa) ? 1.0 : cpa;
    ValueDistribution ctr = in.distribution("ctr", new ValueDistribution.Constant(1));
    ValueDistribution cvr = in.distribution("cvr", new ValueDistribution.Uniform(0, 1));
    double[] plan = args.containsKey("plan") ? in.plan("plan") : null;
    Supplier<BiddingAgent> agents = switch (name) {
      case "truthful" -> TruthfulBidder::new;
      case "shaded" -> {
        double factor = in.number("factor", 0.8, 0, Double.MAX_VALUE, "a number >= 0");
        yield () -> new ShadedBidder(factor);
      }
      case "dual" -> {
        double step = in.number("step", 0.1, Double.MIN_VALUE, Double.MAX_VALUE, "a number > 0");
        double mu0 = in.number("mu0", 0, 0, Double.MAX_VALUE, "a number >= 0");
        double muMax = in.number("mumax", Math.max(100, mu0), mu0, Double.MAX_VALUE, "a number >= mu0");
        yield () -> new DualPacingAgent(step, mu0, muMax);
      }
      case "mirror" -> {
        double step = in.number("step", 0.05, Double.MIN_VALUE, Double.MAX_VALUE, "a number > 0");
        double mu0 = in.number("mu0", 1, Double.MIN_VALUE, Double.MAX_VALUE, "a number > 0");
        double muMax = in.number("mumax", Math.max(100, mu0), mu0, Double.MAX_VALUE, "a number >= mu0");
        yield () -> new DualMirrorDescentPacingAgent(step, mu0, muMax);
      }
      case "pid" -> {
        double kp = in.number("kp", 0.5, -Double.MAX_VALUE, Double.MAX_VALUE, "a finite number");
        double ki = in.number("ki", 0.05, -Double.MAX_VALUE, Double.MAX_VALUE, "a finite number");
        double kd = in.number("kd", 0, -Double.MAX_VALUE, Double.MAX_VALUE, "a finite number");
        double kcpa = in.number("kcpa", 0.2, 0, Double.MAX_VALUE, "a number >= 0");
        double max = in.number("max", 10, 1, Double.MAX_VALUE, "a number >= 1");
        yield () -> new PidPacingAgent(kp, ki, kd, kcpa, max);
      }
      case "throttle" -> {
        double factor = in.number("factor", 1, 0, Double.MAX_VALUE, "a number >= 0");
        double gain = in.number("gain", 0.1, Double.MIN_VALUE, Double.MAX_VALUE, "a number > 0");
        double pmin = in.number("pmin", 0.01, Double.MIN_VALUE, 1, "a number in (0, 1]");
        double p0 = in.number("p0", 1, pmin, 1, "a number in [pmin, 1]");
        yield () -> new ThrottlingAgent(factor, gain, p0, pmin);
      }
      default -> throw new IllegalStateException(name);
    };
    return new BidderSetup(text.strip(), budget, cpa, plan, new OpportunityValueModel(ctr, cvr, conversionValue), agents);
  }

  /**
   * Parses a distribution: a number, {@code uniform(low,high)} or {@code lognormal(mu,sigma)}
   * ({@code constant(x)} too).
   *
   * @throws IllegalArgumentException naming the text and the allowed forms
   */
  public static ValueDistribution distribution(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    String allowed = "; allowed: a number >= 0, uniform(low,high), lognormal(mu,sigma)";
    try {
      int open = s.indexOf('(');
      if (open < 0) {
        return new ValueDistribution.Constant(Double.parseDouble(s));
      }
      if (!s.endsWith(")")) {
        throw new IllegalArgumentException("distribution '" + text + "' has no closing parenthesis" + allowed);
      }
      String name = s.substring(0, open).strip();
      String[] parts = s.substring(open + 1, s.length() - 1).split("[,;]");
      double[] x = new double[parts.length];
      for (int k = 0; k < parts.length; k++) {
        x[k] = Double.parseDouble(parts[k].strip());
      }
      switch (name) {
        case "uniform", "u" -> {
          arity(text, x, 2, allowed);
          return new ValueDistribution.Uniform(x[0], x[1]);
        }
        case "lognormal" -> {
          arity(text, x, 2, allowed);
          return new ValueDistribution.LogNormal(x[0], x[1]);
        }
        case "constant", "const" -> {
          arity(text, x, 1, allowed);
          return new ValueDistribution.Constant(x[0]);
        }
        default -> throw new IllegalArgumentException("unknown distribution '" + text + "'" + allowed);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("distribution '" + text + "' is not well formed" + allowed);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("distribution")
          || e.getMessage() != null && e.getMessage().startsWith("unknown distribution")) {
        throw e;
      }
      throw new IllegalArgumentException("distribution '" + text + "': " + e.getMessage());
    }
  }

  private static void arity(String text, double[] x, int n, String allowed) {
    if (x.length != n) {
      throw new IllegalArgumentException("distribution '" + text + "' needs " + n + " numbers" + allowed);
    }
  }

  /** Reads the arguments of one bidder string, naming it in errors. */
  private record Reader(String text, Map<String, String> args) {

    double positive(String key) {
      return number(key, Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE, "a finite number > 0");
    }

    double number(String key, double fallback, double low, double high, String allowed) {
      String raw = args.get(key);
      if (raw == null) {
        return fallback;
      }
      double x;
      try {
        x = Double.parseDouble(raw.strip());
      } catch (NumberFormatException e) {
        x = Double.NaN;
      }
      if (!(x >= low && x <= high)) {
        throw new IllegalArgumentException("bidder '" + text + "': " + key + "=" + raw + " is not allowed; " + key
            + " must be " + allowed);
      }
      return x;
    }

    ValueDistribution distribution(String key, ValueDistribution fallback) {
      String raw = args.get(key);
      if (raw == null) {
        return fallback;
      }
      try {
        return BidderStrings.distribution(raw);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bidder '" + text + "': " + key + "=" + raw + " is not allowed: "
            + e.getMessage());
      }
    }

    double[] plan(String key) {
      String raw = args.get(key);
      String[] parts = raw.split("/");
      double[] weights = new double[parts.length];
      double total = 0;
      for (int s = 0; s < parts.length; s++) {
        try {
          weights[s] = Double.parseDouble(parts[s].strip());
        } catch (NumberFormatException e) {
          weights[s] = Double.NaN;
        }
        if (!(weights[s] >= 0) || Double.isInfinite(weights[s])) {
          throw new IllegalArgumentException("bidder '" + text + "': plan=" + raw + " is not allowed; a plan is "
              + "numbers >= 0 separated by '/', one per step, not all 0");
        }
        total += weights[s];
      }
      if (!(total > 0)) {
        throw new IllegalArgumentException("bidder '" + text + "': plan=" + raw + " is not allowed; a plan is "
            + "numbers >= 0 separated by '/', one per step, not all 0");
      }
      return weights;
    }
  }
}
