package org.agora.markets.mechanism.offswitch;

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

class OffSwitchGameTest {

  @ParameterizedTest
  @ValueSource(strings = {"off_switch", "off_switch(mean=0.5,sd=2.0,points=11)", "off_switch(points=1)",
      "off_switch(mean=-1.0,sd=0.0,points=3)"})
  void conformsToTheTestkitSuite(String gameString) {
    GameConformance.assertConforms(GameRegistry.create(gameString));
  }

  @Test
  void waitingWithABestRespondingHumanEarnsTheDiscreteIncentive() {
    OffSwitchGame game = (OffSwitchGame) GameRegistry.create("off_switch(mean=0.25,sd=1.0,points=9)");
    double act = 0;
    double wait = 0;
    for (int k = 0; k < game.points(); k++) {
      act += game.probability(k) * terminalValue(game, k, OffSwitchGame.ACT, -1);
      double allow = terminalValue(game, k, OffSwitchGame.WAIT, OffSwitchGame.ALLOW);
      double off = terminalValue(game, k, OffSwitchGame.WAIT, OffSwitchGame.SWITCH_OFF);
      wait += game.probability(k) * Math.max(allow, off);
    }
    double switchOff = 0;
    assertThat(wait - Math.max(act, switchOff)).isCloseTo(game.discreteIncentive(), within(1e-12)).isPositive();
    // Nine levels over +-3 sd already come within 0.02 of the continuous closed form.
    assertThat(game.discreteIncentive()).isCloseTo(OffSwitchIncentive.incentive(0.25, 1.0), within(0.02));
  }

  @Test
  void theRobotDoesNotSeeTheUtilityButTheHumanDoes() {
    OffSwitchGame game = (OffSwitchGame) GameRegistry.create("off_switch(points=3)");
    State low = game.newInitialState();
    low.apply(0);
    State high = game.newInitialState();
    high.apply(2);
    assertThat(low.informationStateKey(0)).isEqualTo(high.informationStateKey(0));
    assertThat(low.informationStateKey(1)).isNotEqualTo(high.informationStateKey(1));
  }

  @Test
  void badParametersNameTheParameter() {
    assertThatThrownBy(() -> GameRegistry.create("off_switch(points=0)")).isInstanceOf(GameSpecException.class)
        .hasMessageContaining("points");
    assertThatThrownBy(() -> GameRegistry.create("off_switch(sd=-1.0)")).isInstanceOf(GameSpecException.class)
        .hasMessageContaining("sd");
  }

  private static double terminalValue(OffSwitchGame game, int level, int robot, int human) {
    State state = game.newInitialState();
    state.apply(level);
    state.apply(robot);
    if (human >= 0) {
      state.apply(human);
    }
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns(0)).isEqualTo(state.returns(1));
    return state.returns(0);
  }
}
