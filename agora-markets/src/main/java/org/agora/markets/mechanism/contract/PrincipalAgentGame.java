package org.agora.markets.mechanism.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;

/**
 * The two-action, two-outcome hidden-action principal–agent problem as an extensive-form game.
 *
 * <p>Rules: the principal (player 0) offers a bonus paid on success, one of {@code levels} amounts
 * {@code reward * k / (levels - 1)} (paying only on success is optimal with two outcomes: it is the
 * minimum-payment contract). The agent (player 1) sees the offer and shirks (success probability
 * {@code shirk_success}, cost 0) or works (success probability {@code work_success}, cost {@code cost}).
 * Chance draws success or failure; the principal sees the outcome, never the action. On success the
 * principal gets {@code reward - bonus} and the agent {@code bonus}; on failure both get 0; the agent
 * also bears its cost if it worked.
 *
 * <p>In a subgame-perfect equilibrium in which the agent breaks ties for the principal, the agent
 * works once {@code bonus (work_success - shirk_success) >= cost}, and the principal's value is the
 * {@link OptimalContract} value when the minimum bonus {@code cost / (work_success - shirk_success)}
 * lies on the grid (otherwise the best grid bonus).
 *
 * <p>P. Dütting, T. Roughgarden and I. Talgam-Cohen, "Simple versus Optimal Contracts", EC 2019;
 * B. Holmström, "Moral Hazard and Observability", <i>Bell Journal of Economics</i> 10(1), 74–91, 1979.
 */
public final class PrincipalAgentGame implements Game {

  /** Registered name. */
  public static final String NAME = "principal_agent";
  /** Most bonus levels. */
  public static final int MAX_LEVELS = 1001;
  /** Agent action: shirk. */
  public static final int SHIRK = 0;
  /** Agent action: work. */
  public static final int WORK = 1;
  /** Chance outcome: failure. */
  public static final int FAILURE = 0;
  /** Chance outcome: success. */
  public static final int SUCCESS = 1;

  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
      GameType.Information.IMPERFECT, GameType.Utility.GENERAL_SUM);

  private final ContractProblem problem;
  private final int levels;
  private final GameParameters parameters;
  private final GameInfo info;

  /**
   * @throws GameSpecException if a parameter is out of range
   */
  public PrincipalAgentGame(double cost, double shirkSuccess, double workSuccess, double reward, int levels) {
    if (levels < 2 || levels > MAX_LEVELS) {
      throw new GameSpecException(NAME + ": parameter 'levels' value " + levels + " is out of range; allowed: integer"
          + " in [2, " + MAX_LEVELS + "]");
    }
    if (!(reward > 0) || Double.isInfinite(reward)) {
      throw new GameSpecException(NAME + ": parameter 'reward' value " + reward + " must be finite and > 0");
    }
    try {
      this.problem = new ContractProblem(new double[][] {{1 - shirkSuccess, shirkSuccess}, {1 - workSuccess,
          workSuccess}}, new double[] {0, cost}, new double[] {0, reward});
    } catch (IllegalArgumentException e) {
      throw new GameSpecException(NAME + ": " + e.getMessage());
    }
    this.levels = levels;
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("cost", cost);
    values.put("shirk_success", shirkSuccess);
    values.put("work_success", workSuccess);
    values.put("reward", reward);
    values.put("levels", levels);
    this.parameters = GameParameters.of(NAME, values);
    this.info = new GameInfo(TYPE, 2, Math.max(levels, 2), 2, Math.min(-cost, 0), reward, 3);
  }

  /** The contract problem the game plays out. */
  public ContractProblem problem() {
    return problem;
  }

  /** Number of bonus levels. */
  public int levels() {
    return levels;
  }

  /** The bonus of level {@code k}. */
  public double bonus(int k) {
    return problem.reward(SUCCESS) * k / (levels - 1);
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
  public String playerName(int player) {
    return player == 0 ? "principal" : "agent";
  }

  @Override
  public State newInitialState() {
    return new PrincipalAgentState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new PrincipalAgentState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}
