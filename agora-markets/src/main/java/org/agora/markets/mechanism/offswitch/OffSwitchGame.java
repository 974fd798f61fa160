package org.agora.markets.mechanism.offswitch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;

/**
 * The off-switch game of Hadfield-Menell, Dragan, Abbeel and Russell as a small extensive-form
 * game with chance over a discretised normal utility.
 *
 * <p>Rules: chance draws the human's utility {@code U} for the robot's action from {@code points}
 * levels {@code u_k = mean + sd * z_k}, with {@code z_k} evenly spaced over [-3, 3] ({@code z = 0} for
 * one point) and probabilities proportional to the standard normal density at {@code z_k}. The robot
 * (player 0), who does not see {@code U}, chooses {@link #ACT act}, {@link #SWITCH_OFF switch off} or
 * {@link #WAIT wait}. After wait the human (player 1), who knows {@code U}, chooses to
 * {@link #ALLOW allow} the action or to switch the robot off. Acting or being allowed gives both
 * players {@code U}; switching off gives both 0 (identical interests: the robot's objective is the
 * human's utility).
 *
 * <p>In the game's optimal play the human allows exactly the non-negative levels and the robot waits,
 * earning {@code E[max(U, 0)]}; its advantage over the better of acting and switching off is the
 * discrete analogue of {@link OffSwitchIncentive#incentive(double, double)}.
 *
 * <p>D. Hadfield-Menell, A. Dragan, P. Abbeel and S. Russell, "The Off-Switch Game", IJCAI 2017.
 */
public final class OffSwitchGame implements Game {

  /** Registered name. */
  public static final String NAME = "off_switch";
  /** Robot action: act. */
  public static final int ACT = 0;
  /** Robot action: switch itself off; also the human's switch-off action. */
  public static final int SWITCH_OFF = 1;
  /** Robot action: wait for the human. */
  public static final int WAIT = 2;
  /** Human action: allow the robot's action. */
  public static final int ALLOW = 0;
  /** Most utility levels. */
  public static final int MAX_POINTS = 1001;

  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
      GameType.Information.IMPERFECT, GameType.Utility.IDENTICAL);

  private final GameParameters parameters;
  private final GameInfo info;
  private final double[] utilities;
  private final double[] probabilities;

  /**
   * @throws GameSpecException if a parameter is out of range
   */
  public OffSwitchGame(double mean, double sd, int points) {
    if (!Double.isFinite(mean)) {
      throw new GameSpecException(NAME + ": parameter 'mean' value " + mean + " must be finite");
    }
    if (!(sd >= 0) || Double.isInfinite(sd)) {
      throw new GameSpecException(NAME + ": parameter 'sd' value " + sd + " must be finite and >= 0");
    }
    if (points < 1 || points > MAX_POINTS) {
      throw new GameSpecException(NAME + ": parameter 'points' value " + points + " is out of range; allowed: "
          + "integer in [1, " + MAX_POINTS + "]");
    }
    this.utilities = new double[points];
    this.probabilities = new double[points];
    double total = 0;
    for (int k = 0; k < points; k++) {
      double z = points == 1 ? 0 : -3 + 6.0 * k / (points - 1);
      utilities[k] = mean + sd * z;
      probabilities[k] = StandardNormal.density(z);
      total += probabilities[k];
    }
    for (int k = 0; k < points; k++) {
      probabilities[k] /= total;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("mean", mean);
    values.put("sd", sd);
    values.put("points", points);
    this.parameters = GameParameters.of(NAME, values);
    this.info = new GameInfo(TYPE, 2, 3, points, Math.min(0, utilities[0]), Math.max(0, utilities[points - 1]), 3);
  }

  /** Number of utility levels. */
  public int points() {
    return utilities.length;
  }

  /** The utility of level {@code k}. */
  public double utility(int k) {
    return utilities[k];
  }

  /** The probability of level {@code k}. */
  public double probability(int k) {
    return probabilities[k];
  }

  /** {@code E[max(U, 0)] - max(E U, 0)} under the discretised distribution: the robot's gain from waiting. */
  public double discreteIncentive() {
    double mean = 0;
    double positive = 0;
    for (int k = 0; k < utilities.length; k++) {
      mean += probabilities[k] * utilities[k];
      positive += probabilities[k] * Math.max(utilities[k], 0);
    }
    return positive - Math.max(mean, 0);
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
    return player == 0 ? "robot" : "human";
  }

  @Override
  public State newInitialState() {
    return new OffSwitchState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new OffSwitchState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}
