package org.agora.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.agora.core.Rational;
import org.agora.core.TabularPolicy;
import org.agora.core.solve.ConvergenceCurve;
import org.agora.core.solve.EquilibriumProfile;
import org.agora.core.solve.GameValue;
import org.agora.core.solve.InformationStatePolicy;
import org.agora.core.solve.JointDistribution;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.PlayerEvaluation;
import org.agora.core.solve.Trajectory;
import org.agora.core.solve.TreeSolveResult;
import org.agora.core.solve.TreeSummary;
import org.junit.jupiter.api.Test;

class SolveResultJsonTest {

  private static final Rational HALF = Rational.of(1, 2);

  @Test
  void normalFormResultsKeepTheirFieldOrderAndExactValuesAsText() {
    NormalFormSolveResult result = new NormalFormSolveResult("matching_pennies", "lp", "Nash equilibrium",
        List.of("row", "column"), List.of(List.of("heads", "tails"), List.of("heads", "tails")),
        GameValue.exact(Rational.ZERO),
        List.of(new EquilibriumProfile(new double[][] {{0.5, 0.5}, {0.5, 0.5}},
            new Rational[][] {{HALF, HALF}, {HALF, HALF}}, new double[] {0, 0}, new Rational[] {Rational.ZERO,
                Rational.ZERO}, 0.0, Rational.ZERO)),
        new JointDistribution(List.of(new JointDistribution.Entry(List.of("heads", "tails"), 1.0)),
            new double[] {-1, 1}, 0.0),
        new Trajectory("iteration", "gap", true, new double[] {1, 2},
            List.of(new Trajectory.Series("NashConv", new double[] {Double.NaN, 0.25}))),
        List.of("a note"), 0.5);
    ObjectNode json = SolveResultJson.toTree(result);
    assertThat(json.fieldNames()).toIterable().containsExactly("game", "method", "concept", "value", "exactValue",
        "profiles", "distribution", "trajectory", "notes");
    assertThat(json.get("exactValue").textValue()).isEqualTo("0");
    assertThat(json.get("profiles").get(0).fieldNames()).toIterable()
        .containsExactly("exact", "strategies", "exactStrategies", "payoffs", "nashConv");
    assertThat(json.get("profiles").get(0).get("exactStrategies").get(1).get(0).textValue()).isEqualTo("1/2");
    assertThat(json.get("trajectory").fieldNames()).toIterable().containsExactly("iteration", "NashConv");
    assertThat(json.get("trajectory").get("NashConv").get(0).isNull()).isTrue();
    assertThat(SolveResultJson.write(result)).contains("\"distribution\":[{\"profile\":[\"heads\",\"tails\"],"
        + "\"probability\":1.0}]");
  }

  @Test
  void treeResultsLeaveOutWhatIsUndefined() {
    TabularPolicy policy = null;
    TreeSolveResult result = new TreeSolveResult("kuhn_poker(players=3)", "cfr", "average policy",
        new TreeSummary(10, 1, 1.5), List.of(new PlayerEvaluation(0, "player 0", 0.25, null, 0.125, null)), 0.125, null,
        null, new ConvergenceCurve("NashConv", new long[] {4}, new double[] {0.125}, new double[] {0.01}), List.of(),
        List.of(new InformationStatePolicy(0, "p0", new int[] {0, 1}, List.of("pass", "bet"), new double[] {0.75, 0.25},
            null)), policy, 0.02);
    ObjectNode json = SolveResultJson.toTree(result);
    assertThat(json.fieldNames()).toIterable().containsExactly("game", "method", "concept", "seconds", "nashConv",
        "players", "curve", "notes", "policy");
    assertThat(json.get("players").get(0).fieldNames()).toIterable()
        .containsExactly("player", "expectedReturn", "bestResponseGain");
    assertThat(json.get("curve").get("points").get(0).get("iteration").isIntegralNumber()).isTrue();
    assertThat(json.get("policy").get(0).fieldNames()).toIterable()
        .containsExactly("player", "key", "actions", "probabilities");
  }
}
