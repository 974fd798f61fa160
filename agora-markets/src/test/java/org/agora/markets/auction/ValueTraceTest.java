package org.agora.markets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueTraceTest {

  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("trace.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsRowsSkippingHeaderCommentsAndBlankLines() throws IOException {
    ValueTrace trace = ValueTrace.read(write("value,highest_competing_bid\n# a comment\n1.5,0.25\n\n0,3\n"));
    assertThat(trace.values()).containsExactly(1.5, 0);
    assertThat(trace.competing()).containsExactly(0.25, 3);
  }

  @Test
  void errorsNameFileLineAndField() throws IOException {
    Path file = write("value,highest_competing_bid\n1,2\n0.5,abc\n");
    assertThatThrownBy(() -> ValueTrace.read(file))
        .hasMessage(file + ":3: field highest_competing_bid is 'abc'; expected a finite number >= 0");
    Path negative = write("-1,2\n");
    assertThatThrownBy(() -> ValueTrace.read(negative))
        .hasMessage(negative + ":1: field value is '-1'; expected a finite number >= 0");
    Path wide = write("1,2,3\n");
    assertThatThrownBy(() -> ValueTrace.read(wide)).hasMessageContaining(":1: expected 2 fields");
    Path empty = write("value,bid\n");
    assertThatThrownBy(() -> ValueTrace.read(empty)).hasMessage(empty + ": the trace has no auction rows");
    Path missing = dir.resolve("none.csv");
    assertThatThrownBy(() -> ValueTrace.read(missing)).hasMessage(missing + ": no such file");
  }
}
