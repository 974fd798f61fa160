package org.agora.markets.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MarketCsvTest {

  private static Market read(String text) throws IOException {
    return MarketCsv.read(new StringReader(text), "m.csv");
  }

  @Test
  void readsBuyersRowsWithAHeaderCommentsAndASupplyRow() throws IOException {
    Market market = read("# two buyers\nbudget,good1,good2\n2, 1, 1\n\n1,1,2\nsupply,1,0.5\n");
    assertThat(market.buyers()).isEqualTo(2);
    assertThat(market.goods()).isEqualTo(2);
    assertThat(market.budgets()).containsExactly(2, 1);
    assertThat(market.values()).containsExactly(1, 1, 1, 2);
    assertThat(market.supplies()).containsExactly(1, 0.5);
    assertThat(read("2,1,1\n1,1,2\n")).isEqualTo(Market.of(new double[] {2, 1}, new double[][] {{1, 1}, {1, 2}}));
  }

  @Test
  void errorsNameTheSourceAndLine() {
    assertThatThrownBy(() -> read("budget,a,b\n1,2,3\n1,x,3\n")).hasMessage("m.csv:3: column 2 is 'x'; expected a number");
    assertThatThrownBy(() -> read("1,2,3\n1,2\n")).hasMessage("m.csv:2: expected 2 values after the first field, got 1");
    assertThatThrownBy(() -> read("1,2,3\n0,2,3\n")).hasMessage("m.csv:2: budget 0.0; budgets must be > 0");
    assertThatThrownBy(() -> read("1,2,3\n1,-2,3\n")).hasMessage("m.csv:2: value -2.0 in column 2; values must be >= 0");
    assertThatThrownBy(() -> read("1,2,3\n\n1,0,0\n")).hasMessage("m.csv:3: buyer 1 values no good; every buyer must value some good");
    assertThatThrownBy(() -> read("1,2,0\n1,2,0\n")).hasMessageStartingWith("m.csv:2: no buyer values good 1");
    assertThatThrownBy(() -> read("# nothing\n")).hasMessageStartingWith("m.csv: no buyer rows");
    assertThatThrownBy(() -> read("1,2,3\nsupply,1,0\n")).hasMessage("m.csv:2: good 1 has supply 0.0; supplies must be > 0");
    assertThatThrownBy(() -> read("1,2,NaN\n")).hasMessage("m.csv:1: column 3 is 'NaN'; expected a finite number");
  }

  @Test
  void theRecordRejectsBadArrays() {
    assertThatThrownBy(() -> new Market(1, 2, new double[] {1}, new double[] {1}, new double[] {1, 1}))
        .hasMessage("expected 1 x 2 = 2 values, got 1");
    assertThatThrownBy(() -> Market.of(new double[] {1, 1}, new double[][] {{1, 2}, {1}}))
        .hasMessage("buyer 1 has 1 values, buyer 0 has 2");
  }
}
