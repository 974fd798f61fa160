package org.agora.learning.bandits.contextual.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.core.GameSpecException;
import org.agora.core.scoring.DecisionRule;
import org.agora.core.scoring.ScoringRule;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.LogGrid;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;
import org.agora.learning.bandits.contextual.ContextualBanditRegistry;

/**
 * A repeated decision market on a contextual bandit with 0/1 outcomes. Each round a context x is drawn;
 * the experts report, for every action a, the probability {@code q_a} that the outcome is 1 if a is
 * taken; the principal turns the market's forecast into a distribution d over actions by the full-
 * support decision rule {@link DecisionRule#mixed} (the action of highest forecast with probability 1 -
 * epsilon, a uniform one otherwise; the principal values outcome 1 at 1), draws an action, observes its
 * outcome only, and pays the experts by a strictly proper decision scoring rule: the score of the
 * chosen action's forecast divided by the probability d(a) of having chosen it.
 *
 * <p>Payments ({@link Payment}): {@code SEQUENTIAL} is the decision market of Y. Chen, I. A. Kash, M.
 * Ruberry and V. Shnayder, "Eliciting Predictions and Recommendations for Decision Making", ACM TEAC
 * 2(2), 2014 (and of A. Othman and T. Sandholm, "Decision Rules and Decision Markets", AAMAS 2010):
 * experts report in turn, starting from the forecast 1/2, expert i is paid {@code (S(q^i_a, o) -
 * S(q^{i-1}_a, o)) / d(a)} (Hanson's market scoring rule, conditioned on the action) and the decision
 * follows the final forecast. {@code INDEPENDENT} pays each expert {@code S(q^i_a, o) / d(a)} and
 * decides on the average forecast. In both, an expert's expected payment given its beliefs p is
 * {@code sum_a (E_{p_a} S(q_a) - const_a)} whatever d is, as long as d has full support, so truthful
 * reporting is its unique best reply for a strictly proper S (checked on a grid by
 * {@link DecisionMarketTruthfulness}). The phrase of the issue, "contextual bandits in a decision market
 * with strictly proper decision scoring rules", names no single paper we could find; this class
 * combines the cited mechanism with contextual learners as experts.
 *
 * <p>Cost per round: every expert's report and observation, O(n K) scores; nothing is allocated.
 */
public final class DecisionMarket {

  /** How experts are paid. */
  public enum Payment {
    /** Market scoring rule: each expert is paid its forecast's score minus the previous forecast's. */
    SEQUENTIAL,
    /** Each expert is paid its own forecast's score; the decision uses the average forecast. */
    INDEPENDENT
  }

  private static final double[] OUTCOME_VALUES = {0, 1};

  private final ContextualBanditProblem problem;
  private final List<Expert> experts;
  private final ScoringRule rule;
  private final double epsilon;
  private final Payment payment;
  private final DecisionRule decisionRule;

  /**
   * @param problem a problem with 0/1 rewards ({@link ContextualBanditProblem#binaryRewards()})
   * @param experts at least one expert, in market order
   * @param rule the strictly proper scoring rule
   * @param epsilon the decision rule's exploration probability, in (0, 1]
   */
  public DecisionMarket(ContextualBanditProblem problem, List<Expert> experts, ScoringRule rule, double epsilon,
      Payment payment) {
    if (!problem.binaryRewards()) {
      throw new IllegalArgumentException("the decision market needs 0/1 outcomes; problem " + problem.describe()
          + " has real-valued rewards; allowed: logistic, bernoulli-linear");
    }
    if (experts.isEmpty()) {
      throw new IllegalArgumentException("the decision market needs at least one expert");
    }
    this.problem = problem;
    this.experts = List.copyOf(experts);
    this.rule = java.util.Objects.requireNonNull(rule, "rule");
    this.epsilon = epsilon;
    this.payment = java.util.Objects.requireNonNull(payment, "payment");
    this.decisionRule = DecisionRule.mixed(OUTCOME_VALUES, epsilon);
  }

  /**
   * Creates a market from strings: a problem string, expert strings ({@link MarketExperts}), a scoring
   * rule name ({@code log}, {@code quadratic}, {@code spherical}) and a payment ({@code sequential},
   * {@code independent}).
   *
   * @throws GameSpecException naming the bad string or value and what is allowed
   */
  public static DecisionMarket create(String problem, List<String> experts, String rule, double epsilon,
      String payment) {
    ContextualBanditProblem bandit = ContextualBanditRegistry.createProblem(problem);
    List<Expert> created = new ArrayList<>();
    for (String expert : experts) {
      created.add(MarketExperts.create(expert, bandit));
    }
    try {
      Payment scheme = switch (payment == null ? "" : payment.toLowerCase(Locale.ROOT)) {
        case "sequential" -> Payment.SEQUENTIAL;
        case "independent" -> Payment.INDEPENDENT;
        default -> throw new IllegalArgumentException("unknown payment '" + payment
            + "'; allowed: sequential, independent");
      };
      return new DecisionMarket(bandit, created, ScoringRule.named(rule == null ? "" : rule), epsilon, scheme);
    } catch (IllegalArgumentException e) {
      throw new GameSpecException("decision market: " + e.getMessage());
    }
  }

