package org.agora.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.testkit.ToyGame.Defect;
import org.junit.jupiter.api.Test;

/** The public surface: options, report, assertions, determinism and the violation cap. */
class GameConformanceApiTest {

  @Test
  void defaultOptions() {
    ConformanceOptions options = ConformanceOptions.defaults();
    assertThat(options.playouts()).isEqualTo(200);
    assertThat(options.seed()).isEqualTo(20261124L);
    assertThat(options.maxStatesPerPlayout()).isEqualTo(16);
    assertThat(options.enumerationNodeLimit()).isEqualTo(200_000L);
    assertThat(options.withPlayouts(5).withSeed(7).withMaxStatesPerPlayout(3).withEnumerationNodeLimit(0))
        .isEqualTo(new ConformanceOptions(5, 7, 3, 0));
  }

  @Test
  void badOptionsAreRejectedWithTheValue() {
    assertThatThrownBy(() -> ConformanceOptions.defaults().withPlayouts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("playouts must be >= 1, got 0");
    assertThatThrownBy(() -> ConformanceOptions.defaults().withMaxStatesPerPlayout(-2))
        .hasMessage("maxStatesPerPlayout must be >= 1, got -2");
    assertThatThrownBy(() -> ConformanceOptions.defaults().withEnumerationNodeLimit(-1))
        .hasMessage("enumerationNodeLimit must be >= 0, got -1");
  }

  @Test
  void assertConformsPassesSilentlyOnAConformingGame() {
    assertThatNoException().isThrownBy(() -> GameConformance.assertConforms(new ToyGame()));
  }

  @Test
  void assertConformsListsTheFirstTwentyViolations() {
    ToyGame broken = new ToyGame(Defect.CHANCE_SUMS_TO_0_9, Defect.NULL_KEY, Defect.TENSOR_PARTIAL_WRITE);
    ConformanceReport report = GameConformance.check(broken, ConformanceOptions.defaults());
    assertThat(report.violations()).hasSizeGreaterThan(GameConformance.VIOLATIONS_SHOWN);
    assertThatThrownBy(() -> GameConformance.assertConforms(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("toy_card_game has " + report.violations().size() + " conformance violations")
        .hasMessageContaining("[chance]")
        .hasMessageContaining("... and " + (report.violations().size() - 20) + " more")
        .satisfies(error -> assertThat(error.getMessage().lines().filter(line -> line.startsWith("  ["))).hasSize(20));
  }

  @Test
  void aCheckFailingEverywhereKeepsTenExamplesAndCountsTheRest() {
    ConformanceReport report = GameConformance.check(new ToyGame(Defect.NULL_KEY), ConformanceOptions.defaults());
    List<String> observation = report.violationsOf(ConformanceCheck.OBSERVATION);
    assertThat(observation).hasSize(ViolationLog.KEPT_PER_CHECK + 1);
    assertThat(observation.get(ViolationLog.KEPT_PER_CHECK)).matches("\\[observation\\] \\.\\.\\. and \\d+ more violations of this check");
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    ToyGame game = new ToyGame(Defect.SAMPLER_OFF_LIST, Defect.INCONSISTENT_KEYS);
    ConformanceOptions options = ConformanceOptions.defaults().withPlayouts(30).withEnumerationNodeLimit(0);
    assertThat(GameConformance.check(game, options)).isEqualTo(GameConformance.check(game, options));
  }

  @Test
  void violationsNameTheirPlayoutAndHistory() {
    ConformanceReport report = GameConformance.check(new ToyGame(Defect.RETURNS_NAN), ConformanceOptions.defaults());
    assertThat(report.violationsOf(ConformanceCheck.RETURNS))
        .allMatch(violation -> violation.matches("\\[returns\\] (playout \\d+|enumeration) at \\[1 1 1\\]: .*")
            || violation.contains("more violations"));
  }

  @Test
  void summaryOfAPassingReport() {
    ConformanceReport report = new ConformanceReport("g", List.of(), 3, 12);
    assertThat(report.passed()).isTrue();
    assertThat(report.summary(5)).isEqualTo("g conforms (3 playouts, 12 states checked)");
    ConformanceReport failing = new ConformanceReport("g", List.of("[turn] x", "[chance] y"), 3, 12);
    assertThat(failing.summary(1)).isEqualTo("g has 2 conformance violations (3 playouts, 12 states checked):\n"
        + "  [turn] x\n  ... and 1 more");
    assertThat(failing.violationsOf(ConformanceCheck.CHANCE)).containsExactly("[chance] y");
  }

  @Test
  void longHistoriesAreShortenedInMessages() {
    int[] history = new int[100];
    assertThat(Locations.historyText(new int[] {1, 2, 3})).isEqualTo("[1 2 3]");
    assertThat(Locations.historyText(history)).startsWith("[0 0").endsWith(" ... 0 0 0 0 0 0 0 0 0 0] (100 entries)");
  }

  @Test
  void fingerprintsSeparateSimilarKeys() {
    assertThat(InformationStateIndex.fingerprint("p1 saw 0")).isNotEqualTo(InformationStateIndex.fingerprint("p1 saw 1"));
    assertThat(InformationStateIndex.fingerprint("")).isNotEqualTo(InformationStateIndex.fingerprint("\0"));
  }
}
