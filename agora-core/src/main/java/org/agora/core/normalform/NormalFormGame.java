package org.agora.core.normalform;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;

/**
 * A finite game in strategic (normal) form: every player picks one of its strategies at once and
 * the payoffs are read from a dense tensor.
 *
 * <p>Layout: a pure profile {@code (a_0, ..., a_{n-1})} has index
 * {@code ((a_0 * m_1 + a_1) * m_2 + a_2) ...}, the last player varying fastest (row-major, so a
 * bimatrix game's profile index is {@code row * columns + column}). Payoffs are player-major:
 * {@code payoffs[player * profileCount + profile]}. Exact rational payoffs are kept alongside; for a
 * game built from doubles they are the doubles' exact binary values.
 *
 * <p>As a {@link Game} it is one simultaneous node followed by terminal states. It offers exact
 * values and, when no player has two strategies of the same name, information-state ids
 * ({@link NormalFormAbilities}).
 */
public final class NormalFormGame implements Game {

  private final GameParameters parameters;
  private final String title;
  private final String[] playerNames;
  private final String[][] strategyNames;
  private final int[] strategyCounts;
  private final int[] strides;
  private final int profileCount;
  private final double[] payoffs;
  private final Rational[] exactPayoffs;
  private final GameInfo info;
  private final GameAbilities abilities;
  private final double constantSum;

