package org.agora.evaluation.rating;

import java.util.ArrayList;
import java.util.List;

/**
 * Bayesian online skill rating for games between any number of teams, after R. C. Weng and C.-J.
 * Lin, "A Bayesian Approximation Method for Online Ranking", Journal of Machine Learning Research
 * 12 (2011) 267–300, with the choices of OpenSkill (V. Joshy, "OpenSkill: A faster asymmetric
 * multi-team, multiplayer rating system", Journal of Open Source Software, 2024).
 *
 * <p>Each player has a skill belief {@code N(mu, sigma^2)}; a team's is the sum of its players'
 * ({@code mu_i = sum_j mu_ij}, {@code sigma_i^2 = sum_j sigma_ij^2}). After a game with ranks
 * {@code r(i)} (smaller is better; equal ranks are ties), each team {@code i} gets a mean step
 * {@code Omega_i} and a variance step {@code Delta_i}, and each of its players moves by its share of
 * the team's variance:
 * <pre>  mu_ij    += (sigma_ij^2 / sigma_i^2) Omega_i
 *  sigma_ij^2 *= max(1 - (sigma_ij^2 / sigma_i^2) Delta_i, kappa)</pre>
 * ({@code kappa} keeps the variance positive). The steps depend on the {@link Model}:
 * <ul>
 *   <li>{@link Model#BRADLEY_TERRY_FULL} (the paper's Algorithm 1, every pair of teams): with
 *       {@code c_iq = sqrt(sigma_i^2 + sigma_q^2 + 2 beta^2)},
 *       {@code p_iq = 1/(1 + exp((mu_q - mu_i)/c_iq))} and {@code s = 1, 1/2, 0} as {@code i} ranks
 *       better than, equal to or worse than {@code q},
 *       {@code Omega_i = sum_{q != i} (sigma_i^2/c_iq)(s - p_iq)} and
 *       {@code Delta_i = sum_{q != i} gamma_iq (sigma_i^2/c_iq^2) p_iq p_qi}.
 *   <li>{@link Model#PLACKETT_LUCE} (the paper's Algorithm 4): with
 *       {@code c = sqrt(sum_i (sigma_i^2 + beta^2))}, {@code C_q = {s : r(s) >= r(q)}} (the teams
 *       not ranked above {@code q}), {@code A_q} the number of teams tied with {@code q} and
 *       {@code P_iq = exp(mu_i/c) / sum_{s in C_q} exp(mu_s/c)},
 *       {@code Omega_i = (sigma_i^2/c) sum_{q : r(q) <= r(i)} ([q = i] - P_iq)/A_q} and
 *       {@code Delta_i = gamma_i (sigma_i^2/c^2) sum_{q : r(q) <= r(i)} P_iq (1 - P_iq)/A_q}.
 * </ul>
 * As in OpenSkill, {@code gamma = sigma_i / c} (the paper's suggestion), ties divide by
 * {@code A_q}, and before a game every player's variance grows by {@code tau^2} (the additive
 * dynamics factor of TrueSkill, not in the paper; set {@code tau = 0} for the paper's update).
 * Time is quadratic in the number of teams plus linear in the number of players.
 *
 * @param model the ranking model
 * @param mu the mean of a new player (OpenSkill: 25)
 * @param sigma the standard deviation of a new player (OpenSkill: 25/3)
 * @param beta the standard deviation of performance around skill (OpenSkill: sigma / 2)
 * @param kappa the floor of the variance shrink factor (OpenSkill: 0.0001)
 * @param tau the additive dynamics factor (OpenSkill: 25/300; 0 in the paper)
 */
public record WengLin(Model model, double mu, double sigma, double beta, double kappa, double tau) {

  /** The ranking models of Weng and Lin that OpenSkill implements for any number of teams. */
  public enum Model {
    /** Bradley–Terry model over every pair of teams (full pairing). */
    BRADLEY_TERRY_FULL,
    /** Plackett–Luce model of the whole ranking. */
    PLACKETT_LUCE
  }

  /** OpenSkill's default mean. */
  public static final double DEFAULT_MU = 25;

  /** OpenSkill's default standard deviation, {@code mu / 3}. */
  public static final double DEFAULT_SIGMA = DEFAULT_MU / 3;

  /** OpenSkill's default performance deviation, {@code sigma / 2}. */
  public static final double DEFAULT_BETA = DEFAULT_SIGMA / 2;

  /** OpenSkill's default variance floor. */
  public static final double DEFAULT_KAPPA = 0.0001;

  /** OpenSkill's default dynamics factor, {@code mu / 300}. */
  public static final double DEFAULT_TAU = DEFAULT_MU / 300;

