package org.agora.solvers.pseudogame;

/**
 * An Arrow–Debreu exchange economy with Cobb–Douglas consumers as a pseudo-game (Arrow and Debreu,
 * Econometrica, 1954): consumers {@code 0 .. n-1} each choose a bundle {@code x_i >= 0} of the {@code m}
 * goods within their budget {@code p . x_i <= p . e_i} (so their feasible sets depend on the prices), and
 * a market player {@code n} chooses prices {@code p} on the simplex to maximise the value of excess demand
 * {@code p . (sum_i x_i - sum_i e_i)}. Its generalized Nash equilibria are the competitive equilibria; this
 * is the formulation of "Generative adversarial equilibrium solvers" (Goktas et al., ICLR 2024).
 *
 * <p>Consumer {@code i}'s utility is represented as {@code sum_j a_ij log x_ij} with the preference
 * weights normalised to sum to 1: an increasing transform of the Cobb–Douglas utility
 * {@code prod_j x_ij^a_ij}, so it has the same demand {@code x_ij = a_ij (p . e_i) / p_j} and the same
 * equilibria; exploitability is measured in these logarithmic units. Departure: prices are kept at least
 * {@link #PRICE_FLOOR} so that demand stays finite (every good has a positive equilibrium price here, as
 * all weights are positive).
 *
 * <p>{@link #projectProfile} puts each bundle on its budget line {@code p . x_i = p . e_i} (a subset of
 * the budget set that holds every equilibrium, utilities being strictly increasing): unlike the budget
 * half-space, this map is smooth away from the axes, so exploitability descent can differentiate through
 * it.
 *
 * <p>With two goods the equilibrium prices have the closed form
 * {@code p_1 / p_2 = sum_i a_i1 e_i2 / sum_i a_i2 e_i1}.
 */
public final class ExchangeEconomy implements PseudoGame {

  /** The least price of a good. */
  public static final double PRICE_FLOOR = 1e-6;

  private static final int BISECTIONS = 200;

  private final int consumers;
  private final int goods;
  private final double[] preferences;
  private final double[] endowments;
  private final double[] supply;

  /**
   * @param preferences {@code preferences[i][j] > 0}: consumer {@code i}'s Cobb–Douglas weight on good
   *     {@code j} (rescaled to sum to 1 per consumer)
   * @param endowments {@code endowments[i][j] >= 0}: consumer {@code i}'s endowment of good {@code j}; each
   *     consumer and each good has a positive total
   */
  public ExchangeEconomy(double[][] preferences, double[][] endowments) {
    consumers = preferences.length;
    if (consumers < 1) {
      throw new IllegalArgumentException("an exchange economy needs at least 1 consumer");
    }
    if (endowments.length != consumers) {
      throw new IllegalArgumentException("preferences are given for " + consumers + " consumers and endowments for "
          + endowments.length);
    }
    goods = preferences[0].length;
    if (goods < 2) {
      throw new IllegalArgumentException("an exchange economy needs at least 2 goods, got " + goods);
    }
    this.preferences = new double[consumers * goods];
    this.endowments = new double[consumers * goods];
    this.supply = new double[goods];
    for (int i = 0; i < consumers; i++) {
      if (preferences[i].length != goods || endowments[i].length != goods) {
        throw new IllegalArgumentException("consumer " + (i + 1) + " has " + preferences[i].length
            + " preference weights and " + endowments[i].length + " endowments; every consumer needs " + goods);
      }
      double weight = 0;
      double wealth = 0;
      for (int j = 0; j < goods; j++) {
        double a = preferences[i][j];
        double e = endowments[i][j];
        if (!(a > 0) || Double.isInfinite(a)) {
          throw new IllegalArgumentException("preference of consumer " + (i + 1) + " for good " + (j + 1)
              + " must be positive and finite, got " + a);
        }
        if (!(e >= 0) || Double.isInfinite(e)) {
          throw new IllegalArgumentException("endowment of consumer " + (i + 1) + " of good " + (j + 1)
              + " must be non-negative and finite, got " + e);
        }
        weight += a;
        wealth += e;
        this.endowments[i * goods + j] = e;
        supply[j] += e;
      }
      if (!(wealth > 0)) {
        throw new IllegalArgumentException("consumer " + (i + 1) + " has no endowment");
      }
      for (int j = 0; j < goods; j++) {
        this.preferences[i * goods + j] = preferences[i][j] / weight;
      }
    }
    for (int j = 0; j < goods; j++) {
      if (!(supply[j] > 0)) {
        throw new IllegalArgumentException("good " + (j + 1) + " has no endowment");
      }
    }
  }

  /** Number of consumers (the market is player {@code consumers()}). */
  public int consumers() {
    return consumers;
  }

  /** Number of goods. */
  public int goods() {
    return goods;
  }

  /** Offset of the prices in a profile. */
  public int priceOffset() {
    return consumers * goods;
  }

  /** Consumer {@code i}'s budget {@code p . e_i} at the profile's prices. */
  public double budget(int consumer, double[] profile) {
    double budget = 0;
    int prices = priceOffset();
    for (int j = 0; j < goods; j++) {
      budget += profile[prices + j] * endowments[consumer * goods + j];
    }
    return budget;
  }

  /** Writes the excess demand {@code sum_i x_i - sum_i e_i} of the profile's bundles into {@code excess}. */
  public void excessDemand(double[] profile, double[] excess) {
    for (int j = 0; j < goods; j++) {
      double demand = 0;
      for (int i = 0; i < consumers; i++) {
        demand += profile[i * goods + j];
      }
      excess[j] = demand - supply[j];
    }
  }

