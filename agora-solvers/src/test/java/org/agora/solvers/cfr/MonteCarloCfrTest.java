package org.agora.solvers.cfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MonteCarloCfrTest {

  private static final long SEED = 20261124L;

  private static double exploitability(IterativeSolver solver) {
    return Exploitability.exploitability(solver.tree(), solver.averageBehaviour());
  }

  @Test
  void externalSamplingSolvesKuhn() {
    GameTree kuhn = SolverTrees.tree("kuhn_poker");
    for (long seed = SEED; seed < SEED + 3; seed++) {
      ExternalSamplingMccfr solver = new ExternalSamplingMccfr(kuhn, seed);
      solver.iterate(20_000);
      assertThat(solver.iterations()).isEqualTo(20_000);
      assertThat(exploitability(solver)).as("seed %d", seed).isLessThan(0.05);
    }
  }

  @Test
  void outcomeSamplingSolvesKuhn() {
    GameTree kuhn = SolverTrees.tree("kuhn_poker");
    for (long seed = SEED; seed < SEED + 3; seed++) {
      OutcomeSamplingMccfr solver = new OutcomeSamplingMccfr(kuhn, seed);
      solver.iterate(100_000);
      assertThat(exploitability(solver)).as("seed %d", seed).isLessThan(0.05);
    }
  }

  @Test
  void bothImproveOnLeduc() {
    GameTree leduc = SolverTrees.tree("leduc_poker");
    ExternalSamplingMccfr external = new ExternalSamplingMccfr(leduc, SEED);
    external.iterate(1_000);
    double early = exploitability(external);
    external.iterate(19_000);
    double late = exploitability(external);
    assertThat(late).isLessThan(0.6 * early).isLessThan(0.5);

    OutcomeSamplingMccfr outcome = new OutcomeSamplingMccfr(leduc, SEED);
    outcome.iterate(2_000);
    early = exploitability(outcome);
    outcome.iterate(98_000);
    late = exploitability(outcome);
    assertThat(late).isLessThan(0.7 * early).isLessThan(1.0);
  }

  @Test
  void aSeedFixesTheRun() {
    GameTree leduc = SolverTrees.tree("leduc_poker");
    ExternalSamplingMccfr first = new ExternalSamplingMccfr(leduc, SEED);
    ExternalSamplingMccfr second = new ExternalSamplingMccfr(leduc, new SplittableRandom(SEED));
    ExternalSamplingMccfr other = new ExternalSamplingMccfr(leduc, SEED + 1);
    first.iterate(500);
    second.iterate(500);
    other.iterate(500);
    assertThat(second.cumulativeRegrets()).containsExactly(first.cumulativeRegrets());
    assertThat(second.averageBehaviour()).containsExactly(first.averageBehaviour());
    assertThat(other.averageBehaviour()).isNotEqualTo(first.averageBehaviour());

    OutcomeSamplingMccfr outcome = new OutcomeSamplingMccfr(leduc, SEED);
    OutcomeSamplingMccfr again = new OutcomeSamplingMccfr(leduc, new SplittableRandom(SEED), 0.6);
    OutcomeSamplingMccfr otherOutcome = new OutcomeSamplingMccfr(leduc, SEED + 1);
    outcome.iterate(2_000);
    again.iterate(1_000);
    again.iterate(1_000);
    otherOutcome.iterate(2_000);
    assertThat(again.averageBehaviour()).containsExactly(outcome.averageBehaviour());
    assertThat(again.currentBehaviour()).containsExactly(outcome.currentBehaviour());
    assertThat(otherOutcome.averageBehaviour()).isNotEqualTo(outcome.averageBehaviour());
  }

  /**
   * External sampling's regret update is an unbiased estimate of the full counterfactual regret: with
   * zero regrets every strategy is uniform, so player 0's regrets after one iteration, averaged over
   * many independent runs, approach the counterfactual regrets of the uniform profile.
   */
  @Test
  void externalSamplingRegretsAreUnbiased() {
    GameTree kuhn = SolverTrees.tree("kuhn_poker");
    double[] exact = UniformCounterfactualRegrets.of(kuhn, 0);
    int runs = 20_000;
    double[] mean = kuhn.newSlotArray();
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int run = 0; run < runs; run++) {
      ExternalSamplingMccfr solver = new ExternalSamplingMccfr(kuhn, seeds.split());
      solver.iterate(1);
      double[] regrets = solver.cumulativeRegrets();
      for (int i = 0; i < mean.length; i++) {
        mean[i] += regrets[i] / runs;
      }
    }
    double largest = 0.0;
    for (int infoset = 0; infoset < kuhn.infosetCount(); infoset++) {
      if (kuhn.infosetPlayer(infoset) != 0) {
        continue;
      }
      for (int k = 0; k < kuhn.actionCount(infoset); k++) {
        int index = infoset * kuhn.maxActions() + k;
        largest = Math.max(largest, Math.abs(exact[index]));
        assertThat(mean[index]).as("%s slot %d", kuhn.infosetKey(infoset), k).isCloseTo(exact[index], offset(0.02));
      }
    }
    assertThat(largest).as("the check needs non-zero regrets").isGreaterThan(0.1);
  }

  /**
   * Outcome sampling's stochastically weighted average is unbiased: with uniform current strategies,
   * the expected weight one iteration adds to slot {@code a} of a two-player information state
   * {@code I} is {@code pi_owner(I) * sum over h in I of pi_chance(h) * sigma(I, a)}. Checked on
   * player 1's information states, whose weights come from player 0's traversal, made while every
   * strategy is still uniform (player 0's weights come after its own regrets have moved).
   */
  @Test
  void outcomeSamplingAverageWeightsAreUnbiased() {
    GameTree kuhn = SolverTrees.tree("kuhn_poker");
    int runs = 20_000;
    double[] mean = kuhn.newSlotArray();
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int run = 0; run < runs; run++) {
      OutcomeSamplingMccfr solver = new OutcomeSamplingMccfr(kuhn, seeds.split(), 0.6);
      solver.iterate(1);
      double[] sums = solver.strategySums();
      for (int i = 0; i < mean.length; i++) {
        mean[i] += sums[i] / runs;
      }
    }
    for (int infoset = 0; infoset < kuhn.infosetCount(); infoset++) {
      int owner = kuhn.infosetPlayer(infoset);
      if (owner != 1) {
        continue;
      }
      double expectedWeight = 0.0;
      for (int index = 0; index < kuhn.infosetSize(infoset); index++) {
        double reach = 1.0;
        for (int node = kuhn.infosetNode(infoset, index); kuhn.parent(node) >= 0; node = kuhn.parent(node)) {
          int parent = kuhn.parent(node);
          if (kuhn.isChance(parent)) {
            reach *= kuhn.chanceProbability(node);
          } else if (kuhn.player(parent) == owner) {
            reach /= kuhn.childCount(parent);
          }
        }
        expectedWeight += reach;
      }
      for (int k = 0; k < kuhn.actionCount(infoset); k++) {
        assertThat(mean[infoset * kuhn.maxActions() + k]).as("%s slot %d", kuhn.infosetKey(infoset), k)
            .isCloseTo(expectedWeight / kuhn.actionCount(infoset), offset(0.01));
      }
    }
  }

  @Test
  void iterationsAllocateNothing() {
    Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    long thread = Thread.currentThread().getId();
    GameTree leduc = SolverTrees.tree("leduc_poker");
    IterativeSolver[] solvers = {new ExternalSamplingMccfr(leduc, SEED), new OutcomeSamplingMccfr(leduc, SEED)};
    for (IterativeSolver solver : solvers) {
      solver.iterate(2_000);
      long before = threads.getThreadAllocatedBytes(thread);
      solver.iterate(5_000);
      long allocated = threads.getThreadAllocatedBytes(thread) - before;
      // One allocation per iteration would add up to at least 80 000 bytes.
      assertThat(allocated).as(solver.getClass().getSimpleName()).isLessThan(2048);
    }
  }

  @Test
  void badEpsilonIsRejected() {
    GameTree kuhn = SolverTrees.tree("kuhn_poker");
    assertThatThrownBy(() -> new OutcomeSamplingMccfr(kuhn, new SplittableRandom(1), 0.0))
        .hasMessage("epsilon 0.0 is not in (0, 1]");
    assertThatThrownBy(() -> new OutcomeSamplingMccfr(kuhn, new SplittableRandom(1), 1.5))
        .hasMessage("epsilon 1.5 is not in (0, 1]");
  }
}
