package org.agora.core.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SolveLimitsTest {

  @Test
  void aTableauOverTheLimitIsRefusedInOneLineNamingTheFlag() {
    SolveLimits limits = SolveLimits.defaults();
    assertThatThrownBy(() -> limits.checkTableau("sequence-lp on liars_dice", "floating-point LP tableau", 36_860,
        86_009, false))
        .isInstanceOfSatisfying(SolveLimitExceededException.class, e -> {
          assertThat(e.limitName()).isEqualTo("max_tableau");
          assertThat(e.needed()).isEqualTo(36_860L * 86_009L);
          assertThat(e.limit()).isEqualTo(SolveLimits.DEFAULT_MAX_TABLEAU);
        })
        .hasMessage("sequence-lp on liars_dice needs a 36,860 x 86,009 floating-point LP tableau (3,170,291,740 cells,"
            + " about 23.6 GiB); the limit is 25,000,000 cells (raise it with --max-tableau)");
    limits.checkTableau("lp on a 100 x 100 game", "exact LP tableau", 101, 202, true);
  }

  @Test
  void sizesThatOverflowSaturateInsteadOfWrappingAround() {
    SolveLimits limits = SolveLimits.defaults();
    assertThatThrownBy(() -> limits.checkTableau("x", "tableau", 1L << 40, 1L << 40, true))
        .isInstanceOf(SolveLimitExceededException.class);
  }

  @Test
  void limitsAreDeclaredParametersWithDefaults() {
    assertThat(SolveLimits.PARAMETERS).extracting(p -> p.name()).containsExactly("max_profiles", "max_nodes",
        "max_tableau", "max_exact_tableau", "max_supports", "max_vertices");
    assertThat(SolveLimits.of(Map.of())).isEqualTo(SolveLimits.defaults());
    assertThat(SolveLimits.of(Map.of("max_tableau", 7L)).maxTableau()).isEqualTo(7);
    assertThatThrownBy(() -> SolveLimits.of(Map.of("max_supports", 0L)))
        .hasMessage("max_supports must be >= 1, got 0");
  }
}
