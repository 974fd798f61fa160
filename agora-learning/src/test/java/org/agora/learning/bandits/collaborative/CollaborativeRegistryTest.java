package org.agora.learning.bandits.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Networks, graphs and policies from strings; one-line errors; no allocation per round. */
class CollaborativeRegistryTest {

  @Test
  void createsNetworksAndPolicies() {
    HeterogeneousBanditNetwork network = CollaborativeRegistry.createNetwork(
        "collaborative(agents=9,bandits=3,arms=6,low=0.2,high=0.8)");
    assertThat(network.agentCount()).isEqualTo(9);
    assertThat(network.graph().kind()).isEqualTo(GossipGraph.Kind.COMPLETE);
    // blocks: agents 0-2 learn bandit 0, 3-5 bandit 1, 6-8 bandit 2; best arm of bandit m is 2m
    assertThat(network.banditOf(4)).isEqualTo(1);
    assertThat(network.bestArm(4)).isEqualTo(2);
    assertThat(network.mean(4, 2)).isEqualTo(0.8);
    assertThat(network.gap(4, 1)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
    for (String text : new String[] {"collaborative(agents=9,bandits=3,arms=6,low=0.2,high=0.8)",
        "collaborative(agents=10,bandits=2,graph=random-regular,degree=3,graph-seed=4,assignment=interleaved)",
        "collaborative(graph=ring)"}) {
      String described = CollaborativeRegistry.createNetwork(text).describe();
      assertThat(CollaborativeRegistry.createNetwork(described).describe()).as(text).isEqualTo(described);
    }
    assertThat(network.describe()).isEqualTo(
        "collaborative(agents=9,bandits=3,arms=6,low=0.2,high=0.8,assignment=blocks,graph=complete)");
    assertThat(network.minimumGap()).isCloseTo(0.12, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(CollaborativeRegistry.createPolicy("gosine(alpha=3,beta=1.5)", network).describe())
        .isEqualTo("gosine(alpha=3.0,beta=1.5)");
    assertThat(CollaborativeRegistry.createPolicy("independent-ucb", network).describe())
        .isEqualTo("independent-ucb(alpha=4.0)");
    // sticky sets split the arms among the agents of a bandit: agent 4 has rank 1 of 3, arms 1 and 4
    GossipInsertEliminate gosine = (GossipInsertEliminate) CollaborativeRegistry.createPolicy("gosine", network);
    assertThat(gosine.isSticky(4, 1)).isTrue();
    assertThat(gosine.isSticky(4, 4)).isTrue();
    assertThat(gosine.activeSetSize(4)).isEqualTo(2);
  }

  @Test
  void graphsHaveTheirShape() {
    GossipGraph ring = GossipGraph.ring(7);
    for (int agent = 0; agent < 7; agent++) {
      assertThat(ring.degree(agent)).isEqualTo(2);
      assertThat(ring.adjacent(agent, (agent + 1) % 7)).isTrue();
    }
    for (long seed = 1; seed <= 20; seed++) {
      GossipGraph graph = GossipGraph.randomRegular(10, 3, new SplittableRandom(seed));
      assertThat(graph.connected()).isTrue();
      for (int a = 0; a < 10; a++) {
        assertThat(graph.degree(a)).isEqualTo(3);
        assertThat(graph.adjacent(a, a)).isFalse();
        for (int b = 0; b < 10; b++) {
          assertThat(graph.adjacent(a, b)).isEqualTo(graph.adjacent(b, a));
        }
      }
    }
    SplittableRandom random = new SplittableRandom(3);
    int[] hits = new int[5];
    GossipGraph complete = GossipGraph.complete(5);
    for (int i = 0; i < 40_000; i++) {
      hits[complete.sampleNeighbour(0, random)]++;
    }
    // uniform over the 4 neighbours: 10,000 each, standard deviation sqrt(40,000 * 1/4 * 3/4) = 87
    assertThat(hits[0]).isZero();
    for (int agent = 1; agent < 5; agent++) {
      assertThat(hits[agent]).isBetween(10_000 - 450, 10_000 + 450);
    }
  }

  @Test
  void badStringsGiveOneLineErrors() {
    assertThatThrownBy(() -> CollaborativeRegistry.createNetwork("federated(agents=3)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("unknown collaborative network 'federated'");
    assertThatThrownBy(() -> CollaborativeRegistry.createNetwork("collaborative(graph=torus)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("torus");
    assertThatThrownBy(() -> CollaborativeRegistry.createNetwork("collaborative(agents=5,bandits=2,graph=random-regular,degree=3)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("degree * agents even");
    assertThatThrownBy(() -> CollaborativeRegistry.createNetwork("collaborative(agents=4,bandits=4)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("bandits < agents");
    assertThatThrownBy(() -> CollaborativeRegistry.createNetwork("collaborative(low=0.9,high=0.1)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("low < high");
    assertThatThrownBy(() -> CollaborativeRegistry.createNetwork("collaborative(agents=1)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("agents");
    assertThatThrownBy(() -> CollaborativeRegistry.createNetwork(" "))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("missing");
    HeterogeneousBanditNetwork network = CollaborativeRegistry.createNetwork("collaborative");
    assertThatThrownBy(() -> CollaborativeRegistry.createPolicy("gosine(beta=1)", network))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("beta");
    assertThatThrownBy(() -> CollaborativeRegistry.createPolicy("ucb1", network))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("known: gosine, independent-ucb");
    assertThatThrownBy(() -> CollaborativeRegistry.createPolicy("gosine(gamma=2)", network))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("gamma");
    for (String bad : new String[] {"collaborative(graph=torus)", "collaborative(agents=1)", "gosine(beta=1)"}) {
      try {
        if (bad.startsWith("gosine")) {
          CollaborativeRegistry.createPolicy(bad, network);
        } else {
          CollaborativeRegistry.createNetwork(bad);
        }
      } catch (GameSpecException e) {
        assertThat(e.getMessage()).doesNotContain("\n");
      }
    }
  }

  @Test
  void simulationAllocatesNothingPerRound() {
    // The bytes a run allocates grow with its log grid only: 100,000 more rounds of 12 agents would
    // allocate 1.2e6 objects (tens of MB) if one object were allocated per pull.
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    long thread = Thread.currentThread().getId();
    String text = "collaborative(agents=12,bandits=3,arms=24,graph=ring)";
    HeterogeneousBanditNetwork network = CollaborativeRegistry.createNetwork(text);
    for (String policyText : new String[] {"gosine", "independent-ucb"}) {
      CollaborativePolicy policy = CollaborativeRegistry.createPolicy(policyText, network);
      CollaborativeSimulation.run(network, policy, 1_000, 4, 1);
      long before = threads.getThreadAllocatedBytes(thread);
      CollaborativeSimulation.run(network, policy, 1_000, 4, 1);
      long small = threads.getThreadAllocatedBytes(thread) - before;
      before = threads.getThreadAllocatedBytes(thread);
      CollaborativeSimulation.run(network, policy, 101_000, 4, 1);
      long large = threads.getThreadAllocatedBytes(thread) - before;
      assertThat(large - small).as(policyText).isLessThan(64 * 1024);
    }
  }
}