  private NormalFormGame(GameParameters parameters, String title, String[] playerNames, String[][] strategyNames,
      double[] payoffs, Rational[] exactPayoffs) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.title = title == null ? "" : title;
    int players = strategyNames.length;
    if (players < 1) {
      throw new IllegalArgumentException("a normal-form game needs at least one player");
    }
    if (playerNames.length != players) {
      throw new IllegalArgumentException(playerNames.length + " player names for " + players + " players");
    }
    this.playerNames = playerNames.clone();
    this.strategyNames = new String[players][];
    this.strategyCounts = new int[players];
    long profiles = 1;
    for (int p = 0; p < players; p++) {
      if (strategyNames[p].length < 1) {
        throw new IllegalArgumentException("player " + p + " has no strategy");
      }
      this.strategyNames[p] = strategyNames[p].clone();
      strategyCounts[p] = strategyNames[p].length;
      profiles *= strategyCounts[p];
      if (profiles * players > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("payoff tensor too large: more than 2^31 entries");
      }
    }
    this.profileCount = (int) profiles;
    this.strides = new int[players];
    int stride = 1;
    for (int p = players - 1; p >= 0; p--) {
      strides[p] = stride;
      stride *= strategyCounts[p];
    }
    if (payoffs.length != profileCount * players) {
      throw new IllegalArgumentException("payoff tensor has " + payoffs.length + " entries, expected "
          + profileCount * players + " (" + players + " players x " + profileCount + " profiles)");
    }
    this.payoffs = payoffs.clone();
    for (double value : payoffs) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("payoff is not finite: " + value);
      }
    }
    if (exactPayoffs == null) {
      exactPayoffs = new Rational[payoffs.length];
      for (int i = 0; i < payoffs.length; i++) {
        exactPayoffs[i] = Rational.of(payoffs[i]);
      }
    } else if (exactPayoffs.length != payoffs.length) {
      throw new IllegalArgumentException("exact payoffs have " + exactPayoffs.length + " entries, expected " + payoffs.length);
    }
    this.exactPayoffs = exactPayoffs.clone();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : payoffs) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    GameType.Utility utility = classify();
    this.constantSum = utility == GameType.Utility.CONSTANT_SUM ? exactSum(0).doubleValue() : 0.0;
    GameType type = new GameType(GameType.Dynamics.SIMULTANEOUS, GameType.Chance.NONE,
        players == 1 ? GameType.Information.PERFECT : GameType.Information.IMPERFECT, utility);
    this.info = new GameInfo(type, players, Arrays.stream(strategyCounts).max().orElse(0), 0, min, max, 1);
    NormalFormAbilities offered = new NormalFormAbilities(this);
    this.abilities = distinctStrategyNames() ? GameAbilities.of(offered) : GameAbilities.of(offered.exactValuesOnly());
  }

  /** A game from double payoffs (exact values are the doubles' binary values). */
  public static NormalFormGame of(GameParameters parameters, String title, String[] playerNames,
      String[][] strategyNames, double[] payoffs) {
    return new NormalFormGame(parameters, title, playerNames, strategyNames, payoffs, null);
  }

  /** A game from exact payoffs (doubles are the nearest values). */
  public static NormalFormGame exact(GameParameters parameters, String title, String[] playerNames,
      String[][] strategyNames, Rational[] exactPayoffs) {
    double[] payoffs = new double[exactPayoffs.length];
    for (int i = 0; i < payoffs.length; i++) {
      payoffs[i] = exactPayoffs[i].doubleValue();
    }
    return new NormalFormGame(parameters, title, playerNames, strategyNames, payoffs, exactPayoffs);
  }

  /**
   * A two-player game from row-player and column-player matrices, {@code rowPayoffs[i][j]} being the
   * row player's payoff when row i meets column j. Strategies are named by {@code rowNames} and
   * {@code columnNames}.
   */
  public static NormalFormGame bimatrix(GameParameters parameters, String[] rowNames, String[] columnNames,
      double[][] rowPayoffs, double[][] columnPayoffs) {
    int rows = rowNames.length;
    int columns = columnNames.length;
    if (rowPayoffs.length != rows || columnPayoffs.length != rows) {
      throw new IllegalArgumentException("the payoff matrices have " + rowPayoffs.length + " and " + columnPayoffs.length
          + " rows, expected " + rows + " (one per row strategy)");
    }
    double[] payoffs = new double[2 * rows * columns];
    for (int i = 0; i < rows; i++) {
      if (rowPayoffs[i].length != columns || columnPayoffs[i].length != columns) {
        throw new IllegalArgumentException("row " + i + " of the payoff matrices does not have " + columns + " entries");
      }
      for (int j = 0; j < columns; j++) {
        payoffs[i * columns + j] = rowPayoffs[i][j];
        payoffs[rows * columns + i * columns + j] = columnPayoffs[i][j];
      }
    }
    return of(parameters, "", new String[] {"row", "column"}, new String[][] {rowNames, columnNames}, payoffs);
  }

  /** True when no player has two strategies of the same name (so profiles have distinct keys). */
  private boolean distinctStrategyNames() {
    for (String[] names : strategyNames) {
      if (new HashSet<>(Arrays.asList(names)).size() != names.length) {
        return false;
      }
    }
    return true;
  }

  private GameType.Utility classify() {
    int players = strategyCounts.length;
    if (players == 1) {
      return GameType.Utility.GENERAL_SUM;
    }
    // Constant sums first: a game both identical and constant-sum pays every player the same
    // constant, and is called zero- or constant-sum, which the solvers for those games accept.
    Rational first = exactSum(0);
    boolean constant = true;
    for (int profile = 1; profile < profileCount && constant; profile++) {
      constant = exactSum(profile).equals(first);
    }
    if (constant) {
      return first.signum() == 0 ? GameType.Utility.ZERO_SUM : GameType.Utility.CONSTANT_SUM;
    }
    for (int profile = 0; profile < profileCount; profile++) {
      for (int p = 1; p < players; p++) {
        if (!exactPayoffs[p * profileCount + profile].equals(exactPayoffs[profile])) {
          return GameType.Utility.GENERAL_SUM;
        }
      }
    }
    return GameType.Utility.IDENTICAL;
  }

  private Rational exactSum(int profile) {
    Rational sum = Rational.ZERO;
    for (int p = 0; p < strategyCounts.length; p++) {
      sum = sum.add(exactPayoffs[p * profileCount + profile]);
    }
    return sum;
  }

  /** Title (from a file, may be empty). */
  public String title() {
    return title;
  }

  /** Number of pure strategies of {@code player}. */
  public int strategyCount(int player) {
    return strategyCounts[player];
  }

  /** Strategy counts of all players (a copy). */
  public int[] strategyCounts() {
    return strategyCounts.clone();
  }

  /** Name of {@code player}'s strategy {@code strategy}. */
  public String strategyName(int player, int strategy) {
    return strategyNames[player][strategy];
  }

  /** Number of pure strategy profiles. */
  public int profileCount() {
    return profileCount;
  }

  /** Index of a pure profile (see the class comment). */
  public int profileIndex(int[] strategies) {
    int index = 0;
    for (int p = 0; p < strides.length; p++) {
      int s = strategies[p];
      if (s < 0 || s >= strategyCounts[p]) {
        throw new IllegalArgumentException("player " + p + " strategy " + s + " out of [0, " + strategyCounts[p] + ")");
      }
      index += s * strides[p];
    }
    return index;
  }

  /** Strategy of {@code player} in profile {@code profile}. */
  public int strategyInProfile(int profile, int player) {
    return (profile / strides[player]) % strategyCounts[player];
  }

  /** Payoff of {@code player} at profile index {@code profile}. */
  public double payoff(int player, int profile) {
    return payoffs[player * profileCount + profile];
  }

  /** Exact payoff of {@code player} at profile index {@code profile}. */
  public Rational exactPayoff(int player, int profile) {
    return exactPayoffs[player * profileCount + profile];
  }

  /** A copy of the payoff tensor, {@code [player * profileCount + profile]}. */
  public double[] payoffTensor() {
    return payoffs.clone();
  }

  @Override
  public String name() {
    return parameters.toGameString();
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }







  @Override
  public GameInfo info() {
    return info;
  }

  @Override
  public GameAbilities abilities() {
    return abilities;
  }

  @Override
  public OptionalDouble utilitySum() {
    return switch (info.type().utility()) {
      case ZERO_SUM -> OptionalDouble.of(0.0);
      case CONSTANT_SUM -> OptionalDouble.of(constantSum);
      default -> OptionalDouble.empty();
    };
  }


  @Override
  public String playerName(int player) {
    return playerNames[player];
  }

  @Override
  public State newInitialState() {
    return new NormalFormState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new NormalFormState(this, recordHistory);
  }
}