  public WengLin {
    if (model == null) {
      throw new IllegalArgumentException("a Weng-Lin system needs a model, one of " + List.of(Model.values()));
    }
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("the Weng-Lin initial mu must be finite, got " + mu);
    }
    requirePositive("sigma", sigma);
    requirePositive("beta", beta);
    requirePositive("kappa", kappa);
    if (!(tau >= 0) || !Double.isFinite(tau)) {
      throw new IllegalArgumentException("the Weng-Lin tau must be >= 0 and finite, got " + tau);
    }
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException("the Weng-Lin " + name + " must be positive and finite, got " + value);
    }
  }

  /** {@code model} with OpenSkill's defaults (mu 25, sigma 25/3, beta 25/6, kappa 0.0001, tau 25/300). */
  public static WengLin of(Model model) {
    return new WengLin(model, DEFAULT_MU, DEFAULT_SIGMA, DEFAULT_BETA, DEFAULT_KAPPA, DEFAULT_TAU);
  }

  /** Plackett–Luce with OpenSkill's defaults (OpenSkill's default model). */
  public static WengLin plackettLuce() {
    return of(Model.PLACKETT_LUCE);
  }

  /** Bradley–Terry full pairing with OpenSkill's defaults. */
  public static WengLin bradleyTerryFull() {
    return of(Model.BRADLEY_TERRY_FULL);
  }

  /** The same system with another dynamics factor ({@code 0} for the paper's update). */
  public WengLin withTau(double newTau) {
    return new WengLin(model, mu, sigma, beta, kappa, newTau);
  }

  /** The belief about a new player. */
  public WengLinRating initial() {
    return new WengLinRating(mu, sigma);
  }

  /**
   * The players' beliefs after a game.
   *
   * @param teams the players' beliefs before the game, team by team (at least two teams, none empty)
   * @param ranks each team's place, smaller is better, equal for a tie (any integers)
   * @return the new beliefs, in the shape of {@code teams}
   */
  public List<List<WengLinRating>> rate(List<List<WengLinRating>> teams, int[] ranks) {
    int count = teams.size();
    if (count < 2) {
      throw new IllegalArgumentException("a Weng-Lin game needs at least 2 teams, got " + count);
    }
    if (ranks.length != count) {
      throw new IllegalArgumentException("a Weng-Lin game needs one rank per team: " + count + " teams but "
          + ranks.length + " ranks");
    }
    double tauSquared = tau * tau;
    double[] teamMu = new double[count];
    double[] teamVariance = new double[count];
    for (int i = 0; i < count; i++) {
      List<WengLinRating> team = teams.get(i);
      if (team.isEmpty()) {
        throw new IllegalArgumentException("team " + i + " of a Weng-Lin game has no player");
      }
      for (WengLinRating player : team) {
        teamMu[i] += player.mu();
        teamVariance[i] += player.sigma() * player.sigma() + tauSquared;
      }
    }
    double[] omega = new double[count];
    double[] delta = new double[count];
    if (model == Model.PLACKETT_LUCE) {
      plackettLuce(teamMu, teamVariance, ranks, omega, delta);
    } else {
      bradleyTerryFull(teamMu, teamVariance, ranks, omega, delta);
    }
    List<List<WengLinRating>> rated = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<WengLinRating> team = teams.get(i);
      List<WengLinRating> next = new ArrayList<>(team.size());
      for (WengLinRating player : team) {
        double variance = player.sigma() * player.sigma() + tauSquared;
        double share = variance / teamVariance[i];
        double newMu = player.mu() + share * omega[i];
        double newVariance = variance * Math.max(1 - share * delta[i], kappa);
        next.add(new WengLinRating(newMu, Math.sqrt(newVariance)));
      }
      rated.add(List.copyOf(next));
    }
    return List.copyOf(rated);
  }

  private void bradleyTerryFull(double[] teamMu, double[] teamVariance, int[] ranks, double[] omega, double[] delta) {
    double twoBetaSquared = 2 * beta * beta;
    for (int i = 0; i < teamMu.length; i++) {
      for (int q = 0; q < teamMu.length; q++) {
        if (q == i) {
          continue;
        }
        double c = Math.sqrt(teamVariance[i] + teamVariance[q] + twoBetaSquared);
        double p = 1 / (1 + Math.exp((teamMu[q] - teamMu[i]) / c));
        double score = ranks[i] < ranks[q] ? 1 : ranks[i] == ranks[q] ? 0.5 : 0;
        double gamma = Math.sqrt(teamVariance[i]) / c;
        omega[i] += teamVariance[i] / c * (score - p);
        delta[i] += gamma * teamVariance[i] / (c * c) * p * (1 - p);
      }
    }
  }

  private void plackettLuce(double[] teamMu, double[] teamVariance, int[] ranks, double[] omega, double[] delta) {
    int count = teamMu.length;
    double betaSquared = beta * beta;
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += teamVariance[i] + betaSquared;
    }
    double c = Math.sqrt(sum);
    // exp(mu_i / c) scaled by exp(-max mu / c), which cancels in every ratio and cannot overflow
    double largest = Double.NEGATIVE_INFINITY;
    for (double teamMean : teamMu) {
      largest = Math.max(largest, teamMean);
    }
    double[] strength = new double[count];
    for (int i = 0; i < count; i++) {
      strength[i] = Math.exp((teamMu[i] - largest) / c);
    }
    double[] notAbove = new double[count];
    int[] tied = new int[count];
    for (int q = 0; q < count; q++) {
      for (int s = 0; s < count; s++) {
        if (ranks[s] >= ranks[q]) {
          notAbove[q] += strength[s];
        }
        if (ranks[s] == ranks[q]) {
          tied[q]++;
        }
      }
    }
    for (int i = 0; i < count; i++) {
      double meanStep = 0;
      double varianceStep = 0;
      for (int q = 0; q < count; q++) {
        if (ranks[q] <= ranks[i]) {
          double probability = strength[i] / notAbove[q];
          meanStep += ((q == i ? 1 : 0) - probability) / tied[q];
          varianceStep += probability * (1 - probability) / tied[q];
        }
      }
      double gamma = Math.sqrt(teamVariance[i]) / c;
      omega[i] = teamVariance[i] / c * meanStep;
      delta[i] = gamma * teamVariance[i] / (c * c) * varianceStep;
    }
  }
}
