package org.agora.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void fieldsAreQuotedOnlyWhenNeededAndNumbersArePlain() {
    String csv = new CsvWriter("name", "value", "empty").row("a,b", 1.0e-7, null).row("say \"hi\"", 1234567.5, Double.NaN)
        .row("line\nbreak", 3, 0.1).toString();
    assertThat(csv).isEqualTo("name,value,empty\n\"a,b\",0.0000001,\n\"say \"\"hi\"\"\",1234567.5,\n"
        + "\"line\nbreak\",3,0.1\n");
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() {
    assertThatThrownBy(() -> new CsvWriter("a", "b").row("x")).hasMessage("a CSV row needs 2 fields, got 1");
  }
}
