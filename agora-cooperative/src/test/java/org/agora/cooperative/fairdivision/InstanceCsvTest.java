package org.agora.cooperative.fairdivision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading instances from CSV, and one-line file:line errors for bad files. */
class InstanceCsvTest {

  static FairDivisionInstance parse(String text) throws IOException {
    return InstanceCsv.parse(new BufferedReader(new StringReader(text)), "x.csv", ItemKind.GOODS);
  }

  @Test
  void readsNamesAndEntries() throws IOException {
    FairDivisionInstance instance = parse("# two agents\nagent,apple,pear,plum\n\nalice,3,0,1.5\nbob, 1 ,2,0\n");
    assertThat(instance.agentNames()).containsExactly("alice", "bob");
    assertThat(instance.itemNames()).containsExactly("apple", "pear", "plum");
    assertThat(instance.entry(0, 2)).isEqualTo(1.5);
    assertThat(instance.entry(1, 0)).isEqualTo(1.0);
    assertThat(instance.total(0)).isEqualTo(4.5);
  }

  @Test
  void badFieldsNameTheFileLineAndField() {
    assertThatThrownBy(() -> parse("agent,a,b\nalice,1,x\n")).hasMessage("x.csv:2: item 'b' has 'x', not a number");
    assertThatThrownBy(() -> parse("agent,a,b\nalice,1,2\nbob,-1,2\n"))
        .hasMessage("x.csv:3: item 'a' has -1; values must be finite and >= 0");
    assertThatThrownBy(() -> parse("agent,a,b\nalice,1\n")).hasMessage("x.csv:2: expected 3 fields (agent and 2 items), got 2");
    assertThatThrownBy(() -> parse("agent,a,b\nalice,1,2\nalice,1,2\n")).hasMessage("x.csv:3: agent 'alice' appears twice");
    assertThatThrownBy(() -> parse("agent,a,a\n")).hasMessage("x.csv:1: item name 'a' appears twice in the header");
    assertThatThrownBy(() -> parse("agent\n")).hasMessageStartingWith("x.csv:1: the header needs an agent column");
    assertThatThrownBy(() -> parse("agent,a,b\nalice,1,NaN\n")).hasMessageContaining("x.csv:2: item 'b' has NaN");
    assertThatThrownBy(() -> parse("agent,a,b\nalice,1,Infinity\n")).hasMessageContaining("finite");
    assertThatThrownBy(() -> parse("")).hasMessageStartingWith("x.csv: empty file");
    assertThatThrownBy(() -> parse("agent,a\n# nobody\n")).hasMessage("x.csv: no agent rows after the header");
  }

  @Test
  void aMissingFileIsOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("none.csv");
    assertThatThrownBy(() -> InstanceCsv.read(missing, ItemKind.CHORES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(missing + ": ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void readsChoresFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("chores.csv");
    Files.writeString(file, "agent,dishes,laundry\nann,2,1\nben,1,3\n");
    FairDivisionInstance instance = InstanceCsv.read(file, ItemKind.CHORES);
    assertThat(instance.kind()).isEqualTo(ItemKind.CHORES);
    assertThat(instance.utility(1, 1)).isEqualTo(-3.0);
  }

  @Test
  void instancesWithEqualEntriesAreEqualAndGeneratorsAreSeeded() {
    FairDivisionInstance a = RandomInstances.uniform(ItemKind.GOODS, 3, 5, new java.util.SplittableRandom(7));
    FairDivisionInstance b = RandomInstances.uniform(ItemKind.GOODS, 3, 5, new java.util.SplittableRandom(7));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(RandomInstances.uniform(ItemKind.GOODS, 3, 5, new java.util.SplittableRandom(8))).isNotEqualTo(a);
    FairDivisionInstance normalised = RandomInstances.normalised(a);
    for (int i = 0; i < 3; i++) {
      assertThat(normalised.total(i)).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-12));
    }
  }
}
