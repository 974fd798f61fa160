package org.agora.agents.rrps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.Agent;
import org.agora.core.AgentRegistry;
import org.agora.core.PlayerView;
import org.agora.core.State;
import org.agora.core.ViewAgent;
import org.junit.jupiter.api.Test;

/**
 * Pins every bot's play: each ordered pair of the {@code rrps} and {@code rrps_learners} agents plays two
 * matches of 1000 throws (fresh agents for the first, restarted for the second, seeds drawn from one
 * fixed generator), and per row agent the test records its total return and a hash of every throw of
 * its matches. The expected lines were computed before the bots were optimised for speed; any change
 * of behaviour, however small, changes a hash. Regenerate (only for an intended change of behaviour)
 * with {@code -Dagora.rrps.fingerprint.write=FILE}.
 */
class PopulationFingerprintTest {

  private static final String RESOURCE = "population-fingerprint.txt";

  @Test
  void everyBotPlaysExactlyAsPinned() throws IOException {
    List<String> agents = new ArrayList<>(AgentRegistry.family("rrps"));
    agents.addAll(AgentRegistry.family("rrps_learners"));
    SplittableRandom seeds = new SplittableRandom(20261207L);
    List<String> lines = new ArrayList<>();
    int[] joint = new int[2];
    for (String row : agents) {
      long hash = 17;
      double total = 0;
      for (String column : agents) {
        Agent[] pair = {AgentRegistry.create(row, RoshamboMatch.GAME, 0, seeds.nextLong()),
            AgentRegistry.create(column, RoshamboMatch.GAME, 1, seeds.nextLong())};
        for (int match = 0; match < 2; match++) {
          for (Agent agent : pair) {
            agent.restart();
          }
          State state = RoshamboMatch.GAME.newInitialState();
          while (!state.isTerminal()) {
            for (int p = 0; p < 2; p++) {
              joint[p] = ((ViewAgent) pair[p]).step(PlayerView.of(state, p));
            }
            hash = 31 * hash + 3 * joint[0] + joint[1];
            state.apply(joint);
          }
          total += state.returns(0);
        }
      }
      lines.add(row + " " + (long) total + " " + Long.toHexString(hash));
    }
    String write = System.getProperty("agora.rrps.fingerprint.write");
    if (write != null) {
      Files.write(Path.of(write), lines, StandardCharsets.UTF_8);
    }
    assertThat(lines).containsExactlyElementsOf(expected());
  }

  private static List<String> expected() throws IOException {
    try (InputStream in = PopulationFingerprintTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
