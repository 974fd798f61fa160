package org.agora.solvers.linear;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.agora.core.Rational;
import org.junit.jupiter.api.Test;

class IntegerTableauTest {

  private static BigInteger[][] matrix(long[][] values) {
    BigInteger[][] entries = new BigInteger[values.length][values[0].length];
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < values[i].length; j++) {
        entries[i][j] = BigInteger.valueOf(values[i][j]);
      }
    }
    return entries;
  }

  @Test
  void pivotingSolvesALinearSystemExactly() {
    // 2a + b = 3, a + 3b = 5 (slack columns 2, 3 basic): a = 4/5, b = 7/5.
    IntegerTableau tableau = new IntegerTableau(matrix(new long[][] {{2, 1, 1, 0, 3}, {1, 3, 0, 1, 5}}), new int[] {2, 3});
    tableau.pivot(0, 0);
    tableau.pivot(1, 1);
    assertThat(tableau.determinant()).isEqualTo(BigInteger.valueOf(5));
    assertThat(tableau.value(tableau.rowOfVariable(0), 4)).isEqualTo(Rational.of(4, 5));
    assertThat(tableau.value(tableau.rowOfVariable(1), 4)).isEqualTo(Rational.of(7, 5));
    assertThat(tableau.rowOfVariable(2)).isEqualTo(-1);
  }

  @Test
  void overflowFallsBackToBigIntegersWithTheSameValues() {
    SplittableRandom random = new SplittableRandom(7);
    int size = 12;
    long[][] values = new long[size][2 * size + 1];
    int[] basis = new int[size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        values[i][j] = 1 + random.nextInt(1_000_000);
      }
      values[i][size + i] = 1;
      values[i][2 * size] = 1;
      basis[i] = size + i;
    }
    IntegerTableau tableau = new IntegerTableau(matrix(values), basis);
    double[][] doubles = new double[size][2 * size + 1];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j <= 2 * size; j++) {
        doubles[i][j] = values[i][j];
      }
    }
    DoubleTableau twin = new DoubleTableau(doubles, basis, 1e-12);
    for (int k = 0; k < size; k++) {
      tableau.pivot(k, k);
      twin.pivot(k, k);
    }
    assertThat(tableau.isInLongArithmetic()).isFalse();
    for (int i = 0; i < size; i++) {
      double exact = tableau.value(i, 2 * size).doubleValue();
      assertThat(twin.doubleValue(i, 2 * size)).isCloseTo(exact, org.assertj.core.data.Offset.offset(1e-6 * (1 + Math.abs(exact))));
    }
  }

  @Test
  void productsCompareExactlyBeyondSixtyFourBits() {
    long large = Long.MAX_VALUE / 3;
    assertThat(IntegerTableau.compareProducts(large, 5, large, 4)).isPositive();
    assertThat(IntegerTableau.compareProducts(-large, 5, large, 4)).isNegative();
    assertThat(IntegerTableau.compareProducts(large, 6, 6, large)).isZero();
  }

  @Test
  void payoffScalingMakesPositiveIntegers() {
    PayoffScaling scaling = PayoffScaling.positiveIntegers(new Rational[][] {{Rational.of(-1, 2), Rational.of(1, 3)}});
    assertThat(scaling.scale()).isEqualTo(BigInteger.valueOf(6));
    assertThat(scaling.matrix()[0]).containsExactly(BigInteger.ONE, BigInteger.valueOf(6));
    assertThat(scaling.unscale(Rational.of(6))).isEqualTo(Rational.of(1, 3));
  }
}
