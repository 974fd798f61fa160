package org.agora.cli.solve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverProvider;
import org.agora.core.solve.SolverRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The solver options of {@code agora solve}, built from the providers' declarations: every parameter
 * any registered solver declares becomes a flag ({@code sample_every} becomes {@code --sample-every})
 * with the help text of its first declaration, and the flags given on a command line become the raw
 * parameter values of the chosen solver. A flag the chosen solver does not declare is a usage error
 * naming the solver and its options. The job's limits ({@link SolveLimits#PARAMETERS}) become
 * {@code --max-...} flags the same way, for every method.
 */
public final class SolverOptions implements CommandLine.IModelTransformer {

  /** Value labels of flags whose help always showed one (the others show {@code <name>}). */
  private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("iterations", "N"),
      Map.entry("precision", "EPS"), Map.entry("objective", "OBJECTIVE"), Map.entry("sample_every", "K"),
      Map.entry("threads", "T"), Map.entry("max_profiles", "N"), Map.entry("max_nodes", "N"),
      Map.entry("max_tableau", "CELLS"), Map.entry("max_exact_tableau", "CELLS"), Map.entry("max_supports", "N"),
      Map.entry("max_vertices", "N"));

  private static final String SAMPLE_EVERY = "sample_every";

  /** Adds one option per declared solver parameter, then one per limit ({@link SolveLimits#PARAMETERS}), to {@code spec}. */
  @Override
  public CommandSpec transform(CommandSpec spec) {
    for (ParameterSpec parameter : declaredParameters().values()) {
      spec.addOption(option(parameter));
    }
    for (ParameterSpec limit : SolveLimits.PARAMETERS) {
      spec.addOption(option(limit));
    }
    return spec;
  }

  /**
   * The limits given as {@code --max-...} flags ({@link SolveLimits#PARAMETERS}); absent ones take
   * their defaults.
   *
   * @throws ParameterException for a value that is not an integer in the limit's range
   */
  public static SolveLimits limits(CommandLine commandLine) {
    ParseResult parsed = commandLine.getParseResult();
    Map<String, Long> values = new LinkedHashMap<>();
    for (ParameterSpec limit : SolveLimits.PARAMETERS) {
      CommandLine.Model.OptionSpec matched = parsed.matchedOption(flag(limit.name()));
      if (matched != null) {
        String value = matched.getValue().toString();
        check(commandLine, limit, "solve", value);
        values.put(limit.name(), ((Number) limit.parse("solve", value)).longValue());
      }
    }
    return SolveLimits.of(values);
  }

  /**
   * Every distinct description of a parameter several solvers declare, in declaration order
   * ({@code sample_every} means one thing for learning dynamics and another for tree methods). When
   * some are method-specific (they start with the name of the method declaring them, {@code rae: ...})
   * and others are not, the method-specific ones come first and the others follow as
   * {@code Other methods: ...}, so that each default reads as applying to the methods it belongs to.
   */
  private static List<String> descriptions(String name) {
    List<String> specific = new ArrayList<>();
    List<String> general = new ArrayList<>();
    for (SolverProvider provider : SolverRegistry.providers()) {
      for (ParameterSpec parameter : provider.parameters()) {
        String help = help(parameter);
        if (!parameter.name().equals(name) || specific.contains(help) || general.contains(help)) {
          continue;
        }
        (help.startsWith(provider.name() + ": ") ? specific : general).add(help);
      }
    }
    if (specific.isEmpty() || general.isEmpty()) {
      specific.addAll(general);
      return specific;
    }
    for (String help : general) {
      specific.add("Other methods: " + Character.toLowerCase(help.charAt(0)) + help.substring(1));
    }
    return specific;
  }

  /** Every parameter some registered solver declares, by name, first declaration first. */
  public static Map<String, ParameterSpec> declaredParameters() {
    Map<String, ParameterSpec> byName = new LinkedHashMap<>();
    for (SolverProvider provider : SolverRegistry.providers()) {
      for (ParameterSpec parameter : provider.parameters()) {
        byName.putIfAbsent(parameter.name(), parameter);
      }
    }
    return byName;
  }

  /** The flag of a parameter: {@code sample_every} is {@code --sample-every}. */
  public static String flag(String parameterName) {
    return "--" + parameterName.replace('_', '-');
  }

  private static OptionSpec option(ParameterSpec parameter) {
    OptionSpec.Builder option = OptionSpec.builder(flag(parameter.name()));
    if (parameter.type() == ParameterSpec.Type.BOOLEAN) {
      option.arity("0").type(boolean.class);
    } else {
      option.arity("1").type(String.class)
          .paramLabel(LABELS.getOrDefault(parameter.name(), "<" + parameter.name() + ">"));
    }
    List<String> descriptions = descriptions(parameter.name());
    // limits are declared by SolveLimits, not by a solver
    return option.description(descriptions.isEmpty() ? help(parameter) : String.join(" ", descriptions)).build();
  }

  /** Help text: the description, with the default appended unless the description states it. */
  static String help(ParameterSpec parameter) {
    String description = parameter.description();
    if (parameter.type() == ParameterSpec.Type.BOOLEAN || description.contains("(default")
        || parameter.defaultValue() == null) {
      return description;
    }
    return description + " (default: " + format(parameter.defaultValue()) + ").";
  }

  private static String format(Object value) {
    if (value instanceof Double number && Double.isFinite(number)) {
      String text = Double.toString(number);
      int exponent = text.indexOf('E');
      if (exponent >= 0) {
        String mantissa = text.substring(0, exponent);
        return (mantissa.endsWith(".0") ? mantissa.substring(0, mantissa.length() - 2) : mantissa)
            + "e" + text.substring(exponent + 1);
      }
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  /**
   * The raw values of {@code provider}'s parameters given as flags (absent ones take the provider's
   * defaults), each checked against its declaration.
   *
   * @throws ParameterException for a flag the provider does not declare, a number out of range or
   *     not finite, {@code --sample-every 0}, or a value outside a parameter's choices
   */
  public static Map<String, String> chosen(CommandLine commandLine, SolverProvider provider) {
    ParseResult parsed = commandLine.getParseResult();
    Map<String, ParameterSpec> own = new LinkedHashMap<>();
    for (ParameterSpec parameter : provider.parameters()) {
      own.put(parameter.name(), parameter);
    }
    Map<String, String> raw = new LinkedHashMap<>();
    for (String name : declaredParameters().keySet()) {
      CommandLine.Model.OptionSpec matched = parsed.matchedOption(flag(name));
      if (matched == null) {
        continue;
      }
      ParameterSpec parameter = own.get(name);
      if (parameter == null) {
        throw new ParameterException(commandLine, "method " + provider.name() + " does not take " + flag(name)
            + "; " + optionsOf(provider));
      }
      String value = parameter.type() == ParameterSpec.Type.BOOLEAN ? String.valueOf((Object) matched.getValue())
          : matched.getValue().toString();
      if (parameter.type() == ParameterSpec.Type.TEXT && !parameter.choices().isEmpty()) {
        value = value.toLowerCase(Locale.ROOT);
      }
      check(commandLine, parameter, provider.name(), value);
      raw.put(name, value);
    }
    return raw;
  }

  /** {@code its options: --a, --b} or {@code it takes no options}. */
  static String optionsOf(SolverProvider provider) {
    List<String> flags = new ArrayList<>();
    for (ParameterSpec parameter : provider.parameters()) {
      flags.add(flag(parameter.name()));
    }
    return flags.isEmpty() ? "it takes no options" : "its options: " + String.join(", ", flags);
  }

  private static void check(CommandLine commandLine, ParameterSpec parameter, String solver, String value) {
    try {
      Object parsed = parameter.parse(solver, value);
      if (parsed instanceof Double number && !Double.isFinite(number)) {
        throw new ParameterException(commandLine, flag(parameter.name()) + " must be a finite number, got " + value);
      }
      if (parameter.name().equals(SAMPLE_EVERY) && parsed.equals(0)) {
        // 0 is the library's "about evenly spaced" default; given as a flag it is a mistake
        throw new ParameterException(commandLine, flag(SAMPLE_EVERY)
            + " must be >= 1 (leave it out for the default spacing), got " + value);
      }
    } catch (GameSpecException e) {
      String flag = flag(parameter.name());
      switch (parameter.type()) {
        case TEXT -> throw new ParameterException(commandLine, "unknown " + parameter.name().replace('_', ' ')
            + " '" + value + "'; allowed: " + String.join(", ", parameter.choices()));
        case INTEGER, LONG, REAL -> throw new ParameterException(commandLine, flag + " must be " + range(parameter)
            + ", got " + value);
        default -> throw new ParameterException(commandLine, flag + ": " + e.getMessage());
      }
    }
  }

  /** The allowed range as people read it: {@code >= 1}, {@code > 0}, {@code in (0, 1]}. */
  private static String range(ParameterSpec parameter) {
    String kind = parameter.type() == ParameterSpec.Type.REAL ? "a number " : "an integer ";
    boolean openAtZero = parameter.min() > 0 && parameter.min() < 1e-300;
    boolean unboundedAbove = parameter.max() >= Integer.MAX_VALUE;
    boolean unboundedBelow = parameter.min() <= Integer.MIN_VALUE;
    String lower = openAtZero ? "0" : bound(parameter.min());
    if (unboundedAbove && unboundedBelow) {
      return kind.strip();
    }
    if (unboundedAbove) {
      return (openAtZero ? "> " : ">= ") + lower;
    }
    return "in " + (openAtZero ? "(" : "[") + lower + ", " + bound(parameter.max()) + "]";
  }

  private static String bound(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
