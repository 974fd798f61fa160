package org.agora.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.tree.ExplicitTree;
import org.agora.testkit.GambitCorpusLocation;

/** Test helpers: the hand-written test files and structural comparison of trees and games. */
final class TestGames {

  private TestGames() {}

  /** Path of a test file under {@code src/test/resources/gambit}. */
  static Path resource(String name) {
    try {
      return Path.of(TestGames.class.getResource("/gambit/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The shared corpus of Gambit files: the system property {@code agora.gambit.games}, else the
   * first {@code shared/gambit-games} folder above the working directory; empty when absent.
   */
  static Optional<Path> corpus() {
    return GambitCorpusLocation.find();
  }

  /** Asserts that two normal-form games have the same title, names and exact payoffs. */
  static void assertSameNormalForm(NormalFormGame actual, NormalFormGame expected) {
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.playerCount()).isEqualTo(expected.playerCount());
    for (int p = 0; p < expected.playerCount(); p++) {
      assertThat(actual.playerName(p)).isEqualTo(expected.playerName(p));
      assertThat(actual.strategyCount(p)).isEqualTo(expected.strategyCount(p));
      for (int s = 0; s < expected.strategyCount(p); s++) {
        assertThat(actual.strategyName(p, s)).isEqualTo(expected.strategyName(p, s));
      }
      for (int profile = 0; profile < expected.profileCount(); profile++) {
        assertThat(actual.exactPayoff(p, profile)).isEqualTo(expected.exactPayoff(p, profile));
      }
    }
  }

  /**
   * Asserts that two trees are the same game: node order and kinds, players, children,
   * information-set partition of each player, action labels, chance probabilities and terminal
   * payoffs. With {@code names}, also every name and number the file holds.
   */
  static void assertSameTree(ExplicitTree actual, ExplicitTree expected, boolean names, boolean labels) {
    assertThat(actual.playerCount()).isEqualTo(expected.playerCount());
    assertThat(actual.nodeCount()).isEqualTo(expected.nodeCount());
    assertThat(perNode(actual, actual::kind)).isEqualTo(perNode(expected, expected::kind));
    assertThat(perNode(actual, actual::player)).isEqualTo(perNode(expected, expected::player));
    assertThat(perNode(actual, actual::childCount)).isEqualTo(perNode(expected, expected::childCount));
    assertThat(canonicalInfosets(actual)).isEqualTo(canonicalInfosets(expected));
    for (int n = 0; n < expected.nodeCount(); n++) {
      for (int a = 0; a < expected.childCount(n); a++) {
        assertThat(actual.child(n, a)).isEqualTo(expected.child(n, a));
      }
      if (expected.kind(n) == ExplicitTree.TERMINAL) {
        for (int p = 0; p < expected.playerCount(); p++) {
          assertThat(actual.payoff(n, p)).as("payoff of player %d at node %d", p, n).isEqualTo(expected.payoff(n, p));
        }
      } else {
        if (labels) {
          assertThat(labels(actual, actual.infoset(n))).isEqualTo(labels(expected, expected.infoset(n)));
        }
        assertThat(probabilities(actual, actual.infoset(n))).isEqualTo(probabilities(expected, expected.infoset(n)));
      }
    }
    if (names) {
      assertThat(actual.title()).isEqualTo(expected.title());
      assertThat(actual.comment()).isEqualTo(expected.comment());
      for (int p = 0; p < expected.playerCount(); p++) {
        assertThat(actual.playerName(p)).isEqualTo(expected.playerName(p));
      }
      for (int n = 0; n < expected.nodeCount(); n++) {
        assertThat(actual.nodeName(n)).isEqualTo(expected.nodeName(n));
      }
      assertThat(perNode(actual, actual::infoset)).isEqualTo(perNode(expected, expected::infoset));
      assertThat(actual.infosetCount()).isEqualTo(expected.infosetCount());
      for (int i = 0; i < expected.infosetCount(); i++) {
        assertThat(actual.infosetNumber(i)).isEqualTo(expected.infosetNumber(i));
        assertThat(actual.infosetName(i)).isEqualTo(expected.infosetName(i));
      }
      assertThat(perNode(actual, actual::outcome)).isEqualTo(perNode(expected, expected::outcome));
      assertThat(actual.outcomeCount()).isEqualTo(expected.outcomeCount());
      for (int o = 0; o < expected.outcomeCount(); o++) {
        assertThat(actual.outcomeNumber(o)).isEqualTo(expected.outcomeNumber(o));
        assertThat(actual.outcomeName(o)).isEqualTo(expected.outcomeName(o));
        for (int p = 0; p < expected.playerCount(); p++) {
          assertThat(actual.outcomePayoff(o, p)).isEqualTo(expected.outcomePayoff(o, p));
        }
      }
    }
  }

  private static int[] perNode(ExplicitTree tree, java.util.function.IntUnaryOperator value) {
    int[] result = new int[tree.nodeCount()];
    for (int n = 0; n < result.length; n++) {
      result[n] = value.applyAsInt(n);
    }
    return result;
  }

  private static String[] labels(ExplicitTree tree, int infoset) {
    String[] labels = new String[tree.actionCount(infoset)];
    for (int a = 0; a < labels.length; a++) {
      labels[a] = tree.actionLabel(infoset, a);
    }
    return labels;
  }

  /** Exact probabilities of a chance information set; null for a player's. */
  private static Rational[] probabilities(ExplicitTree tree, int infoset) {
    if (tree.infosetPlayer(infoset) >= 0) {
      return null;
    }
    Rational[] probabilities = new Rational[tree.actionCount(infoset)];
    for (int a = 0; a < probabilities.length; a++) {
      probabilities[a] = tree.probability(infoset, a);
    }
    return probabilities;
  }

  /** Per node: the player's information sets renumbered in first-seen order; -1 at chance and terminal nodes. */
  static int[] canonicalInfosets(ExplicitTree tree) {
    int[] result = new int[tree.nodeCount()];
    int[] renumbered = new int[tree.infosetCount()];
    Arrays.fill(renumbered, -1);
    int[] next = new int[tree.playerCount()];
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) != ExplicitTree.DECISION) {
        result[n] = -1;
        continue;
      }
      int infoset = tree.infoset(n);
      if (renumbered[infoset] < 0) {
        renumbered[infoset] = next[tree.player(n)]++;
      }
      result[n] = renumbered[infoset];
    }
    return result;
  }

  /** Shorthand for an exact fraction. */
  static Rational q(long numerator, long denominator) {
    return Rational.of(numerator, denominator);
  }

  /** Shorthand for an exact integer. */
  static Rational q(long value) {
    return Rational.of(value);
  }
}
