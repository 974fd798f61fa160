package org.agora.io;

import static org.agora.io.TestGames.q;
import static org.agora.io.TestGames.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.agora.core.Game;
import org.agora.core.GameType;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class NfgReaderTest {

  private static NormalFormGame read(String name) throws IOException {
    return (NormalFormGame) GambitFormats.read(resource(name));
  }

  @Test
  void matchingPenniesPayoffVersionWithStrategyCounts() throws IOException {
    Path path = resource("matching_pennies.nfg");
    NormalFormGame game = (NormalFormGame) GambitFormats.read(path);

    assertThat(game.name()).isEqualTo("nfg(file=" + path + ")");
    assertThat(game.title()).isEqualTo("Matching pennies");
    assertThat(game.playerName(0)).isEqualTo("Even");
    assertThat(game.playerName(1)).isEqualTo("Odd");
    assertThat(game.strategyName(0, 0)).isEqualTo("1");
    assertThat(game.strategyName(1, 1)).isEqualTo("2");
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    // Agora index = row * 2 + column; Gambit lists (1,1) (2,1) (1,2) (2,2).
    assertThat(game.exactPayoff(0, 0)).isEqualTo(q(1));
    assertThat(game.exactPayoff(0, 1)).isEqualTo(q(-1));
    assertThat(game.exactPayoff(0, 2)).isEqualTo(q(-1));
    assertThat(game.exactPayoff(0, 3)).isEqualTo(q(1));
    assertThat(game.exactPayoff(1, 3)).isEqualTo(q(-1));
  }

  @Test
  void threePlayersWithNamesAndEveryNumberForm() throws IOException {
    NormalFormGame game = read("three_players.nfg");

    assertThat(game.playerCount()).isEqualTo(3);
    assertThat(game.strategyCounts()).containsExactly(2, 2, 2);
    assertThat(game.strategyName(2, 1)).isEqualTo("Y");
    int dLx = game.profileIndex(new int[] {1, 0, 0});
    assertThat(dLx).isEqualTo(4);
    assertThat(game.exactPayoff(0, dLx)).isEqualTo(q(1, 2));
    assertThat(game.exactPayoff(1, dLx)).isEqualTo(q(-3, 4));
    assertThat(game.exactPayoff(2, dLx)).isEqualTo(q(1, 4));
    int uRx = game.profileIndex(new int[] {0, 1, 0});
    assertThat(game.exactPayoff(0, uRx)).isEqualTo(q(15));
    assertThat(game.exactPayoff(1, uRx)).isEqualTo(q(-1, 5));
    assertThat(game.exactPayoff(2, uRx)).isEqualTo(q(7));
    int dLy = game.profileIndex(new int[] {1, 0, 1});
    assertThat(game.exactPayoff(0, dLy)).isEqualTo(q(1, 3));
    int dRy = game.profileIndex(new int[] {1, 1, 1});
    assertThat(game.exactPayoff(0, dRy)).isEqualTo(q(1));
    assertThat(game.exactPayoff(1, dRy)).isEqualTo(q(2));
    assertThat(game.exactPayoff(2, dRy)).isEqualTo(q(3));
    assertThat(game.payoff(1, dLx)).isEqualTo(-0.75);
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
  }

  @Test
  void outcomeVersionWithNullOutcomes() throws IOException {
    NormalFormGame game = read("outcomes.nfg");

    assertThat(game.strategyCounts()).containsExactly(2, 3);
    // Gambit order (1,1) (2,1) (1,2) (2,2) (1,3) (2,3) -> outcomes 1 2 3 0 0 1.
    assertThat(payoffs(game, 0, 0)).containsExactly(q(3), q(3));
    assertThat(payoffs(game, 1, 0)).containsExactly(q(5), q(0));
    assertThat(payoffs(game, 0, 1)).containsExactly(q(0), q(5));
    assertThat(payoffs(game, 1, 1)).containsExactly(q(0), q(0));
    assertThat(payoffs(game, 0, 2)).containsExactly(q(0), q(0));
    assertThat(payoffs(game, 1, 2)).containsExactly(q(3), q(3));
  }

  @Test
  void parseUsesTheSourceNameAsFileParameter() {
    Game game = GambitFormats.parse("NFG 1 D \"t\" { \"a\" } { 3 } 1 2.5 -0.125", "inline.nfg");

    assertThat(game.name()).isEqualTo("nfg(file=inline.nfg)");
    NormalFormGame normalForm = (NormalFormGame) game;
    assertThat(normalForm.exactPayoff(0, 2)).isEqualTo(q(-1, 8));
    assertThat(normalForm.playerCount()).isEqualTo(1);
  }

  @Test
  void latinOneFilesAreRead(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    Path file = folder.resolve("latin.nfg");
    java.nio.file.Files.write(file, "NFG 1 R \"Caf\u00e9\" { \"Jos\u00e9\" } { 1 } 5".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1));
    NormalFormGame game = (NormalFormGame) GambitFormats.read(file);
    assertThat(game.title()).isEqualTo("Caf\u00e9");
    assertThat(game.playerName(0)).isEqualTo("Jos\u00e9");
  }

  private static org.agora.core.Rational[] payoffs(NormalFormGame game, int row, int column) {
    int profile = game.profileIndex(new int[] {row, column});
    return new org.agora.core.Rational[] {game.exactPayoff(0, profile), game.exactPayoff(1, profile)};
  }
}
