package org.agora.markets.mechanism.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.State;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalAgentGameTest {

  @ParameterizedTest
  @ValueSource(strings = {"principal_agent", "principal_agent(levels=11)",
      "principal_agent(cost=0.5,shirk_success=0.0,work_success=1.0,reward=4.0,levels=3)"})
  void conformsToTheTestkitSuite(String gameString) {
    GameConformance.assertConforms(GameRegistry.create(gameString));
  }

  @Test
  void subgamePerfectPrincipalValueIsTheMinimumPaymentContract() {
    // Defaults: cost 1, success 0.2 / 0.6, reward 10, bonuses 0, 2.5, 5, 7.5, 10. The agent works once
    // 0.4 t >= 1, so the principal offers t = 2.5 and keeps 0.6 (10 - 2.5) = 4.5, the LP's optimum.
    PrincipalAgentGame game = (PrincipalAgentGame) GameRegistry.create("principal_agent");
    assertThat(principalValue(game)).isCloseTo(4.5, within(1e-12))
        .isCloseTo(OptimalContract.solve(game.problem()).principalUtility(), within(1e-7));
    // With bonuses in steps of 1 the cheapest working bonus is 3: 0.6 * 7 = 4.2.
    assertThat(principalValue((PrincipalAgentGame) GameRegistry.create("principal_agent(levels=11)")))
        .isCloseTo(4.2, within(1e-12));
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> GameRegistry.create("principal_agent(levels=1)")).isInstanceOf(GameSpecException.class)
        .hasMessageContaining("levels");
    assertThatThrownBy(() -> GameRegistry.create("principal_agent(reward=0.0)")).isInstanceOf(GameSpecException.class)
        .hasMessageContaining("reward");
  }

  /** Backward induction with the agent's ties broken for the principal. */
  private static double principalValue(PrincipalAgentGame game) {
    double best = Double.NEGATIVE_INFINITY;
    for (int bonus = 0; bonus < game.levels(); bonus++) {
      double[] shirk = expected(game, bonus, PrincipalAgentGame.SHIRK);
      double[] work = expected(game, bonus, PrincipalAgentGame.WORK);
      double[] chosen = work[1] > shirk[1] + 1e-12 ? work : shirk[1] > work[1] + 1e-12 ? shirk
          : (work[0] >= shirk[0] ? work : shirk);
      best = Math.max(best, chosen[0]);
    }
    return best;
  }

  private static double[] expected(PrincipalAgentGame game, int bonus, int action) {
    State state = game.newInitialState();
    state.apply(bonus);
    state.apply(action);
    int[] outcomes = new int[2];
    double[] probabilities = new double[2];
    int count = state.chanceOutcomes(outcomes, probabilities);
    double[] value = new double[2];
    for (int i = 0; i < count; i++) {
      State end = state.copy();
      end.apply(outcomes[i]);
      value[0] += probabilities[i] * end.returns(0);
      value[1] += probabilities[i] * end.returns(1);
    }
    return value;
  }
}
