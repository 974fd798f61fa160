package org.agora.games.normalform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/**
 * Prisoner's dilemma: each player cooperates or defects. Mutual cooperation pays both the
 * {@code reward} R, mutual defection the {@code punishment} P; a defector facing a cooperator gets
 * the {@code temptation} T and the cooperator the {@code sucker} payoff S.
 *
 * <pre>
 *               cooperate   defect
 *   cooperate     R,R        S,T
 *   defect        T,S        P,P
 * </pre>
 *
 * With T &gt; R &gt; P &gt; S (required here) defection strictly dominates cooperation, so (defect,
 * defect) is the unique equilibrium although both prefer (cooperate, cooperate). The defaults
 * T, R, P, S = 5, 3, 1, 0 are those of Axelrod's tournaments.
 *
 * <p>Devised by M. Flood and M. Dresher at RAND in 1950 and named by A. W. Tucker; see R. Axelrod,
 * <i>The Evolution of Cooperation</i>, Basic Books, 1984.
 */
public final class PrisonersDilemmaProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "prisoners_dilemma";

  /** Strategy names, in action order. */
  static final String[] STRATEGIES = {"cooperate", "defect"};

  private static final double LIMIT = 1e9;

  /**
   * The game with the given payoffs.
   *
   * @throws GameSpecException unless temptation &gt; reward &gt; punishment &gt; sucker
   */
  public static NormalFormGame create(double temptation, double reward, double punishment, double sucker) {
    checkOrder(NAME, temptation, reward, punishment, sucker);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("temptation", temptation);
    values.put("reward", reward);
    values.put("punishment", punishment);
    values.put("sucker", sucker);
    Rational t = Payoffs.decimal(temptation);
    Rational r = Payoffs.decimal(reward);
    Rational p = Payoffs.decimal(punishment);
    Rational s = Payoffs.decimal(sucker);
    Rational[][] row = {{r, s}, {t, p}};
    Rational[][] column = {{r, t}, {s, p}};
    return Payoffs.bimatrix(GameParameters.of(NAME, values), "Prisoner's dilemma", STRATEGIES, STRATEGIES, row,
        column);
  }

  /**
   * Checks T &gt; R &gt; P &gt; S.
   *
   * @throws GameSpecException naming the first pair out of order
   */
  static void checkOrder(String gameName, double temptation, double reward, double punishment, double sucker) {
    if (!(temptation > reward)) {
      throw orderError(gameName, "temptation", temptation, "reward", reward);
    }
    if (!(reward > punishment)) {
      throw orderError(gameName, "reward", reward, "punishment", punishment);
    }
    if (!(punishment > sucker)) {
      throw orderError(gameName, "punishment", punishment, "sucker", sucker);
    }
  }

  private static GameSpecException orderError(String gameName, String larger, double largerValue, String smaller,
      double smallerValue) {
    return new GameSpecException(gameName + ": parameter '" + larger + "' value " + largerValue
        + " must be greater than '" + smaller + "' value " + smallerValue
        + "; allowed: temptation > reward > punishment > sucker");
  }

  /** Declarations of the four payoff parameters, shared with the iterated game. */
  static List<ParameterSpec> payoffParameters() {
    return List.of(
        ParameterSpec.real("temptation", 5.0, -LIMIT, LIMIT, "payoff T of defecting against a cooperator"),
        ParameterSpec.real("reward", 3.0, -LIMIT, LIMIT, "payoff R of mutual cooperation"),
        ParameterSpec.real("punishment", 1.0, -LIMIT, LIMIT, "payoff P of mutual defection"),
        ParameterSpec.real("sucker", 0.0, -LIMIT, LIMIT, "payoff S of cooperating against a defector"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "prisoner's dilemma with payoffs temptation > reward > punishment > sucker";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return payoffParameters();
  }

  @Override
  public Game create(GameParameters parameters) {
    return create(parameters.getDouble("temptation"), parameters.getDouble("reward"),
        parameters.getDouble("punishment"), parameters.getDouble("sucker"));
  }
}
