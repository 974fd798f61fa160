package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbstractStateTest {

  /** A one-player counting state that rejects negative actions. */
  private static final class CountingState extends AbstractState {
    private int total;

    CountingState() {
      super(2);
    }

    CountingState(boolean recordHistory, boolean rulesReadHistory) {
      super(2, recordHistory, rulesReadHistory);
    }

    int first() {
      return historyAt(0);
    }

    @Override
    public Game game() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Turn turn() {
      return total < 10 ? Turn.decision(0) : Turn.TERMINAL;
    }

    @Override
    public int legalActions(int player, int[] out) {
      return 0;
    }

    @Override
    protected void applyAction(int action) {
      if (action < 0) {
        throw new IllegalArgumentException("negative action " + action);
      }
      total += action;
    }

    @Override
    public double returns(int player) {
      return total;
    }

    @Override
    public String informationStateKey(int player) {
      return Integer.toString(total);
    }

    @Override
    public String observation(int player) {
      return informationStateKey(player);
    }

    @Override
    public String actionToString(int player, int action) {
      return Integer.toString(action);
    }

    @Override
    public State copy() {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void rejectedMoveIsNotRecorded() {
    CountingState state = new CountingState();
    state.apply(3);
    assertThatThrownBy(() -> state.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(state.history()).containsExactly(3);
    state.apply(4);
    assertThat(state.history()).containsExactly(3, 4);
    assertThat(state.historyLength()).isEqualTo(2);
  }

  @Test
  void recordingOffHidesTheHistoryButPlaysTheSame() {
    CountingState state = new CountingState(false, false);
    state.apply(3);
    assertThatThrownBy(() -> state.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    state.apply(4);
    assertThat(state.returns(0)).isEqualTo(7.0);
    assertThatThrownBy(state::history).isInstanceOf(IllegalStateException.class)
        .hasMessage("history recording is off for this state (created with newInitialState(false))");
    assertThatThrownBy(state::historyLength).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recording is off");
    assertThatThrownBy(state::first).isInstanceOf(IllegalStateException.class)
        .hasMessage("CountingState reads its history but did not ask to keep it");
  }

  @Test
  void rulesThatReadTheHistoryKeepItPrivately() {
    CountingState state = new CountingState(false, true);
    state.apply(5);
    state.apply(2);
    assertThat(state.first()).isEqualTo(5);
    assertThatThrownBy(state::history).isInstanceOf(IllegalStateException.class);
    CountingState recorded = new CountingState(true, false);
    recorded.apply(5);
    assertThat(recorded.history()).containsExactly(5);
  }
}
