package org.agora.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsColumnsUnderAnUnderlinedHeader() {
    String text = TextTable.withHeaders("NAME", "PLAYERS", "NOTE")
        .align(TextTable.Alignment.RIGHT, 1)
        .addRow("kuhn_poker", 2, "cards")
        .addRow("go", 12, "")
        .render();

    assertThat(text).isEqualTo(
        "NAME        PLAYERS  NOTE\n"
            + "----------  -------  -----\n"
            + "kuhn_poker        2  cards\n"
            + "go               12\n");
  }

  @Test
  void tableWithoutHeadersListsKeysAndValues() {
    String text = TextTable.withoutHeaders(2).addRow("game:", "x").addRow("players:", "two\nlines").render();

    assertThat(text).isEqualTo("game:     x\nplayers:  two lines\n");
  }

  @Test
  void rejectsRowsWiderThanTheTable() {
    assertThatThrownBy(() -> TextTable.withHeaders("A").addRow("1", "2")).isInstanceOf(IllegalArgumentException.class);
  }
}
