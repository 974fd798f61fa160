package org.agora.solvers.linear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class BasisSetTest {

  @Test
  void compactAndLargeSetsAgree() {
    for (int variables : new int[] {40, 100}) {
      BasisSet set = new BasisSet(variables);
      for (int k = 0; k < 20_000; k++) {
        BitSet basis = new BitSet();
        basis.set(k % variables);
        basis.set((k / variables) % variables);
        basis.set(variables - 1);
        boolean fresh = !set.contains(basis);
        assertThat(set.add(basis)).isEqualTo(fresh);
        assertThat(set.contains(basis)).isTrue();
        assertThat(set.add(basis)).isFalse();
      }
    }
  }
}