  @Override
  public int players() {
    return consumers + 1;
  }

  @Override
  public int dimension(int player) {
    return goods;
  }

  @Override
  public int offset(int player) {
    return player * goods;
  }

  @Override
  public String playerName(int player) {
    return player == consumers ? "market" : "consumer " + (player + 1);
  }

  @Override
  public String coordinateName(int player, int coordinate) {
    return (player == consumers ? "price " : "good ") + (coordinate + 1);
  }

  @Override
  public double utility(int player, double[] profile) {
    int offset = player * goods;
    double value = 0;
    if (player == consumers) {
      for (int j = 0; j < goods; j++) {
        double demand = 0;
        for (int i = 0; i < consumers; i++) {
          demand += profile[i * goods + j];
        }
        value += profile[offset + j] * (demand - supply[j]);
      }
      return value;
    }
    for (int j = 0; j < goods; j++) {
      value += preferences[offset + j] * Math.log(profile[offset + j]);
    }
    return value;
  }

  @Override
  public void ownGradient(int player, double[] profile, double[] gradient) {
    if (player == consumers) {
      excessDemand(profile, gradient);
      return;
    }
    int offset = player * goods;
    for (int j = 0; j < goods; j++) {
      gradient[j] = preferences[offset + j] / profile[offset + j];
    }
  }

  @Override
  public void projectAction(int player, double[] profile, double[] action) {
    if (player == consumers) {
      Projections.ontoSimplex(action, 0, goods, PRICE_FLOOR, 1);
    } else {
      Projections.ontoBudget(action, 0, goods, profile, priceOffset(), budget(player, profile));
    }
  }

  @Override
  public void projectProfile(double[] profile) {
    Projections.ontoSimplex(profile, priceOffset(), goods, PRICE_FLOOR, 1);
    for (int i = 0; i < consumers; i++) {
      Projections.ontoBudgetLine(profile, i * goods, goods, profile, priceOffset(), budget(i, profile));
    }
  }

  /** Uniform prices; each consumer spends an equal share of its budget on every good. */
  @Override
  public double[] initialProfile() {
    double[] profile = new double[(consumers + 1) * goods];
    int prices = priceOffset();
    for (int j = 0; j < goods; j++) {
      profile[prices + j] = 1.0 / goods;
    }
    for (int i = 0; i < consumers; i++) {
      double budget = budget(i, profile);
      for (int j = 0; j < goods; j++) {
        profile[i * goods + j] = budget / goods / profile[prices + j];
      }
    }
    return profile;
  }

  /**
   * Closed forms: the market's regularised response is the projection of {@code p + z / alpha} onto the
   * (floored) simplex, or all spare mass on a good of largest excess demand when {@code alpha = 0}; a
   * consumer's is {@code y_j = a_j b / p_j} when {@code alpha = 0}, and otherwise the positive root of
   * {@code a_j / y_j - alpha (y_j - x_j) - mu p_j = 0} with the budget multiplier {@code mu >= 0} found by
   * bisection.
   */
  @Override
  public void bestResponse(int player, double[] profile, double alpha, double[] response) {
    int offset = player * goods;
    if (player == consumers) {
      excessDemand(profile, response);
      if (alpha > 0) {
        for (int j = 0; j < goods; j++) {
          response[j] = profile[offset + j] + response[j] / alpha;
        }
        Projections.ontoSimplex(response, 0, goods, PRICE_FLOOR, 1);
        return;
      }
      int best = 0;
      for (int j = 1; j < goods; j++) {
        best = response[j] > response[best] ? j : best;
      }
      for (int j = 0; j < goods; j++) {
        response[j] = j == best ? 1 - (goods - 1) * PRICE_FLOOR : PRICE_FLOOR;
      }
      return;
    }
    int prices = priceOffset();
    double budget = budget(player, profile);
    if (alpha == 0) {
      for (int j = 0; j < goods; j++) {
        response[j] = preferences[offset + j] * budget / profile[prices + j];
      }
      return;
    }
    if (spend(profile, player, alpha, 0, response) <= budget) {
      return;
    }
    double low = 0;
    double high = 1;
    while (spend(profile, player, alpha, high, response) > budget && high < 1e300) {
      high *= 2;
    }
    for (int k = 0; k < BISECTIONS; k++) {
      double middle = 0.5 * (low + high);
      if (middle <= low || middle >= high) {
        break;
      }
      if (spend(profile, player, alpha, middle, response) > budget) {
        low = middle;
      } else {
        high = middle;
      }
    }
    spend(profile, player, alpha, high, response);
  }

  /** Writes the consumer's regularised demand at multiplier {@code mu} and returns what it costs. */
  private double spend(double[] profile, int consumer, double alpha, double mu, double[] response) {
    int offset = consumer * goods;
    int prices = priceOffset();
    double cost = 0;
    for (int j = 0; j < goods; j++) {
      double p = profile[prices + j];
      double s = alpha * profile[offset + j] - mu * p;
      double root = Math.sqrt(s * s + 4 * alpha * preferences[offset + j]);
      double y = s >= 0 ? (s + root) / (2 * alpha) : 2 * preferences[offset + j] / (root - s);
      response[j] = y;
      cost += p * y;
    }
    return cost;
  }
}
