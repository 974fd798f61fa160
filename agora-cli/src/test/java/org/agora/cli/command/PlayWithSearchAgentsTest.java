package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;

/** {@code agora play} with the agents of agora-agents (alphabeta, mcts, ismcts). */
class PlayWithSearchAgentsTest {

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> players(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return (List<Map<String, Object>>) Json.object(run.out()).get("players");
  }

  @Test
  void alphaBetaNeverLosesTicTacToeToRandom() {
    int episodes = 20;
    CliRun run = CliRun.run("play", "tic_tac_toe", "--agents", "alphabeta,random", "--episodes", String.valueOf(episodes),
        "--seed", "3", "--json", "--no-progress");
    Map<String, Object> player = players(run).get(0);
    double mean = (Double) player.get("meanReturn");
    double deviation = (Double) player.get("standardDeviation");

    // Returns are in {-1, 0, 1}: the mean square is (wins + losses) / n and the mean (wins - losses) / n,
    // so they are equal exactly when there are no losses.
    double meanSquare = deviation * deviation * (episodes - 1) / episodes + mean * mean;
    assertThat(mean).isGreaterThan(0.5);
    assertThat(meanSquare).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void mctsAndInformationSetMctsParseAndPlayKuhnPoker() {
    CliRun run = CliRun.run("play", "kuhn_poker", "--agents", "mcts(simulations=50),ismcts(simulations=100,seed=4)",
        "--episodes", "300", "--json", "--no-progress");
    List<Map<String, Object>> players = players(run);

    assertThat(players).extracting(player -> player.get("agent"))
        .containsExactly("mcts(simulations=50)", "ismcts(simulations=100,seed=4)");
    assertThat((Double) players.get(0).get("meanReturn")).isEqualTo(-(Double) players.get(1).get("meanReturn"));
  }

  @Test
  void ismctsWithDefaultOptionsPlaysBothSeats() {
    CliRun run = CliRun.run("play", "kuhn_poker", "--agents", "ismcts", "--episodes", "20", "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("ismcts", "MEAN RETURN");
  }

  @Test
  void badAgentOptionsAreOneLineErrors() {
    CliRun badValue = CliRun.run("play", "tic_tac_toe", "--agents", "mcts(simulations=-5),random", "--no-progress");
    assertThat(badValue.exitCode()).isEqualTo(2);
    assertThat(badValue.errLines()).containsExactly(
        "agora: mcts: option 'simulations' value '-5' is invalid; allowed: an integer in [1, 100000000]",
        "Try 'agora play --help' for usage.");

    CliRun unknown = CliRun.run("play", "tic_tac_toe", "--agents", "alphabeta(depht=3),random", "--no-progress");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines()).containsExactly("agora: alphabeta: unknown option 'depht'; allowed: depth, nodes, playouts, seed",
        "Try 'agora play --help' for usage.");

    CliRun wrongGame = CliRun.run("play", "kuhn_poker", "--agents", "alphabeta,random", "--no-progress");
    assertThat(wrongGame.exitCode()).isEqualTo(2);
    assertThat(wrongGame.errLines()).hasSize(2);
    assertThat(wrongGame.errLines().get(0)).startsWith("agora: alphabeta cannot play kuhn_poker(players=2): it has imperfect information");
  }
}
