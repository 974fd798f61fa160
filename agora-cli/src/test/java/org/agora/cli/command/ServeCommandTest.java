package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.agora.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code agora serve}'s refusals; the server itself is tested over HTTP in agora-server. */
class ServeCommandTest {

  @Test
  void aNonLoopbackHostNeedsAToken() {
    CliRun run = CliRun.run("serve", "--host", "0.0.0.0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("agora: ").contains("not a loopback address, needs --token");
  }

  @Test
  void refusesAShortTokenBadWorkersAndBothStores() {
    assertThat(CliRun.run("serve", "--token", "abc").err()).contains("at least 8 characters");
    assertThat(CliRun.run("serve", "--token", "has spaces in it").err()).contains("only letters, digits");
    assertThat(CliRun.run("serve", "--workers", "0").err()).contains("workers must be 1 to 64");
    CliRun both = CliRun.run("serve", "--db", "jdbc:sqlite:x.db", "--data", "x");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("give --db or --data, not both");
  }

  @Test
  void aPortInUseIsOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRun run = CliRun.run("serve", "--port", Integer.toString(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).startsWith("agora: cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .doesNotContain("Exception\n\tat");
      assertThat(run.err().lines().count()).isEqualTo(1);
    }
  }
}
