package org.agora.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded cases: reproducible, independent of each other, named, selectable, with edge cases first. */
class SeededCasesTest {

  private static List<Long> draws(List<SeededCase> cases) {
    return cases.stream().map(one -> one.random().nextLong()).toList();
  }

  @Test
  void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
    List<SeededCase> cases = SeededCases.of(1950, 300, -1).toList();
    assertThat(cases).extracting(SeededCase::index).containsExactlyElementsOf(
        java.util.stream.IntStream.range(0, 300).boxed().toList());
    assertThat(cases).allSatisfy(one -> {
      assertThat(one.count()).isEqualTo(300);
      assertThat(one.baseSeed()).isEqualTo(1950);
    });
    assertThat(draws(cases)).isEqualTo(draws(SeededCases.of(1950, 300, -1).toList()));
    assertThat(new TreeSet<>(draws(cases))).hasSize(300);
    List<Long> others = draws(SeededCases.of(1951, 300, -1).toList());
    assertThat(others).doesNotContainAnyElementsOf(draws(SeededCases.of(1950, 300, -1).toList()));
  }

  @Test
  void aCaseRunAloneDrawsWhatItDrewAmongTheOthers() {
    SeededCase inFull = SeededCases.of(20261124, 1000, -1).toList().get(617);
    SeededCase alone = SeededCases.of(20261124, 1000, 617).findFirst().orElseThrow();
    assertThat(alone.index()).isEqualTo(617);
    assertThat(alone.seed()).isEqualTo(inFull.seed()).isEqualTo(SeededCases.caseSeed(20261124, 617));
    assertThat(alone.intBetween(-5, 5)).isEqualTo(inFull.intBetween(-5, 5));
    assertThat(alone.random().nextLong()).isEqualTo(inFull.random().nextLong());
    assertThat(SeededCases.of(20261124, 1000, 1000)).isEmpty();
  }

  @Test
  void theFirstTwoCasesTakeTheBoundsAndTheOthersCoverTheRange() {
    List<SeededCase> cases = SeededCases.of(7, 400, -1).toList();
    SeededCase low = cases.get(0);
    SeededCase high = cases.get(1);
    assertThat(low.isEdgeCase()).isTrue();
    assertThat(high.isEdgeCase()).isTrue();
    assertThat(cases.get(2).isEdgeCase()).isFalse();
    assertThat(low.intBetween(2, 5)).isEqualTo(2);
    assertThat(high.intBetween(2, 5)).isEqualTo(5);
    assertThat(low.longBetween(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MIN_VALUE);
    assertThat(high.longBetween(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(low.nextBoolean()).isFalse();
    assertThat(high.nextBoolean()).isTrue();
    assertThat(low.oneOf(List.of("a", "b", "c"))).isEqualTo("a");
    assertThat(high.oneOf(TimeUnit.class)).isEqualTo(TimeUnit.DAYS);

    List<SeededCase> rest = cases.subList(2, cases.size());
    assertThat(rest.stream().map(one -> one.intBetween(-3, 3)).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(-3, -2, -1, 0, 1, 2, 3);
    assertThat(rest.stream().map(one -> one.longBetween(Long.MAX_VALUE - 1, Long.MAX_VALUE))
        .collect(Collectors.toSet())).containsExactlyInAnyOrder(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThat(rest.stream().map(one -> one.longBetween(Long.MIN_VALUE, Long.MIN_VALUE + 1))
        .collect(Collectors.toSet())).containsExactlyInAnyOrder(Long.MIN_VALUE, Long.MIN_VALUE + 1);
    assertThat(rest.stream().map(SeededCase::nextBoolean).collect(Collectors.toSet())).containsExactlyInAnyOrder(
        false, true);
    assertThat(rest.stream().map(one -> one.oneOf(TimeUnit.class)).collect(Collectors.toSet()))
        .hasSize(TimeUnit.values().length);
  }

  @Test
  void theNameSaysHowToRunTheCaseAlone() {
    SeededCase one = SeededCases.of(1950, 300, 16).findFirst().orElseThrow();
    assertThat(one.index()).isEqualTo(16);
    assertThat(one.number()).isEqualTo(17);
    assertThat(one).hasToString("case 17 of 300 (seed 1950; re-run with -Dagora.case=17)");
  }

  @Test
  void dynamicTestsAreNamedAfterTheirCasesAndRunTheBodyOnThem() throws Throwable {
    List<Integer> seen = new ArrayList<>();
    List<DynamicTest> tests = SeededCases.tests(42, 5, one -> seen.add(one.index())).toList();
    assertThat(tests).extracting(DynamicTest::getDisplayName)
        .containsExactly(SeededCases.of(42, 5, -1).map(SeededCase::toString).toArray(String[]::new));
    for (DynamicTest test : tests) {
      test.getExecutable().execute();
    }
    assertThat(seen).containsExactly(0, 1, 2, 3, 4);
  }

  static Stream<SeededCase> tenCases() {
    return SeededCases.of(3, 10, -1);
  }

  @ParameterizedTest
  @MethodSource("tenCases")
  void casesServeAsArgumentsOfParameterizedTests(SeededCase one) {
    assertThat(one.count()).isEqualTo(10);
    assertThat(one.baseSeed()).isEqualTo(3);
    int drawn = one.intBetween(1, 6);
    assertThat(drawn).isBetween(1, 6);
    if (one.index() < 2) {
      assertThat(drawn).isEqualTo(one.index() == 0 ? 1 : 6);
    }
  }

  @Test
  void theSelectingPropertyIsAnIndexOrNothing() {
    assertThat(SeededCases.selectedIndex(null)).isEqualTo(-1);
    assertThat(SeededCases.selectedIndex(" ")).isEqualTo(-1);
    assertThat(SeededCases.selectedIndex("17")).isEqualTo(16);
    assertThat(SeededCases.selectedIndex("1")).isZero();
    assertThatThrownBy(() -> SeededCases.selectedIndex("0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agora.case must be a case number (1 or more), got \"0\"");
    assertThatThrownBy(() -> SeededCases.selectedIndex("x")).hasMessage(
        "agora.case must be a case number (1 or more), got \"x\"");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> SeededCases.of(1, 0, -1)).hasMessage("count must be >= 1, got 0");
    SeededCase one = SeededCases.of(1, 3, 2).findFirst().orElseThrow();
    assertThatThrownBy(() -> one.intBetween(3, 2)).hasMessage("empty range [3, 2]");
    assertThatThrownBy(() -> one.oneOf(List.of())).hasMessage("no choices");
  }
}
