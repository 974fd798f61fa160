package org.agora.evaluation.nashaveraging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NashAveragingTest {

  private static final double[] ROCK_PAPER_SCISSORS = {
      0, -1, 1,
      1, 0, -1,
      -1, 1, 0};

  private final NashAveraging averaging = new NashAveraging();

  @Test
  void rockPaperScissorsGivesUniformWeightsAndZeroRatings() {
    AgentVsAgentRatings result = averaging.agentVsAgent(ROCK_PAPER_SCISSORS, 3);
    assertThat(result.weights()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-9));
    assertThat(result.ratings()).containsExactly(new double[] {0, 0, 0}, within(1e-9));
  }

  @Test
  void weightedCycleMatchesTheHandComputedEquilibrium() {
    // A = [[0,-a,b],[a,0,-c],[-b,c,0]] with a=1, b=2, c=3: A p = 0 for p proportional to (c, b, a)
    // = (3, 2, 1) / 6: row 1: -1*2 + 2*1 = 0; row 2: 1*3 - 3*1 = 0; row 3: -2*3 + 3*2 = 0. A 3x3
    // antisymmetric matrix of rank 2 has a one-dimensional kernel, so this equilibrium is unique.
    double[] cycle = {0, -1, 2, 1, 0, -3, -2, 3, 0};
    AgentVsAgentRatings result = averaging.agentVsAgent(cycle, 3);
    assertThat(result.weights()).containsExactly(new double[] {0.5, 1.0 / 3, 1.0 / 6}, within(1e-9));
    assertThat(result.ratings()).containsExactly(new double[] {0, 0, 0}, within(1e-9));
  }

  @Test
  void twoAgentsPutAllWeightOnTheStrongerOne() {
    // Agent 0 beats agent 1 by 2: the pure equilibrium (1, 0); Nash average A p = (0, -2).
    AgentVsAgentRatings result = averaging.agentVsAgent(new double[] {0, 2, -2, 0}, 2);
    assertThat(result.weights()).containsExactly(1.0, 0.0);
    assertThat(result.ratings()).containsExactly(new double[] {0, -2}, within(1e-12));
  }

  @Test
  void strictlyDominatedAgentGetsExactlyZeroMass() {
    // Rock, paper, scissors and an agent that loses to each by 1: the uniform mixture of the first
    // three beats it everywhere (0, 0, 0 and +1 against it versus -1, -1, -1 and 0).
    double[] matrix = {
        0, -1, 1, 1,
        1, 0, -1, 1,
        -1, 1, 0, 1,
        -1, -1, -1, 0};
    AgentVsAgentRatings result = averaging.agentVsAgent(matrix, 4);
    assertThat(result.weights()[3]).isZero();
    assertThat(result.weights()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3, 0}, within(1e-9));
    assertThat(result.ratings()).containsExactly(new double[] {0, 0, 0, -1}, within(1e-9));
  }

  static Stream<SeededCase> matrices() {
    return SeededCases.of(0x4E41534801L, 40);
  }

  @ParameterizedTest
  @MethodSource("matrices")
  void addingACopyOfAnAgentChangesNoRating(SeededCase one) {
    SplittableRandom random = one.random();
    int agents = one.intBetween(2, 7);
    double[] matrix = randomGenericAntisymmetric(random, agents);
    int copied = random.nextInt(agents);
    AgentVsAgentRatings original = averaging.agentVsAgent(matrix, agents);
    AgentVsAgentRatings withCopy = averaging.agentVsAgent(withCopy(matrix, agents, copied), agents + 1);
    for (int i = 0; i < agents; i++) {
      assertThat(withCopy.ratings()[i]).as("rating of agent %d", i).isCloseTo(original.ratings()[i], within(1e-6));
    }
    assertThat(withCopy.ratings()[agents]).isCloseTo(original.ratings()[copied], within(1e-6));
    assertThat(withCopy.weights()[copied]).isCloseTo(withCopy.weights()[agents], within(1e-6));
    assertThat(withCopy.weights()[copied] + withCopy.weights()[agents])
        .isCloseTo(original.weights()[copied], within(1e-6));
  }

  @ParameterizedTest
  @MethodSource("matrices")
  void weightsAreAnEquilibriumAndRatingsAreAtMostZero(SeededCase one) {
    int agents = one.intBetween(1, 8);
    double[] matrix = randomAntisymmetric(one.random(), agents);
    AgentVsAgentRatings result = averaging.agentVsAgent(matrix, agents);
    double total = 0.0;
    for (int i = 0; i < agents; i++) {
      assertThat(result.weights()[i]).isGreaterThanOrEqualTo(0.0);
      total += result.weights()[i];
      assertThat(result.ratings()[i]).isLessThanOrEqualTo(1e-7);
      if (result.weights()[i] > 0) {
        assertThat(result.ratings()[i]).isCloseTo(0.0, within(1e-7));
      }
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void aCopyChangesOnlyOffSupportRatingsWhenTheEquilibriumIsNotUnique() {
    // X and Y tie; both beat Z (by 1 and 2). Every mixture of X and Y is an equilibrium; the
    // maximum-entropy one is (1/2, 1/2, 0) and Z's rating is -(1/2 + 2/2) = -1.5. With a copy of X
    // the maximum-entropy equilibrium is (1/3, 1/3, 1/3, 0) (entropy counts the copies), so Z's rating
    // becomes -(2/3 * 1 + 1/3 * 2) = -4/3, while the supported agents keep the rating 0: the
    // invariance holds exactly where the equilibrium is unique (generic data) and on the support.
    double[] matrix = {0, 0, 1, 0, 0, 2, -1, -2, 0};
    AgentVsAgentRatings original = averaging.agentVsAgent(matrix, 3);
    AgentVsAgentRatings copied = averaging.agentVsAgent(withCopy(matrix, 3, 0), 4);
    assertThat(original.weights()).containsExactly(new double[] {0.5, 0.5, 0}, within(1e-9));
    assertThat(original.ratings()).containsExactly(new double[] {0, 0, -1.5}, within(1e-9));
    assertThat(copied.weights()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 0, 1.0 / 3}, within(1e-9));
    assertThat(copied.ratings()).containsExactly(new double[] {0, 0, -4.0 / 3, 0}, within(1e-9));
  }

  @Test
  void agentVsTaskOnTheIdentityIsBalanced() {
    // S = I (each agent solves its own task): value 1/2, both meta-players uniform.
    AgentVsTaskRatings result = averaging.agentVsTask(new double[] {1, 0, 0, 1}, 2, 2);
    assertThat(result.value()).isCloseTo(0.5, within(1e-9));
    assertThat(result.agentWeights()).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
    assertThat(result.taskWeights()).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
    assertThat(result.agentSkills()).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
    assertThat(result.taskDifficulties()).containsExactly(new double[] {-0.5, -0.5}, within(1e-9));
  }

  @Test
  void agentVsTaskPicksTheMaximumEntropyTaskMixture() {
    // S = [[1, 1], [0, 0]]: agent 0 dominates (p_a = (1, 0), value 1); every task mixture is optimal
    // for the task player, and the maximum-entropy one is uniform. Skills S p_e = (1, 0);
    // difficulties -S^T p_a = (-1, -1).
    AgentVsTaskRatings result = averaging.agentVsTask(new double[] {1, 1, 0, 0}, 2, 2);
    assertThat(result.value()).isCloseTo(1.0, within(1e-9));
    assertThat(result.agentWeights()).containsExactly(1.0, 0.0);
    assertThat(result.taskWeights()).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
    assertThat(result.agentSkills()).containsExactly(new double[] {1, 0}, within(1e-9));
    assertThat(result.taskDifficulties()).containsExactly(new double[] {-1, -1}, within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("matrices")
  void addingACopyOfATaskChangesNoRating(SeededCase one) {
    SplittableRandom random = one.random();
    int agents = one.intBetween(1, 5);
    int tasks = one.intBetween(1, 5);
    double[] scores = new double[agents * tasks];
    for (int k = 0; k < scores.length; k++) {
      scores[k] = random.nextDouble(-1.0, 1.0);
    }
    int copied = random.nextInt(tasks);
    double[] extended = new double[agents * (tasks + 1)];
    for (int i = 0; i < agents; i++) {
      System.arraycopy(scores, i * tasks, extended, i * (tasks + 1), tasks);
      extended[i * (tasks + 1) + tasks] = scores[i * tasks + copied];
    }
    AgentVsTaskRatings original = averaging.agentVsTask(scores, agents, tasks);
    AgentVsTaskRatings withCopy = averaging.agentVsTask(extended, agents, tasks + 1);
    assertThat(withCopy.agentSkills()).containsExactly(original.agentSkills(), within(1e-6));
    assertThat(withCopy.agentWeights()).containsExactly(original.agentWeights(), within(1e-6));
    for (int j = 0; j < tasks; j++) {
      assertThat(withCopy.taskDifficulties()[j]).isCloseTo(original.taskDifficulties()[j], within(1e-6));
    }
    assertThat(withCopy.taskDifficulties()[tasks]).isCloseTo(original.taskDifficulties()[copied], within(1e-6));
  }

  @Test
  void refusesAMatrixThatIsNotAntisymmetric() {
    assertThatThrownBy(() -> averaging.agentVsAgent(new double[] {0, 1, 1, 0}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the agent-vs-agent matrix must be antisymmetric: entry (0, 1) is 1.0 but entry (1, 0) is 1.0,"
            + " not its negative");
  }

  @Test
  void refusesAWronglySizedMatrix() {
    assertThatThrownBy(() -> averaging.agentVsAgent(new double[] {0, 1, -1}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the agent-vs-agent matrix has 3 entries, expected 2 x 2 = 4");
  }

  /** Small integer entries, so that ties and sets of equilibria (not just single points) occur. */
  private static double[] randomAntisymmetric(SplittableRandom random, int agents) {
    double[] matrix = new double[agents * agents];
    for (int i = 0; i < agents; i++) {
      for (int j = i + 1; j < agents; j++) {
        double entry = random.nextInt(-3, 4);
        matrix[i * agents + j] = entry;
        matrix[j * agents + i] = -entry;
      }
    }
    return matrix;
  }

  /** Real entries: the equilibrium is unique with probability one. */
  private static double[] randomGenericAntisymmetric(SplittableRandom random, int agents) {
    double[] matrix = new double[agents * agents];
    for (int i = 0; i < agents; i++) {
      for (int j = i + 1; j < agents; j++) {
        double entry = random.nextDouble(-1.0, 1.0);
        matrix[i * agents + j] = entry;
        matrix[j * agents + i] = -entry;
      }
    }
    return matrix;
  }

  private static double[] withCopy(double[] matrix, int agents, int copied) {
    int size = agents + 1;
    double[] extended = new double[size * size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        int from = i == agents ? copied : i;
        int to = j == agents ? copied : j;
        extended[i * size + j] = matrix[from * agents + to];
      }
    }
    return extended;
  }
}
