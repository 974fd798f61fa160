package org.agora.io;

import static org.agora.io.TestGames.assertSameNormalForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Random small normal-form games with rational payoffs survive writing and reading exactly. */
class NfgRoundTripProperties {

  @TestFactory
  Stream<DynamicTest> toNfgThenParseIsExact() {
    return SeededCases.tests(20240611, 200, one -> toNfgThenParseIsExact(games(one)));
  }

  private void toNfgThenParseIsExact(NormalFormGame game) {
    NormalFormGame again = (NormalFormGame) GambitFormats.parse(GambitFormats.toNfg(game), "random.nfg");

    assertSameNormalForm(again, game);
  }

  @TestFactory
  Stream<DynamicTest> reducedNormalFormOfTheWrittenTreeGivesThePayoffsBack() {
    return SeededCases.tests(20240612, 50, one -> reducedNormalFormOfTheWrittenTreeGivesThePayoffsBack(games(one)));
  }

  private void reducedNormalFormOfTheWrittenTreeGivesThePayoffsBack(NormalFormGame game) {
    EfgGame tree = (EfgGame) GambitFormats.parse(GambitFormats.toEfg(game, 100_000), "random.efg");
    NormalFormGame reduced = GambitFormats.reducedNormalForm(tree, 100_000);

    assertThat(reduced.strategyCounts()).containsExactly(game.strategyCounts());
    for (int p = 0; p < game.playerCount(); p++) {
      for (int profile = 0; profile < game.profileCount(); profile++) {
        assertThat(reduced.exactPayoff(p, profile)).isEqualTo(game.exactPayoff(p, profile));
      }
    }
  }

  /**
   * Games of 1 to 3 players with 1 to 3 strategies each, rational payoffs and names of up to 6
   * characters that need quoting; the first case is one player with one strategy and empty names,
   * the second three players with three strategies each and the longest names.
   */
  static NormalFormGame games(SeededCase one) {
    int players = one.intBetween(1, 3);
    int[] strategyCounts = new int[players];
    int profiles = 1;
    for (int p = 0; p < players; p++) {
      strategyCounts[p] = one.intBetween(1, 3);
      profiles *= strategyCounts[p];
    }
    Rational[] values = new Rational[players * profiles];
    for (int i = 0; i < values.length; i++) {
      values[i] = rational(one);
    }
    String[] labels = new String[players + 1];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = text(one);
    }
    String[] playerNames = Arrays.copyOfRange(labels, 1, players + 1);
    String[][] strategies = new String[players][];
    for (int p = 0; p < players; p++) {
      strategies[p] = new String[strategyCounts[p]];
      for (int s = 0; s < strategyCounts[p]; s++) {
        strategies[p][s] = labels[p + 1] + s;
      }
    }
    return NormalFormGame.exact(GameParameters.of("random", Map.of()), labels[0], playerNames, strategies, values);
  }

  /** A numerator in [-10^12, 10^12] (0, 1 or -1 one time in eight) over a denominator in [1, 10^6]. */
  private static Rational rational(SeededCase one) {
    long numerator = one.random().nextInt(8) == 0 ? UNIT_NUMERATORS[one.random().nextInt(UNIT_NUMERATORS.length)]
        : one.longBetween(-1_000_000_000_000L, 1_000_000_000_000L);
    return Rational.of(numerator, one.longBetween(1, 1_000_000L));
  }

  private static final long[] UNIT_NUMERATORS = {0, 1, -1};
  private static final String NAME_CHARACTERS = "ab \"\\{}/,.-1\n";

  /** Up to 6 characters among those a Gambit file must quote or escape. */
  private static String text(SeededCase one) {
    int length = one.intBetween(0, 6);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(NAME_CHARACTERS.charAt(one.intBetween(0, NAME_CHARACTERS.length() - 1)));
    }
    return text.toString();
  }
}
