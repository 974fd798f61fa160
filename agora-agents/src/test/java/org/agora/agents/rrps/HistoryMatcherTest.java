package org.agora.agents.rrps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suffix-automaton matcher answers exactly what a rescan of every earlier position answers
 * ({@link QuadraticHistoryMatcher}), ties included, on random, biased, constant and periodic sequences
 * over 3 and 9 symbols, through window growth past 1000 positions, array growth and restarts.
 */
class HistoryMatcherTest {

  private static final int[] IOCAINE_AGES = {2, 5, 10, 100, 1000};
  private static final int[] WHOLE = {Integer.MAX_VALUE};

  static Stream<Arguments> sequences() {
    return Stream.of(
        Arguments.of("uniform, 3 symbols", 3, 0),
        Arguments.of("uniform, 9 symbols", 9, 0),
        Arguments.of("biased, 3 symbols", 3, 1),
        Arguments.of("constant", 3, 2),
        Arguments.of("periodic with noise, 9 symbols", 9, 3),
        Arguments.of("runs, 3 symbols", 3, 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sequences")
  void equalsTheRescanOfEveryPosition(String name, int alphabet, int kind) {
    for (int[] ages : new int[][] {IOCAINE_AGES, WHOLE, {1, 3, 7}}) {
      SplittableRandom random = new SplittableRandom(31L * alphabet + kind);
      HistoryMatcher matcher = new HistoryMatcher(alphabet, ages);
      for (int match = 0; match < 3; match++) {
        QuadraticHistoryMatcher oracle = new QuadraticHistoryMatcher();
        matcher.restart();
        int[] expected = new int[ages.length];
        int[] actual = new int[ages.length];
        int length = match == 1 ? 2600 : 1000;
        int symbol = 0;
        for (int t = 0; t < length; t++) {
          symbol = next(kind, alphabet, t, symbol, random);
          oracle.append(symbol);
          matcher.append(symbol);
          oracle.follows(ages, expected);
          matcher.follows(actual);
          assertThat(actual).as("%s, match %d, round %d", name, match, t).containsExactly(expected);
        }
      }
    }
  }

  private static int next(int kind, int alphabet, int t, int previous, SplittableRandom random) {
    return switch (kind) {
      case 0 -> random.nextInt(alphabet);
      case 1 -> random.nextInt(10) < 7 ? 0 : random.nextInt(alphabet);
      case 2 -> 1;
      case 3 -> random.nextInt(20) == 0 ? random.nextInt(alphabet) : t % 7 % alphabet;
      default -> random.nextInt(8) == 0 ? random.nextInt(alphabet) : previous;
    };
  }
}
