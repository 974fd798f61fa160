package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.agora.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages name the user's mistake in the user's terms: no exception classes, enum constants or temporary files. */
class UserMessagesTest {

  @TempDir
  Path directory;

  @Test
  void aMissingPathOrADirectoryGivenAsAGameIsNamedAsSuch() {
    Path missing = directory.resolve("nowhere");
    CliRun absent = CliRun.run("show", missing.toString());
    assertThat(absent.exitCode()).isEqualTo(1);
    assertThat(absent.errLines()).containsExactly(
        "agora: no such file: " + missing + " (expected a game name or a .nfg/.efg file)");
    CliRun folder = CliRun.run("solve", directory.toString(), "--method", "enumpure");
    assertThat(folder.errLines()).containsExactly(
        "agora: " + directory + " is a directory; expected a game name or a .nfg/.efg file");
  }

  @Test
  void savingOntoADirectoryNamesTheDirectoryOnly() {
    for (List<String> args : List.of(
        List.of("solve", "kuhn_poker", "--method", "cfr", "--iterations", "5", "--save", directory.toString()),
        List.of("convert", "kuhn_poker", "--to", "efg", "-o", directory.toString()))) {
      CliRun run = CliRun.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(args.toString()).isEqualTo(1);
      assertThat(run.errLines()).as(args.toString())
          .containsExactly("agora: cannot write " + directory + ": " + directory + ": is a directory");
    }
  }

  @Test
  void aMissingOrDirectoryPolicyIsNamedWithoutExceptionClasses() {
    Path missing = directory.resolve("absent.json");
    CliRun absent = CliRun.run("exploitability", "kuhn_poker", "--policy", missing.toString());
    assertThat(absent.errLines()).containsExactly("agora: cannot read " + missing + ": no such file: " + missing);
    CliRun folder = CliRun.run("exploitability", "kuhn_poker", "--policy", directory.toString());
    assertThat(folder.errLines()).containsExactly("agora: cannot read " + directory + ": " + directory + ": is a directory");
  }

  @Test
  void utilityKindsAreWordsNotEnumConstants() {
    CliRun run = CliRun.run("solve", "prisoners_dilemma", "--method", "lp");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("this game is general-sum").doesNotContain("GENERAL_SUM");
  }

  @Test
  void showOfAnInlineMatrixEchoesOnlyTheGivenParameters() {
    CliRun run = CliRun.run("show", "matrix(payoffs=\"1,1;2,2\")");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo("game:                 matrix(payoffs=\"1,1;2,2\")");
  }
}
