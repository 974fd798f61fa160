package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora allocate}: bundles, MMS values and ratios, envy, welfare, the rules' refusals and bad files. */
class AllocateCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  private Path twoAgents;
  private Path identical;

  @BeforeEach
  void writeInstances() throws Exception {
    twoAgents = directory.resolve("two.csv");
    Files.writeString(twoAgents, "agent,a,b,c,d\nalice,4,3,2,1\nbob,1,2,3,4\n");
    identical = directory.resolve("identical.csv");
    Files.writeString(identical, "agent,g1,g2,g3,g4,g5,g6\nx,1,2,3,4,5,6\ny,1,2,3,4,5,6\nz,1,2,3,4,5,6\n");
  }

  /**
   * Three agents valuing six goods 1..6 alike: the MMS is 7 ({6,1},{5,2},{4,3} split the total 21
   * evenly). Round-robin: x takes 6 then 3, y 5 then 2, z 4 then 1, so values 9, 7, 5 and MMS ratios
   * 9/7, 1, 5/7; the result is EF1 (round-robin always is for additive goods); z envies x by 4.
   */
  @Test
  void roundRobinOnIdenticalValuations() throws Exception {
    CliRun run = CliRun.run("allocate", identical.toString(), "--rule", "round-robin");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("EF1 yes", "MMS ratio");
    JsonNode json = MAPPER.readTree(CliRun.run("allocate", identical.toString(), "--json").out());
    double[] own = {9, 7, 5};
    for (int i = 0; i < 3; i++) {
      JsonNode agent = json.get("agents").get(i);
      assertThat(agent.get("mms").asDouble()).isEqualTo(7.0);
      assertThat(agent.get("own").asDouble()).isEqualTo(own[i]);
      assertThat(agent.get("mmsRatio").asDouble()).isCloseTo(own[i] / 7, within(1e-12));
      assertThat(agent.get("ef1").asBoolean()).isTrue();
    }
    assertThat(json.get("agents").get(0).get("bundle").toString()).isEqualTo("[\"g3\",\"g6\"]");
    assertThat(json.get("agents").get(2).get("largestEnvy").asDouble()).isEqualTo(4.0);
    assertThat(json.get("ef1").asBoolean()).isTrue();
    assertThat(json.get("welfare").get("utilitarian").asDouble()).isEqualTo(21.0);
    assertThat(json.get("welfare").get("egalitarian").asDouble()).isEqualTo(5.0);
    assertThat(json.get("welfare").get("nashLogSum").asDouble()).isCloseTo(Math.log(9 * 7 * 5), within(1e-12));
    // Gini = sum_i sum_j |u_i - u_j| / (2 n^2 mean) = (2 * (2 + 4 + 2)) / (2 * 9 * 7) = 16 / 126
    assertThat(json.get("welfare").get("gini").asDouble()).isCloseTo(16.0 / 126, within(1e-12));
  }

  /** Two agents with opposite orders: MMS 5 each ({4,1} and {3,2}); round-robin gives {a,b} and {c,d}, envy-free. */
  @Test
  void twoAgentsTableAndCsv() {
    CliRun run = CliRun.run("allocate", twoAgents.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("alice\\s+a b\\s+7\\s+5\\s+1\\.400\\s+yes\\s+yes\\s+yes\\s+0")
        .contains("welfare: utilitarian 14, egalitarian 7");
    CliRun csv = CliRun.run("allocate", twoAgents.toString(), "--csv");
    assertThat(csv.out().lines().toList()).containsExactly(
        "agent,bundle,own,utility,mms,mms_ratio,envy_free,ef1,efx,largest_envy",
        "alice,a b,7,7,5,1.4,true,true,true,0", "bob,c d,7,7,5,1.4,true,true,true,0");
  }

  /** The online rule for two agents guarantees half the MMS for goods (Zhou, Bai and Wu 2023). */
  @Test
  void onlineRuleKeepsItsRatio() throws Exception {
    for (String kind : new String[] {"goods", "chores"}) {
      CliRun run = CliRun.run("allocate", twoAgents.toString(), "--rule", "online", "--kind", kind, "--json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      for (JsonNode agent : MAPPER.readTree(run.out()).get("agents")) {
        double ratio = agent.get("mmsRatio").asDouble();
        if (kind.equals("goods")) {
          assertThat(ratio).isGreaterThanOrEqualTo(0.5);
        } else {
          assertThat(ratio).isLessThanOrEqualTo(Math.sqrt(2) + 1e-12);
        }
      }
    }
  }

  @Test
  void refusalsAndBadFilesAreOneLineUsageErrors() throws Exception {
    Path negative = directory.resolve("negative.csv");
    Files.writeString(negative, "agent,a,b\nx,1,-2\n");
    String[][] cases = {
        {"allocate", twoAgents.toString(), "--rule", "mnw", "--kind", "chores"},
        {"allocate", twoAgents.toString(), "--rule", "envy-cycle", "--kind", "chores"},
        {"allocate", identical.toString(), "--rule", "online"},
        {"allocate", twoAgents.toString(), "--rule", "fastest"},
        {"allocate", twoAgents.toString(), "--kind", "services"},
        {"allocate", twoAgents.toString(), "--json", "--csv"},
        {"allocate", directory.resolve("missing.csv").toString()},
        {"allocate", negative.toString()}};
    for (String[] args : cases) {
      CliRun run = CliRun.run(args);
      String command = String.join(" ", args);
      assertThat(run.exitCode()).as(command + "\n" + run.err()).isEqualTo(2);
      assertThat(run.out()).as(command).isEmpty();
      assertThat(run.errLines().get(0)).as(command).startsWith("agora: ").doesNotContain("Exception");
    }
    assertThat(CliRun.run("allocate", negative.toString()).errLines().get(0)).startsWith("agora: " + negative + ":2:");
    assertThat(CliRun.run("allocate", twoAgents.toString(), "--rule", "mnw", "--kind", "chores").errLines().get(0))
        .contains("chores");
  }
}
