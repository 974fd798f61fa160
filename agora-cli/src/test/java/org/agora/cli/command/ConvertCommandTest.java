package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agora.cli.CliRun;
import org.agora.cli.MatchingPenniesTestProvider;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  private static final String PENNIES = MatchingPenniesTestProvider.NAME;

  @TempDir
  Path directory;

  @Test
  void normalFormGameToNfgOnStandardOutput() {
    CliRun run = CliRun.run("convert", PENNIES, "--to", "nfg");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("NFG 1 R");
    NormalFormGame back = (NormalFormGame) GambitFormats.parse(run.out(), "stdout");
    assertThat(back.payoffTensor()).containsExactly(1, -1, -1, 1, -1, 1, 1, -1);
  }

  @Test
  void extensiveGameToReducedNormalForm() {
    CliRun run = CliRun.run("convert", "turn_based(game=" + PENNIES + ")", "--to", "NFG");

    assertThat(run.exitCode()).as(run.err()).isZero();
    NormalFormGame back = (NormalFormGame) GambitFormats.parse(run.out(), "stdout");
    assertThat(back.strategyCounts()).containsExactly(2, 2);
  }

  @Test
  void gameToEfg() {
    CliRun run = CliRun.run("convert", "turn_based(game=" + PENNIES + ")", "--to", "efg");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("EFG 2 R");
  }

  @Test
  void writesTheOutputFileAtomicallyAndItReadsBack() throws IOException {
    Path target = directory.resolve("pennies.nfg");

    CliRun run = CliRun.run("convert", PENNIES, "--to", "nfg", "--output", target.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("wrote " + target);
    assertThat(Files.readString(target)).startsWith("NFG 1 R");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(target);
    }
    CliRun show = CliRun.run("show", target.toString());
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).contains("strategies:           2 x 2");
  }

  @Test
  void aFailedConversionLeavesTheTargetUntouched() throws IOException {
    Path target = Files.writeString(directory.resolve("keep.nfg"), "old content");

    CliRun run = CliRun.run("convert", "no_such_game", "--to", "nfg", "-o", target.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(Files.readString(target)).isEqualTo("old content");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void unwritableTargetFailsWithOneLine() {
    Path target = directory.resolve("missing-directory").resolve("out.nfg");

    CliRun run = CliRun.run("convert", PENNIES, "--to", "efg", "-o", target.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("agora: cannot write " + target);
  }

  @Test
  void treesOverTheLimitFailWithOneLine() {
    CliRun efg = CliRun.run("convert", "turn_based(game=" + PENNIES + ")", "--to", "efg", "--max-nodes", "3");
    CliRun nfg = CliRun.run("convert", "repeated(stage=" + PENNIES + ",rounds=10)", "--to", "nfg");

    assertThat(efg.exitCode()).isEqualTo(1);
    assertThat(efg.errLines()).hasSize(1);
    assertThat(efg.errLines().get(0)).startsWith("agora: ").contains("3");
    assertThat(nfg.exitCode()).isEqualTo(1);
    assertThat(nfg.errLines()).hasSize(1);
    assertThat(nfg.errLines().get(0)).startsWith("agora: ").contains("100000");
    assertThat(CliRun.run("convert", PENNIES, "--to", "nfg", "--max-nodes", "0").exitCode()).isEqualTo(2);
  }

  @Test
  void badFormatOrMissingFormatIsAUsageError() {
    CliRun bad = CliRun.run("convert", PENNIES, "--to", "xml");

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines().get(0)).contains("'xml' is not a format; allowed: nfg, efg");
    assertThat(CliRun.run("convert", PENNIES).exitCode()).isEqualTo(2);
  }
}
