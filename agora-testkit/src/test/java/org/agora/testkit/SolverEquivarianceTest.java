package org.agora.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.testkit.SolverEquivariance.Payoffs;
import org.agora.testkit.SolverEquivariance.Relabelling;
import org.agora.testkit.SolverEquivariance.Shape;
import org.agora.testkit.SolverEquivariance.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SolverEquivarianceTest {

  private static final List<Shape> SHAPES = List.of(new Shape(new int[] {2, 3}, Payoffs.GENERIC),
      new Shape(new int[] {3, 2, 2}, Payoffs.GENERIC), new Shape(new int[] {3, 3}, Payoffs.TIED));

  private static final SolverEquivariance CHECK = SolverEquivariance.of(3L, 4, 1e-12, SHAPES);

  /** A relabelled game pays relabelled players, at the relabelled profile, what the original paid. */
  @TestFactory
  Stream<DynamicTest> relabellingKeepsExpectedPayoffs() {
    return SeededCases.tests(41L, 30, one -> {
      SplittableRandom random = one.random();
      int[] counts = random.nextBoolean() ? new int[] {1 + random.nextInt(4), 1 + random.nextInt(4)}
          : new int[] {1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(3)};
      NormalFormGame game = SolverEquivariance.randomGame(counts, Payoffs.GENERIC, random);
      GamePermutation players = GamePermutation.randomPlayers(counts, random);
      int[][] actions = new int[counts.length][];
      for (int p = 0; p < counts.length; p++) {
        actions[p] = GamePermutation.identity(counts).actions()[p];
      }
      if (counts[0] + counts[1] > 2) {
        actions = GamePermutation.randomActions(counts, random).actions();
      }
      GamePermutation both = new GamePermutation(players.players(), actions);
      NormalFormGame relabelled = both.apply(game);
      double[][] profile = randomProfile(counts, random);
      double[][] mapped = both.mapProfile(profile);
      for (int p = 0; p < counts.length; p++) {
        assertThat(expectedPayoff(relabelled, both.players()[p], mapped))
            .isCloseTo(expectedPayoff(game, p, profile), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(relabelled.playerName(both.players()[p])).isEqualTo(game.playerName(p));
      }
      double[] pure = new double[game.profileCount()];
      int k = random.nextInt(game.profileCount());
      pure[k] = 1.0;
      int[] image = new int[counts.length];
      for (int p = 0; p < counts.length; p++) {
        image[both.players()[p]] = both.actions()[p][game.strategyInProfile(k, p)];
      }
      assertThat(both.mapDistribution(game, pure)[relabelled.profileIndex(image)]).isEqualTo(1.0);
    });
  }

  @Test
  void swappingTwoPlayersTwiceGivesTheGameBack() {
    NormalFormGame game = SolverEquivariance.randomGame(new int[] {2, 3}, Payoffs.GENERIC, new SplittableRandom(5));
    GamePermutation swap = new GamePermutation(new int[] {1, 0}, new int[][] {{0, 1}, {0, 1, 2}});
    NormalFormGame swapped = swap.apply(game);
    assertThat(swapped.strategyCounts()).containsExactly(3, 2);
    GamePermutation back = new GamePermutation(new int[] {1, 0}, new int[][] {{0, 1, 2}, {0, 1}});
    NormalFormGame twice = back.apply(swapped);
    for (int p = 0; p < 2; p++) {
      for (int k = 0; k < game.profileCount(); k++) {
        assertThat(twice.exactPayoff(p, k)).isEqualTo(game.exactPayoff(p, k));
      }
    }
  }

  @Test
  void aSolverThatIgnoresThePayoffsButNotTheLabelsIsCaughtOnActionsOnly() {
    Function<NormalFormGame, SolverOutput> firstActions = game -> {
      double[][] profile = new double[game.playerCount()][];
      for (int p = 0; p < profile.length; p++) {
        profile[p] = new double[game.strategyCount(p)];
        profile[p][0] = 1.0;
      }
      return SolverOutput.approximate(List.<double[][]>of(profile));
    };
    assertThat(CHECK.check(firstActions, Relabelling.PLAYERS).equivariant()).isTrue();
    Verdict actions = CHECK.check(firstActions, Relabelling.ACTIONS);
    assertThat(actions.equivariant()).isFalse();
    assertThat(actions.counterexample()).startsWith("game 2x3 generic (case seed ").contains("permutation players [0, 1]");
  }

  /** Player 0 plays its first and last actions half the time each, the others uniformly. */
  @Test
  void aSolverThatSinglesOutPlayerZeroIsCaughtOnPlayers() {
    Function<NormalFormGame, SolverOutput> singlesOut = game -> {
      double[][] profile = new double[game.playerCount()][];
      for (int p = 0; p < profile.length; p++) {
        profile[p] = new double[game.strategyCount(p)];
        java.util.Arrays.fill(profile[p], p == 0 ? 0.0 : 1.0 / profile[p].length);
      }
      profile[0][0] += 0.5;
      profile[0][profile[0].length - 1] += 0.5;
      return SolverOutput.approximate(List.<double[][]>of(profile));
    };
    Verdict players = CHECK.check(singlesOut, Relabelling.PLAYERS);
    assertThat(players.counterexample()).startsWith("game 2x3 generic").contains("players [1, 0]");
  }

  /** Every pure profile, as exact profiles in index order: equivariant because lists compare as sets. */
  @Test
  void listsOfProfilesCompareAsSetsAndExactly() {
    Function<NormalFormGame, SolverOutput> allPure = game -> {
      List<Rational[][]> profiles = new ArrayList<>();
      for (int k = 0; k < game.profileCount(); k++) {
        Rational[][] profile = new Rational[game.playerCount()][];
        for (int p = 0; p < profile.length; p++) {
          profile[p] = new Rational[game.strategyCount(p)];
          java.util.Arrays.fill(profile[p], Rational.ZERO);
          profile[p][game.strategyInProfile(k, p)] = Rational.ONE;
        }
        profiles.add(profile);
      }
      return SolverOutput.exact(profiles);
    };
    for (Relabelling relabelling : Relabelling.values()) {
      Verdict verdict = CHECK.check(allPure, relabelling);
      assertThat(verdict.equivariant()).as(verdict.counterexample()).isTrue();
      assertThat(verdict.applicable()).isEqualTo(verdict.cases()).isEqualTo(12);
    }
  }

  @Test
  void aDistributionFollowsThePayoffs() {
    // All mass on the profile of highest total payoff: unique in generic games, so equivariant; with ties
    // the first such profile in index order wins, which the tied shape exposes.
    Function<NormalFormGame, SolverOutput> bestWelfare = game -> {
      double[] distribution = new double[game.profileCount()];
      int best = 0;
      double highest = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < game.profileCount(); k++) {
        double welfare = 0.0;
        for (int p = 0; p < game.playerCount(); p++) {
          welfare += game.payoff(p, k);
        }
        if (welfare > highest) {
          highest = welfare;
          best = k;
        }
      }
      distribution[best] = 1.0;
      return new SolverOutput(List.of(), List.of(), distribution);
    };
    SolverEquivariance generic = SolverEquivariance.of(3L, 4, 0.0, SHAPES.subList(0, 2));
    assertThat(generic.check(bestWelfare, Relabelling.ACTIONS).equivariant()).isTrue();
    assertThat(generic.check(bestWelfare, Relabelling.PLAYERS).equivariant()).isTrue();
    Verdict tied = SolverEquivariance.of(3L, 8, 0.0, SHAPES.subList(2, 3)).check(bestWelfare, Relabelling.ACTIONS);
    assertThat(tied.counterexample()).contains("distributions differ by 1.0");
  }

  @Test
  void aRefusalOfOnlyOneOfTheTwoGamesIsACounterexample() {
    Function<NormalFormGame, SolverOutput> picky = game -> {
      if (game.payoff(0, 0) < 0) {
        throw new IllegalArgumentException("refused");
      }
      return SolverOutput.approximate(List.of());
    };
    assertThat(CHECK.check(picky, Relabelling.ACTIONS).counterexample()).contains("the solver refused the");
    Function<NormalFormGame, SolverOutput> never = game -> {
      throw new IllegalArgumentException("never");
    };
    Verdict none = CHECK.check(never, Relabelling.ACTIONS);
    assertThat(none.equivariant()).isTrue();
    assertThat(none.applicable()).isZero();
  }

  @Test
  void randomPayoffsAreAsDeclared() {
    SplittableRandom random = new SplittableRandom(9);
    NormalFormGame zeroSum = SolverEquivariance.randomGame(new int[] {2, 2, 3}, Payoffs.ZERO_SUM, random);
    NormalFormGame tied = SolverEquivariance.randomGame(new int[] {3, 3}, Payoffs.TIED, random);
    for (int k = 0; k < zeroSum.profileCount(); k++) {
      assertThat(zeroSum.exactPayoff(0, k).add(zeroSum.exactPayoff(1, k)).add(zeroSum.exactPayoff(2, k)))
          .isEqualTo(Rational.ZERO);
    }
    NormalFormGame tiedZeroSum = SolverEquivariance.randomGame(new int[] {3, 3}, Payoffs.TIED_ZERO_SUM, random);
    for (int k = 0; k < tiedZeroSum.profileCount(); k++) {
      assertThat(tiedZeroSum.payoff(0, k)).isIn(-1.0, 0.0, 1.0).isEqualTo(-tiedZeroSum.payoff(1, k));
    }
    for (double payoff : tied.payoffTensor()) {
      assertThat(payoff).isIn(0.0, 1.0, 2.0);
    }
  }

  @Test
  void nonPermutationsAreRefused() {
    assertThatThrownBy(() -> new GamePermutation(new int[] {0, 0}, new int[][] {{0}, {0}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("players [0, 0] is not a permutation of 0..1");
    assertThatThrownBy(() -> new GamePermutation(new int[] {0}, new int[][] {{1, 2}}))
        .hasMessage("actions of player 0 [1, 2] is not a permutation of 0..1");
    assertThatThrownBy(() -> GamePermutation.randomActions(new int[] {1, 1}, new SplittableRandom(1)))
        .hasMessageContaining("needs a player with 2 actions");
  }

  private static double[][] randomProfile(int[] counts, SplittableRandom random) {
    double[][] profile = new double[counts.length][];
    for (int p = 0; p < counts.length; p++) {
      profile[p] = new double[counts[p]];
      double sum = 0.0;
      for (int a = 0; a < counts[p]; a++) {
        profile[p][a] = random.nextDouble();
        sum += profile[p][a];
      }
      for (int a = 0; a < counts[p]; a++) {
        profile[p][a] /= sum;
      }
    }
    return profile;
  }

  private static double expectedPayoff(NormalFormGame game, int player, double[][] profile) {
    double total = 0.0;
    for (int k = 0; k < game.profileCount(); k++) {
      double probability = 1.0;
      for (int p = 0; p < game.playerCount(); p++) {
        probability *= profile[p][game.strategyInProfile(k, p)];
      }
      total += probability * game.payoff(player, k);
    }
    return total;
  }
}
