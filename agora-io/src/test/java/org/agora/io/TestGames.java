package org.agora.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

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
    String property = System.getProperty("agora.gambit.games");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Optional.of(Path.of(property));
    }
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve("shared").resolve("gambit-games");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
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
    assertThat(actual.playerCount).isEqualTo(expected.playerCount);
    assertThat(actual.nodeCount).isEqualTo(expected.nodeCount);
    assertThat(actual.kind).isEqualTo(expected.kind);
    assertThat(actual.player).isEqualTo(expected.player);
    assertThat(actual.childCount).isEqualTo(expected.childCount);
    assertThat(canonicalInfosets(actual)).isEqualTo(canonicalInfosets(expected));
    for (int n = 0; n < expected.nodeCount; n++) {
      for (int a = 0; a < expected.childCount[n]; a++) {
        assertThat(actual.child(n, a)).isEqualTo(expected.child(n, a));
      }
      if (expected.kind[n] == ExplicitTree.TERMINAL) {
        for (int p = 0; p < expected.playerCount; p++) {
          assertThat(actual.payoff(n, p)).as("payoff of player %d at node %d", p, n).isEqualTo(expected.payoff(n, p));
        }
      } else {
        if (labels) {
          assertThat(actual.actionLabels[actual.infoset[n]]).isEqualTo(expected.actionLabels[expected.infoset[n]]);
        }
        assertThat(actual.probabilities[actual.infoset[n]]).isEqualTo(expected.probabilities[expected.infoset[n]]);
      }
    }
    if (names) {
      assertThat(actual.title).isEqualTo(expected.title);
      assertThat(actual.comment).isEqualTo(expected.comment);
      assertThat(actual.playerNames).isEqualTo(expected.playerNames);
      assertThat(actual.nodeName).isEqualTo(expected.nodeName);
      assertThat(actual.infoset).isEqualTo(expected.infoset);
      assertThat(actual.infosetNumber).isEqualTo(expected.infosetNumber);
      assertThat(actual.infosetName).isEqualTo(expected.infosetName);
      assertThat(actual.outcome).isEqualTo(expected.outcome);
      assertThat(actual.outcomeNumber).isEqualTo(expected.outcomeNumber);
      assertThat(actual.outcomeName).isEqualTo(expected.outcomeName);
      assertThat(actual.outcomePayoffs).isDeepEqualTo(expected.outcomePayoffs);
    }
  }

  /** Per node: the player's information sets renumbered in first-seen order; -1 at chance and terminal nodes. */
  static int[] canonicalInfosets(ExplicitTree tree) {
    int[] result = new int[tree.nodeCount];
    int[] renumbered = new int[tree.infosetCount()];
    Arrays.fill(renumbered, -1);
    int[] next = new int[tree.playerCount];
    for (int n = 0; n < tree.nodeCount; n++) {
      if (tree.kind[n] != ExplicitTree.DECISION) {
        result[n] = -1;
        continue;
      }
      int infoset = tree.infoset[n];
      if (renumbered[infoset] < 0) {
        renumbered[infoset] = next[tree.player[n]]++;
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
