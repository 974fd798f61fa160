package org.agora.core.solve;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.agora.core.ParameterSpec;
import org.agora.core.SaturatingArithmetic;

/**
 * Limits on the work a solver may take on, set by the job rather than the solver. Each solver
 * estimates its work from the game's size before it starts (the profiles of a reduced normal form,
 * the nodes of a tree, the cells of a dense tableau, the support pairs or polytope vertices it may
 * visit) and refuses with a {@link SolveLimitExceededException} naming the estimate and the limit
 * when the estimate is over it. The limits are declared as {@link #PARAMETERS}, from which
 * {@code agora solve} builds its {@code --max-...} flags.
 *
 * @param maxProfiles largest reduced normal form of an extensive game (pure profiles)
 * @param maxNodes largest game tree that is compiled
 * @param maxTableau largest dense floating-point LP or LCP tableau (rows x columns)
 * @param maxExactTableau largest dense exact (integer) tableau (rows x columns)
 * @param maxSupports most support pairs support enumeration may try
 * @param maxVertices most vertices vertex enumeration may have to visit (upper-bound-theorem estimate)
 */
public record SolveLimits(long maxProfiles, long maxNodes, long maxTableau, long maxExactTableau, long maxSupports,
    long maxVertices) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Default largest reduced normal form, as in {@code agora solve --max-profiles}. */
  public static final long DEFAULT_MAX_PROFILES = 100_000L;
  /** Default largest compiled tree, as in {@code agora solve --max-nodes}. */
  public static final long DEFAULT_MAX_NODES = 20_000_000L;
  /**
   * Default largest floating-point tableau: 25 million cells (200 MB of doubles), which admits the
   * sequence-form LP of Leduc poker (seconds) and refuses Liar's dice's (hundreds of millions).
   */
  public static final long DEFAULT_MAX_TABLEAU = 25_000_000L;
  /**
   * Default largest exact tableau: one million cells (a 1,000 x 1,000 integer tableau, whose
   * entries grow with every pivot): exact LP on 500 x 500 games, Lemke-Howson on 700 x 700, the
   * sequence form of games with a few hundred sequences per player.
   */
  public static final long DEFAULT_MAX_EXACT_TABLEAU = 1_000_000L;
  /** Default most support pairs: 50 million (all supports of a 13 x 13 game). */
  public static final long DEFAULT_MAX_SUPPORTS = 50_000_000L;
  /** Default most polytope vertices: 100 million (a 20 x 20 game's bound is about 40 million). */
  public static final long DEFAULT_MAX_VERTICES = 100_000_000L;

  /** {@link #maxProfiles()} as a parameter: {@code max_profiles}, flag {@code --max-profiles}. */
  public static final ParameterSpec MAX_PROFILES = limit("max_profiles", DEFAULT_MAX_PROFILES,
      "Largest reduced normal form of an extensive game, in pure profiles");
  /** {@link #maxNodes()} as a parameter. */
  public static final ParameterSpec MAX_NODES = limit("max_nodes", DEFAULT_MAX_NODES,
      "Largest game tree that tree methods compile, in nodes");
  /** {@link #maxTableau()} as a parameter. */
  public static final ParameterSpec MAX_TABLEAU = limit("max_tableau", DEFAULT_MAX_TABLEAU,
      "Largest dense floating-point tableau (lp, lcp, ce, cce, logit, simpdiv, sequence-lp), in cells");
  /** {@link #maxExactTableau()} as a parameter. */
  public static final ParameterSpec MAX_EXACT_TABLEAU = limit("max_exact_tableau", DEFAULT_MAX_EXACT_TABLEAU,
      "Largest dense exact tableau (lp, lcp, sequence-lp, sequence-lcp), in cells");
  /** {@link #maxSupports()} as a parameter. */
  public static final ParameterSpec MAX_SUPPORTS = limit("max_supports", DEFAULT_MAX_SUPPORTS,
      "Most support pairs support enumeration may try");
  /** {@link #maxVertices()} as a parameter. */
  public static final ParameterSpec MAX_VERTICES = limit("max_vertices", DEFAULT_MAX_VERTICES,
      "Most best-response polytope vertices enummixed may visit (upper-bound-theorem estimate)");

  /** Every limit, in the order of the record's components. */
  public static final List<ParameterSpec> PARAMETERS =
      List.of(MAX_PROFILES, MAX_NODES, MAX_TABLEAU, MAX_EXACT_TABLEAU, MAX_SUPPORTS, MAX_VERTICES);

  public SolveLimits {
    positive(MAX_PROFILES, maxProfiles);
    positive(MAX_NODES, maxNodes);
    positive(MAX_TABLEAU, maxTableau);
    positive(MAX_EXACT_TABLEAU, maxExactTableau);
    positive(MAX_SUPPORTS, maxSupports);
    positive(MAX_VERTICES, maxVertices);
  }

  /** The given profile and node limits, the default work limits. */
  public SolveLimits(long maxProfiles, long maxNodes) {
    this(maxProfiles, maxNodes, DEFAULT_MAX_TABLEAU, DEFAULT_MAX_EXACT_TABLEAU, DEFAULT_MAX_SUPPORTS,
        DEFAULT_MAX_VERTICES);
  }

  /** The default limits. */
  public static SolveLimits defaults() {
    return new SolveLimits(DEFAULT_MAX_PROFILES, DEFAULT_MAX_NODES);
  }

  /**
   * Limits from values by parameter name ({@link #PARAMETERS}); absent ones take their defaults.
   *
   * @throws IllegalArgumentException for a value below 1
   */
  public static SolveLimits of(java.util.Map<String, Long> values) {
    long[] limits = new long[PARAMETERS.size()];
    for (int i = 0; i < limits.length; i++) {
      ParameterSpec parameter = PARAMETERS.get(i);
      limits[i] = values.getOrDefault(parameter.name(), ((Number) parameter.defaultValue()).longValue());
    }
    return new SolveLimits(limits[0], limits[1], limits[2], limits[3], limits[4], limits[5]);
  }

  /**
   * Refuses a dense tableau of {@code rows} x {@code columns} cells over {@link #maxTableau()}
   * (floating point) or {@link #maxExactTableau()} (exact).
   *
   * @param work who needs it, e.g. {@code sequence-lp on liars_dice}
   * @param what the tableau, e.g. {@code floating-point LP tableau}
   * @throws SolveLimitExceededException when over the limit
   */
  public void checkTableau(String work, String what, long rows, long columns, boolean exact) {
    long cells = SaturatingArithmetic.multiply(rows, columns);
    long limit = exact ? maxExactTableau : maxTableau;
    if (cells > limit) {
      ParameterSpec parameter = exact ? MAX_EXACT_TABLEAU : MAX_TABLEAU;
      long bytesPerCell = exact ? 48 : 8;
      throw new SolveLimitExceededException(parameter.name(), cells, limit,
          String.format(Locale.ROOT, "%s needs a %,d x %,d %s (%,d cells, about %s); the limit is %,d cells"
              + " (raise it with %s)", work, rows, columns, what, cells,
              bytes(SaturatingArithmetic.multiply(cells, bytesPerCell)), limit, flag(parameter)));
    }
  }

  /**
   * Refuses work of {@code needed} units over {@code limit}, the value of {@code parameter}.
   *
   * @param work who needs it, e.g. {@code support on random_normal_form(strategies=20)}
   * @param what the units, e.g. {@code support pairs}
   * @throws SolveLimitExceededException when over the limit
   */
  public static void check(String work, String what, long needed, long limit, ParameterSpec parameter) {
    if (needed > limit) {
      throw new SolveLimitExceededException(parameter.name(), needed, limit,
          String.format(Locale.ROOT, "%s may need %,d %s; the limit is %,d (raise it with %s)", work, needed, what,
              limit, flag(parameter)));
    }
  }

  /** The command-line flag of a limit: {@code max_tableau} is {@code --max-tableau}. */
  public static String flag(ParameterSpec parameter) {
    return "--" + parameter.name().replace('_', '-');
  }

  private static String bytes(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%.0f MiB", Math.max(1.0, bytes / (double) (1L << 20)));
  }

  private static ParameterSpec limit(String name, long defaultValue, String description) {
    return ParameterSpec.integer(name, Math.toIntExact(defaultValue), 1, Integer.MAX_VALUE, description);
  }

  private static void positive(ParameterSpec parameter, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(parameter.name() + " must be >= 1, got " + value);
    }
  }
}
