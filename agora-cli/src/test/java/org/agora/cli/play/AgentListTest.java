package org.agora.cli.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentListTest {

  @Test
  void splitsOnTopLevelCommasOnly() {
    assertThat(AgentList.split("random, mcts(simulations=100,c=1.4),bot(name=\"a,b\")"))
        .containsExactly("random", "mcts(simulations=100,c=1.4)", "bot(name=\"a,b\")");
    assertThat(AgentList.split("random")).containsExactly("random");
  }

  @Test
  void rejectsEmptyEntriesAndUnbalancedBrackets() {
    assertThatThrownBy(() -> AgentList.split("random,,random")).hasMessageContaining("empty agent name");
    assertThatThrownBy(() -> AgentList.split("mcts(a=1")).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> AgentList.split("a)")).hasMessageContaining("unbalanced");
  }
}
