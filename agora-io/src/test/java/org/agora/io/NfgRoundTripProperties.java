package org.agora.io;

import static org.agora.io.TestGames.assertSameNormalForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/** Random small normal-form games with rational payoffs survive writing and reading exactly. */
class NfgRoundTripProperties {

  @Property(tries = 200, seed = "20240611")
  void toNfgThenParseIsExact(@ForAll("games") NormalFormGame game) {
    NormalFormGame again = (NormalFormGame) GambitFormats.parse(GambitFormats.toNfg(game), "random.nfg");

    assertSameNormalForm(again, game);
  }

  @Property(tries = 50, seed = "20240612")
  void reducedNormalFormOfTheWrittenTreeGivesThePayoffsBack(@ForAll("games") NormalFormGame game) {
    EfgGame tree = (EfgGame) GambitFormats.parse(GambitFormats.toEfg(game, 100_000), "random.efg");
    NormalFormGame reduced = GambitFormats.reducedNormalForm(tree, 100_000);

    assertThat(reduced.strategyCounts()).containsExactly(game.strategyCounts());
    for (int p = 0; p < game.playerCount(); p++) {
      for (int profile = 0; profile < game.profileCount(); profile++) {
        assertThat(reduced.exactPayoff(p, profile)).isEqualTo(game.exactPayoff(p, profile));
      }
    }
  }

  @Provide
  Arbitrary<NormalFormGame> games() {
    Arbitrary<int[]> counts = Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(3)
        .map(list -> list.stream().mapToInt(Integer::intValue).toArray());
    return counts.flatMap(strategyCounts -> {
      int players = strategyCounts.length;
      int profiles = 1;
      for (int count : strategyCounts) {
        profiles *= count;
      }
      Arbitrary<List<Rational>> payoffs = rationals().list().ofSize(players * profiles);
      Arbitrary<List<String>> names = text().list().ofSize(players + 1);
      return Combinators.combine(payoffs, names).as((values, labels) -> {
        String[] playerNames = labels.subList(1, players + 1).toArray(String[]::new);
        String[][] strategies = new String[players][];
        for (int p = 0; p < players; p++) {
          strategies[p] = new String[strategyCounts[p]];
          for (int s = 0; s < strategyCounts[p]; s++) {
            strategies[p][s] = labels.get(p + 1) + s;
          }
        }
        return NormalFormGame.exact(GameParameters.of("random", Map.of()), labels.get(0), playerNames, strategies,
            values.toArray(Rational[]::new));
      });
    });
  }

  private static Arbitrary<Rational> rationals() {
    Arbitrary<Long> numerators = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .edgeCases(edges -> edges.includeOnly(0L, 1L, -1L));
    Arbitrary<Long> denominators = Arbitraries.longs().between(1, 1_000_000L);
    return Combinators.combine(numerators, denominators).as(Rational::of);
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("ab \"\\{}/,.-1\n").ofMaxLength(6);
  }
}
