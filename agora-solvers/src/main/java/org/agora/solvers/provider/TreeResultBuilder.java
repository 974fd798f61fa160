package org.agora.solvers.provider;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.solve.ConvergenceCurve;
import org.agora.core.solve.InformationStatePolicy;
import org.agora.core.solve.PlayerEvaluation;
import org.agora.core.solve.TreeSolveResult;
import org.agora.core.solve.TreeSummary;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.cfr.Convergence;
import org.agora.solvers.tree.GameTree;

/**
 * Collects what a tree solver found (a per-slot behaviour profile, see {@link GameTree}, optionally
 * exact) and evaluates it into a {@link TreeSolveResult}: each player's expected return and
 * best-response gain (exact best responses for exact profiles), NashConv, exploitability for
 * constant-sum games, and the policy row by row. Evaluation costs O(players x nodes).
 */
public final class TreeResultBuilder {

  private final GameTree tree;
  private final String solver;
  private final String concept;
  private final double[] behaviour;
  private final List<String> notes = new ArrayList<>();
  private Rational[] exactBehaviour;
  private Rational[] exactPayoffs;
  private Convergence.Curve curve;

  /** A result of {@code solver} on {@code tree}: {@code behaviour}, described by {@code concept}. */
  public TreeResultBuilder(GameTree tree, String solver, String concept, double[] behaviour) {
    this.tree = tree;
    this.solver = solver;
    this.concept = concept;
    this.behaviour = behaviour;
  }

  /** The exact profile behind the behaviour and its exact expected payoffs. */
  public TreeResultBuilder exact(Rational[] exactBehaviourSlots, Rational[] payoffs) {
    this.exactBehaviour = exactBehaviourSlots;
    this.exactPayoffs = payoffs;
    return this;
  }

  public TreeResultBuilder curve(Convergence.Curve convergence) {
    this.curve = convergence;
    return this;
  }

  public TreeResultBuilder note(String line) {
    notes.add(line);
    return this;
  }

  /** How people read a curve's measure: {@code exploitability} or {@code NashConv}. */
  public static String label(Convergence.Measure measure) {
    return measure.label();
  }

  /** True when exploitability is defined (zero-sum and constant-sum games). */
  public static boolean exploitabilityDefined(GameTree tree) {
    GameType.Utility utility = tree.game().type().utility();
    return utility == GameType.Utility.ZERO_SUM || utility == GameType.Utility.CONSTANT_SUM;
  }

  /** The evaluated result; {@code seconds} is the solver's time. */
  public TreeSolveResult build(double seconds) {
    double[] returns = PolicyEvaluation.expectedReturns(tree, behaviour);
    double[] gains;
    Rational[] exactGains = null;
    Rational exactNashConv = null;
    if (exactBehaviour != null) {
      exactGains = ExactBestResponse.improvements(tree, exactBehaviour);
      gains = new double[exactGains.length];
      exactNashConv = Rational.ZERO;
      for (int p = 0; p < gains.length; p++) {
        gains[p] = exactGains[p].doubleValue();
        exactNashConv = exactNashConv.add(exactGains[p]);
      }
    } else {
      gains = Exploitability.improvements(tree, behaviour);
    }
    double nashConv = 0.0;
    for (double gain : gains) {
      nashConv += gain;
    }
    List<PlayerEvaluation> players = new ArrayList<>();
    for (int p = 0; p < tree.playerCount(); p++) {
      players.add(new PlayerEvaluation(p, tree.game().playerName(p), returns[p],
          exactPayoffs == null ? null : exactPayoffs[p], gains[p], exactGains == null ? null : exactGains[p]));
    }
    ConvergenceCurve convergence = curve == null ? null
        : new ConvergenceCurve(label(curve.measure()), curve.iterations(), curve.values(), curve.elapsedSeconds());
    return new TreeSolveResult(tree.game().name(), solver, concept,
        new TreeSummary(tree.nodeCount(), tree.infosetCount(), tree.buildMillis()), players, nashConv, exactNashConv,
        exploitabilityDefined(tree) ? nashConv / tree.playerCount() : null, convergence, notes, policyRows(),
        tree.toPolicy(behaviour), seconds);
  }

  private List<InformationStatePolicy> policyRows() {
    List<InformationStatePolicy> rows = new ArrayList<>(tree.infosetCount());
    int width = tree.maxActions();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      int count = tree.actionCount(infoset);
      int[] actions = new int[count];
      List<String> names = new ArrayList<>(count);
      double[] probabilities = new double[count];
      Rational[] exactProbabilities = exactBehaviour == null ? null : new Rational[count];
      for (int k = 0; k < count; k++) {
        actions[k] = tree.action(infoset, k);
        names.add(tree.actionName(infoset, k));
        probabilities[k] = behaviour[infoset * width + k];
        if (exactProbabilities != null) {
          exactProbabilities[k] = exactBehaviour[infoset * width + k];
        }
      }
      rows.add(new InformationStatePolicy(tree.infosetPlayer(infoset), tree.infosetKey(infoset), actions, names,
          probabilities, exactProbabilities));
    }
    return rows;
  }
}
