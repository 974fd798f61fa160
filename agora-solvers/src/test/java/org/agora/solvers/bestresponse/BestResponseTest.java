package org.agora.solvers.bestresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.agora.core.GameRegistry;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

/**
 * Known values: uniform Kuhn has best-response values 1/2 and 5/12 (NashConv 11/12), uniform Leduc
 * NashConv 4.747222222222222 and value -0.078125 for player 0, uniform three-player Kuhn NashConv
 * 2.0625; these are the constants of OpenSpiel's exploitability tests.
 */
class BestResponseTest {

  private static GameTree tree(String name) {
    return GameTreeCompiler.compile(GameRegistry.create(name));
  }

  @Test
  void uniformKuhn() {
    GameTree kuhn = tree("kuhn_poker");
    double[] uniform = kuhn.uniformBehaviour();
    assertThat(BestResponse.compute(kuhn, uniform, 0).value()).isCloseTo(0.5, offset(1e-12));
    assertThat(BestResponse.compute(kuhn, uniform, 1).value()).isCloseTo(5.0 / 12, offset(1e-12));
    assertThat(Exploitability.nashConv(kuhn, uniform)).isCloseTo(11.0 / 12, offset(1e-12));
    assertThat(Exploitability.exploitability(kuhn, uniform)).isCloseTo(11.0 / 24, offset(1e-12));
  }

  @Test
  void uniformLeduc() {
    GameTree leduc = tree("leduc_poker");
    double[] uniform = leduc.uniformBehaviour();
    assertThat(PolicyEvaluation.expectedReturns(leduc, uniform)[0]).isCloseTo(-0.078125, offset(1e-12));
    assertThat(Exploitability.nashConv(leduc, uniform)).isCloseTo(4.747222222222222, offset(1e-12));
  }

  @Test
  void uniformThreePlayerKuhn() {
    GameTree kuhn = tree("kuhn_poker(players=3)");
    assertThat(Exploitability.nashConv(kuhn, kuhn.uniformBehaviour())).isCloseTo(2.0625, offset(1e-12));
  }

  /** Kuhn's equilibrium family with alpha = 0 (Kuhn 1950): value -1/18 and no gain for either player. */
  @Test
  void kuhnEquilibriumIsUnexploitable() {
    GameTree kuhn = tree("kuhn_poker");
    double[] behaviour = KuhnEquilibrium.behaviour(kuhn, 0.0);
    assertThat(PolicyEvaluation.expectedReturns(kuhn, behaviour)[0]).isCloseTo(-1.0 / 18, offset(1e-12));
    assertThat(Exploitability.nashConv(kuhn, behaviour)).isCloseTo(0.0, offset(1e-12));
    double[] alphaThird = KuhnEquilibrium.behaviour(kuhn, 1.0 / 3);
    assertThat(Exploitability.nashConv(kuhn, alphaThird)).isCloseTo(0.0, offset(1e-12));
  }

  @Test
  void theBestResponseAchievesItsValue() {
    GameTree leduc = tree("leduc_poker");
    double[] uniform = leduc.uniformBehaviour();
    BestResponse.Result response = BestResponse.compute(leduc, uniform, 1);
    double[] deviated = response.apply(leduc, uniform);
    assertThat(PolicyEvaluation.expectedReturns(leduc, deviated)[1]).isCloseTo(response.value(), offset(1e-9));
  }

  @Test
  void rockPaperScissorsUniformIsAnEquilibrium() {
    GameTree rps = tree("rock_paper_scissors");
    assertThat(Exploitability.nashConv(rps, rps.uniformBehaviour())).isCloseTo(0.0, offset(1e-15));
    double[] rock = rps.newSlotArray();
    rock[0] = 1.0;
    rock[rps.maxActions()] = 1.0;
    assertThat(BestResponse.compute(rps, rock, 1).value()).isEqualTo(1.0);
  }

  @Test
  void badInputIsRejected() {
    GameTree kuhn = tree("kuhn_poker");
    assertThatThrownBy(() -> BestResponse.compute(kuhn, new double[3], 0))
        .hasMessageContaining("behaviour has 3 entries; this tree needs 24");
    assertThatThrownBy(() -> BestResponse.compute(kuhn, kuhn.uniformBehaviour(), 2))
        .hasMessageContaining("player 2 is not in [0, 2)");
  }
}