  /**
   * Runs the market (experts reset first) for {@code horizon} rounds. Deterministic: the seed is split
   * into the contexts', the decisions' and the outcomes' generators, in that order.
   */
  public DecisionMarketRun run(long horizon, long seed) {
    if (horizon < 1) {
      throw new IllegalArgumentException("the horizon must be at least 1, got " + horizon);
    }
    SplittableRandom root = new SplittableRandom(seed);
    RandomGenerator contexts = root.split();
    RandomGenerator decisions = root.split();
    RandomGenerator outcomes = root.split();
    long[] grid = LogGrid.rounds(horizon, BanditSimulation.POINTS_PER_DECADE);
    int n = experts.size();
    int actions = problem.armCount();
    double[] context = new double[problem.dimension()];
    double[] reported = new double[actions];
    double[][][] forecasts = new double[n][actions][2];
    double[][] prior = new double[actions][2];
    double[][] average = new double[actions][2];
    double[][] truth = new double[actions][2];
    double[] decision = new double[actions];
    double[] truthfulScore = new double[actions];
    double[][] expertRegret = new double[n][grid.length];
    double[] principalRegret = new double[grid.length];
    double[] cumulativeExpertRegret = new double[n];
    double[] payments = new double[n];
    long[] actionCounts = new long[actions];
    double cumulativePrincipalRegret = 0;
    double principalValue = 0;
    for (double[] row : prior) {
      row[0] = 0.5;
      row[1] = 0.5;
    }
    for (Expert expert : experts) {
      expert.reset();
    }
    int next = 0;
    for (long round = 1; round <= horizon; round++) {
      problem.drawContext(round, contexts, context);
      double best = 0;
      for (int a = 0; a < actions; a++) {
        double p = problem.mean(a, context);
        truth[a][0] = 1 - p;
        truth[a][1] = p;
        truthfulScore[a] = rule.expectedScore(truth[a], truth[a]);
        best = Math.max(best, p);
      }
      for (int i = 0; i < n; i++) {
        experts.get(i).report(context, reported);
        double[][] forecast = forecasts[i];
        for (int a = 0; a < actions; a++) {
          double q = reported[a];
          if (!(q > 0 && q < 1)) {
            throw new IllegalStateException("expert " + experts.get(i).describe() + " reported " + q
                + " for action " + a + "; reports must be in (0, 1)");
          }
          forecast[a][0] = 1 - q;
          forecast[a][1] = q;
          cumulativeExpertRegret[i] += truthfulScore[a] - rule.expectedScore(truth[a], forecast[a]);
        }
      }
      double[][] market = payment == Payment.SEQUENTIAL ? forecasts[n - 1] : averageOf(forecasts, average);
      decisionRule.distribution(market, decision);
      int action = sample(decision, decisions);
      int outcome = problem.draw(action, context, outcomes) > 0.5 ? 1 : 0;
      double probability = decision[action];
      for (int i = 0; i < n; i++) {
        double score = rule.score(forecasts[i][action], outcome);
        if (payment == Payment.SEQUENTIAL) {
          score -= rule.score(i == 0 ? prior[action] : forecasts[i - 1][action], outcome);
        }
        payments[i] += score / probability;
        experts.get(i).observe(action, context, outcome);
      }
      double expectedValue = 0;
      for (int a = 0; a < actions; a++) {
        expectedValue += decision[a] * truth[a][1];
      }
      cumulativePrincipalRegret += best - expectedValue;
      principalValue += outcome;
      actionCounts[action]++;
      if (round == grid[next]) {
        for (int i = 0; i < n; i++) {
          expertRegret[i][next] = cumulativeExpertRegret[i];
        }
        principalRegret[next++] = cumulativePrincipalRegret;
      }
    }
    List<String> names = new ArrayList<>();
    for (Expert expert : experts) {
      names.add(expert.describe());
    }
    return new DecisionMarketRun(problem.describe(), List.copyOf(names), rule.name(), epsilon, payment, seed, grid,
        expertRegret, principalRegret, payments, actionCounts, principalValue);
  }

  private static double[][] averageOf(double[][][] forecasts, double[][] out) {
    int n = forecasts.length;
    for (int a = 0; a < out.length; a++) {
      double total = 0;
      for (double[][] forecast : forecasts) {
        total += forecast[a][1];
      }
      out[a][1] = total / n;
      out[a][0] = 1 - out[a][1];
    }
    return out;
  }

  private static int sample(double[] distribution, RandomGenerator random) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int a = 0; a < distribution.length - 1; a++) {
      cumulative += distribution[a];
      if (u < cumulative) {
        return a;
      }
    }
    return distribution.length - 1;
  }
}
