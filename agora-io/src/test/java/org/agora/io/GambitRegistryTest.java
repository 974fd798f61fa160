package org.agora.io;

import static org.agora.io.TestGames.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GambitRegistryTest {

  @Test
  void providersAreRegistered() {
    assertThat(GameRegistry.names()).contains("nfg", "efg", "reduced_normal_form");
  }

  @Test
  void efgFromTheRegistryRecreatesItselfFromItsName() {
    Path path = resource("one_card_poker.efg");
    Game game = GameRegistry.create("efg(file=" + path + ")");

    assertThat(game).isInstanceOf(EfgGame.class);
    assertThat(game.name()).isEqualTo("efg(file=" + path + ")");
    Game again = GameRegistry.create(game.name());
    TestGames.assertSameTree(((EfgGame) again).explicitTree(), ((EfgGame) game).explicitTree(), true, true);
  }

  @Test
  void nfgFromTheRegistry() {
    Game game = GameRegistry.create("nfg(file=" + resource("three_players.nfg") + ")");
    assertThat(game).isInstanceOf(NormalFormGame.class);
    assertThat(game.playerCount()).isEqualTo(3);
  }

  @Test
  void reducedNormalFormFromTheRegistry() {
    String efg = "efg(file=" + resource("two_stage.efg") + ")";
    Game game = GameRegistry.create("reduced_normal_form(game=\"" + efg + "\")");
    assertThat(((NormalFormGame) game).strategyCounts()).containsExactly(3, 2);
  }

  @Test
  void inputOutputErrorsAreOneLineSpecErrors(@TempDir Path folder) {
    Path missing = folder.resolve("missing.efg");
    assertThatThrownBy(() -> GameRegistry.create("efg(file=" + missing + ")"))
        .isExactlyInstanceOf(GameSpecException.class)
        .hasMessage("efg: cannot read file '" + missing + "': no such file");
    assertThatThrownBy(() -> GameRegistry.create("nfg(file=" + folder + ")"))
        .isExactlyInstanceOf(GameSpecException.class)
        .hasMessageStartingWith("nfg: cannot read file '" + folder + "': ")
        .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"));
  }

  @Test
  void wrongKindOfFileIsASpecError() {
    Path efg = resource("two_stage.efg");
    assertThatThrownBy(() -> GameRegistry.create("nfg(file=" + efg + ")"))
        .isExactlyInstanceOf(GameSpecException.class)
        .hasMessage("nfg: file '" + efg + "' holds an extensive-form game; use efg(file=...)");
    Path nfg = resource("outcomes.nfg");
    assertThatThrownBy(() -> GameRegistry.create("efg(file=" + nfg + ")"))
        .isExactlyInstanceOf(GameSpecException.class)
        .hasMessage("efg: file '" + nfg + "' holds a strategic-form game; use nfg(file=...)");
  }

  @Test
  void parseErrorsKeepTheirPosition(@TempDir Path folder) throws Exception {
    Path bad = folder.resolve("bad.efg");
    java.nio.file.Files.writeString(bad, "EFG 2 R \"\" { \"A\" }\nt \"\" 1 \"\" { x }\n");
    assertThatThrownBy(() -> GameRegistry.create("efg(file=" + bad + ")"))
        .isExactlyInstanceOf(GambitParseException.class)
        .hasMessage(bad + ":2:13: expected a number or '}'");
  }
}
