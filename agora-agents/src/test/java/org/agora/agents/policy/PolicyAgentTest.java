package org.agora.agents.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.agora.agents.Matches;
import org.agora.core.Agent;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.State;
import org.agora.core.TabularPolicy;
import org.agora.io.PolicyJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyAgentTest {

  private static final Game KUHN = GameRegistry.create("kuhn_poker");

  @TempDir
  Path directory;

  /** Every row puts all its weight on its highest legal action. */
  private static TabularPolicy highestAction(Game game) {
    TabularPolicy policy = TabularPolicy.uniform(game, 1_000_000);
    for (int row = 0; row < policy.size(); row++) {
      double[] distribution = new double[policy.actionCount()];
      for (int action = policy.actionCount() - 1; action >= 0; action--) {
        if (policy.isLegal(row, action)) {
          distribution[action] = 1.0;
          break;
        }
      }
      policy.setProbabilities(row, distribution);
    }
    return policy;
  }

  @Test
  void followsADeterministicPolicyExactly() {
    Game leduc = GameRegistry.create("leduc_poker");
    TabularPolicy policy = highestAction(leduc);
    SplittableRandom chance = new SplittableRandom(3);
    Agent agent = new PolicyAgent(leduc, 0, policy, new SplittableRandom(4));
    int[] legal = new int[leduc.actionCount()];
    int decisions = 0;
    for (int hand = 0; hand < 200; hand++) {
      State state = leduc.newInitialState();
      while (!state.isTerminal()) {
        if (state.isChanceNode()) {
          state.apply(state.sampleChanceOutcome(chance));
          continue;
        }
        int count = state.legalActions(legal);
        int action = state.currentPlayer() == 0 ? Agent.act(agent, state) : legal[chance.nextInt(count)];
        if (state.currentPlayer() == 0) {
          assertThat(action).isEqualTo(legal[count - 1]);
          decisions++;
        }
        state.apply(action);
      }
    }
    assertThat(decisions).isGreaterThan(200);
  }

  @Test
  void empiricalFrequenciesMatchAMixedPolicy() {
    TabularPolicy policy = TabularPolicy.uniform(KUHN, 1000);
    State state = Matches.after(KUHN, 0, 1);
    int row = policy.row(0, state.informationStateKey(0));
    policy.setProbabilities(row, new double[] {0.3, 0.7});
    Agent agent = new PolicyAgent(KUHN, 0, policy, new SplittableRandom(11));

    int[] counts = new int[2];
    int samples = 20_000;
    for (int i = 0; i < samples; i++) {
      counts[Agent.act(agent, state)]++;
    }

    // Standard deviation of the frequency is sqrt(0.21 / 20000) ~ 0.0032; allow 4 of them.
    assertThat(counts[0] / (double) samples).isBetween(0.3 - 0.013, 0.3 + 0.013);
  }

  @Test
  void theRegisteredAgentReadsItsPolicyFile() throws IOException {
    Path file = directory.resolve("kuhn.json");
    PolicyJson.write(highestAction(KUHN), KUHN.name(), file);
    Agent agent = AgentRegistry.create("policy(file=\"" + file + "\")", KUHN, 1, 5);
    State state = Matches.after(KUHN, 2, 0, 0);

    assertThat(agent.player()).isEqualTo(1);
    assertThat(Agent.act(agent, state)).isEqualTo(1);
  }

  @Test
  void badFilesAndOptionsAreOneLineErrors() throws IOException {
    assertThatThrownBy(() -> AgentRegistry.create("policy", KUHN, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("policy: option 'file' is required; allowed: a policy JSON file written by Agora");
    assertThatThrownBy(() -> AgentRegistry.create("policy(file=/nonexistent/p.json)", KUHN, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("policy: option 'file' value '/nonexistent/p.json' is invalid; allowed: an existing policy JSON file");
    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"format\":");
    assertThatThrownBy(() -> AgentRegistry.create("policy(file=\"" + broken + "\")", KUHN, 0, 1))
        .isInstanceOf(GameSpecException.class)
        .hasMessageStartingWith("policy: " + broken + ":1:")
        .hasMessageContaining("malformed JSON");
  }
}
