package org.agora.evaluation.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.core.Agent;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.PlayerView;
import org.agora.core.State;
import org.agora.core.ViewAgent;
import org.agora.core.job.JobContext;
import org.junit.jupiter.api.Test;

/**
 * A view-only agent in Kuhn poker cannot learn the opponent's card: whatever player 1 holds, player
 * 0's view (key, observation, both tensors and the information-state id) is the same at every decision, and the runner hands view agents
 * nothing but their view.
 */
class ViewOnlyAgentTest {

  private final Game kuhn = GameRegistry.create("kuhn_poker");

  /** Every non-terminal position after dealing {@code own} to player 0 and {@code other} to player 1. */
  private void collectViews(State state, List<String> out) {
    if (state.isTerminal()) {
      return;
    }
    PlayerView view = PlayerView.of(state, 0);
    float[] tensors = new float[view.observationTensorShape().map(PlayerViewTensorTest::size).orElseThrow()
        + view.informationStateTensorShape().map(PlayerViewTensorTest::size).orElseThrow()];
    view.observationTensor(tensors, 0);
    view.informationStateTensor(tensors, view.observationTensorShape().map(PlayerViewTensorTest::size).orElseThrow());
    out.add(view.isPlayersTurn() + "|" + view.informationStateKey() + "|" + view.observation() + "|"
        + java.util.Arrays.toString(tensors) + "|" + view.informationStateId().orElseThrow());
    int[] legal = new int[kuhn.actionCount()];
    int count = state.legalActions(legal);
    for (int i = 0; i < count; i++) {
      State child = state.copy();
      child.apply(legal[i]);
      collectViews(child, out);
    }
  }

  private List<String> viewsOfPlayerZero(int own, int other) {
    State state = kuhn.newInitialState();
    state.apply(own);
    state.apply(other);
    List<String> views = new java.util.ArrayList<>();
    collectViews(state, views);
    return views;
  }

  @Test
  void playerZerosViewIsTheSameWhateverPlayerOneHolds() {
    for (int own = 0; own < 3; own++) {
      int first = (own + 1) % 3;
      int second = (own + 2) % 3;
      List<String> withFirst = viewsOfPlayerZero(own, first);
      List<String> withSecond = viewsOfPlayerZero(own, second);

      assertThat(withFirst).hasSize(4).isEqualTo(withSecond);
      // The view does show player 0's own card, so it is not blind either.
      String ownCard = "card=" + own;
      assertThat(withFirst).allMatch(view -> view.contains(ownCard));
      assertThat(viewsOfPlayerZero((own + 1) % 3, second)).isNotEqualTo(withSecond);
    }
  }

  @Test
  void theRunnerHandsViewAgentsOnlyTheirView() {
    TestAgentProviders.Counting.reset();
    new EpisodeRunner(kuhn, List.of("evaluation_test_counting", "random"), 3).run(300, JobContext.sequential());

    assertThat(TestAgentProviders.Counting.KEYS_SEEN).isNotEmpty().allMatch(key -> key.startsWith("p0 card="));
    Agent random = org.agora.core.AgentRegistry.create("random", kuhn, 1, 1);
    assertThat(random).isInstanceOf(ViewAgent.class);
  }
}
