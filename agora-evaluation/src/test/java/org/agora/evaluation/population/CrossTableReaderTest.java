package org.agora.evaluation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossTableReaderTest {

  private static final String RPS = """
      ('rock', 'rock', 0.0)
      ('rock', 'paper', -1000)
      ('rock', 'scissors', 1000.0)
      ('paper', 'rock', 1e3)
      ('paper', 'paper', 0)
      ('paper', 'scissors', -1000.0)
      ('scissors', 'rock', -1000.0)
      ('scissors', 'paper', 1000.0)
      ('scissors', 'scissors', -0.5)
      """;

  @TempDir
  Path directory;

  private static CrossTable parse(String text) throws IOException {
    return CrossTableReader.read("t.txt", new StringReader(text));
  }

  private static String error(String text) {
    try {
      parse(text);
    } catch (CrossTableFormatException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error for " + text);
  }

  @Test
  void readsAgentsInFirstAppearanceOrderAndEveryCell() throws IOException {
    CrossTable table = parse(RPS);

    assertThat(table.agents()).containsExactly("rock", "paper", "scissors");
    assertThat(table.meanReturn("paper", "rock")).isEqualTo(1000.0);
    assertThat(table.meanReturn("scissors", "scissors")).isEqualTo(-0.5);
    assertThat(table.hasMatchStatistics()).isFalse();
  }

  @Test
  void acceptsDoubleQuotesFreeSpacingAndBlankLines() throws IOException {
    CrossTable table = parse("\n  ( \"a b\" ,'c',  -2.5 )  \n\n(\"c\", \"a b\", +2.5)\n");

    assertThat(table.agents()).containsExactly("a b", "c");
    assertThat(table.meanReturn("a b", "c")).isEqualTo(-2.5);
    assertThat(table.meanReturn("c", "a b")).isEqualTo(2.5);
  }

  @Test
  void aTableWithoutAnyDiagonalHasZeroSelfPlay() throws IOException {
    CrossTable table = parse("('a', 'b', 3)\n('b', 'a', -2)\n");

    assertThat(table.meanReturn("a", "a")).isZero();
    assertThat(table.meanReturn("b", "b")).isZero();
  }

  @Test
  void aPartialDiagonalIsRefused() {
    assertThat(error("('a', 'b', 3)\n('b', 'a', -2)\n('b', 'b', 1)\n")).isEqualTo(
        "t.txt: missing cell ('a', 'a') (the diagonal is given for 1 of 2 agents: give it for all or none);"
            + " every ordered pair of the 2 agents needs a value");
  }

  @Test
  void aMissingCellIsNamedWithHowManyMoreAreMissing() {
    assertThat(error("('a', 'b', 3)\n('c', 'a', 1)\n")).isEqualTo(
        "t.txt: missing cell ('a', 'c') and 3 more; every ordered pair of the 3 agents needs a value");
  }

  @Test
  void malformedLinesFailWithFileLineAndReason() {
    assertThat(error("('a', 'b', 3)\n\n('b', 'a' -2)\n")).isEqualTo(
        "t.txt:3: expected ('row_agent', 'column_agent', value), got \"('b', 'a' -2)\"");
    assertThat(error("('a', 'b', 3)\n('b', 'a', two)\n")).isEqualTo("t.txt:2: expected a decimal number, got \"two\"");
    assertThat(error("('a', 'b', 0x10)\n")).isEqualTo("t.txt:1: expected a decimal number, got \"0x10\"");
    assertThat(error("('a', \"b', 3)\n")).startsWith("t.txt:1: expected ('row_agent'");
    assertThat(error("('', 'b', 3)\n")).isEqualTo("t.txt:1: an agent name is blank");
  }

  @Test
  void nanAndInfinitiesAreRefused() {
    assertThat(error("('a', 'b', nan)\n")).isEqualTo("t.txt:1: value nan is not a finite number");
    assertThat(error("('a', 'b', -Infinity)\n")).isEqualTo("t.txt:1: value -Infinity is not a finite number");
    assertThat(error("('a', 'b', 1e400)\n")).isEqualTo("t.txt:1: value 1e400 is out of range");
  }

  @Test
  void aDuplicatePairNamesBothLines() {
    assertThat(error("('a', 'b', 3)\n('b', 'a', -3)\n('a', 'b', 4)\n")).isEqualTo(
        "t.txt:3: duplicate cell ('a', 'b'), first given on line 1");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(error("")).isEqualTo("t.txt: no cells: the table is empty");
    assertThat(error("\n  \n")).isEqualTo("t.txt: no cells: the table is empty");
  }

  @Test
  void aFileIsNamedByItsPath() throws IOException {
    Path good = Files.writeString(directory.resolve("rps.txt"), RPS);
    Path bad = Files.writeString(directory.resolve("bad.txt"), "('a', 'b', 1)\n('b', 'a')\n");
    Path binary = Files.write(directory.resolve("binary.txt"), new byte[] {'(', (byte) 0xff, (byte) 0xfe, '\n'});

    assertThat(CrossTableReader.read(good)).isEqualTo(parse(RPS));
    assertThatThrownBy(() -> CrossTableReader.read(bad)).isInstanceOf(CrossTableFormatException.class)
        .hasMessage(bad + ":2: expected ('row_agent', 'column_agent', value), got \"('b', 'a')\"");
    assertThatThrownBy(() -> CrossTableReader.read(binary)).isInstanceOf(CrossTableFormatException.class)
        .hasMessage(binary + ":1: not UTF-8 text");
    assertThat(new String(Files.readAllBytes(good), StandardCharsets.UTF_8)).isEqualTo(RPS);
  }
}
