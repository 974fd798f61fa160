package org.agora.markets.equilibrium;

import java.util.Arrays;

/**
 * A finite market: {@code buyers} buyers with budgets {@code B_i > 0} and linear values
 * {@code v_ij >= 0} over {@code goods} divisible goods with supplies {@code s_j > 0} (1 unless said
 * otherwise). A buyer given the bundle {@code x_i} has utility {@code sum_j v_ij x_ij}.
 *
 * <p>Arrays are flat and row-major: {@code values[i * goods + j]} is buyer i's value for good j. The
 * record copies them in and hands them to solvers without further copies; callers must not mutate the
 * arrays they read from a market. Every good must be valued by some buyer and every buyer must value
 * some good (otherwise the equilibrium programs are unbounded or degenerate).
 *
 * @param buyers the number of buyers, at least 1
 * @param goods the number of goods, at least 1
 * @param budgets one finite budget &gt; 0 per buyer
 * @param values {@code buyers * goods} finite values &gt;= 0, row-major
 * @param supplies one finite supply &gt; 0 per good
 */
public record Market(int buyers, int goods, double[] budgets, double[] values, double[] supplies) {

  public Market {
    if (buyers < 1 || goods < 1) {
      throw new IllegalArgumentException("a market needs at least one buyer and one good, got "
          + buyers + " buyers and " + goods + " goods");
    }
    if (budgets.length != buyers) {
      throw new IllegalArgumentException("expected " + buyers + " budgets, got " + budgets.length);
    }
    if (values.length != (long) buyers * goods) {
      throw new IllegalArgumentException("expected " + buyers + " x " + goods + " = " + (buyers * goods)
          + " values, got " + values.length);
    }
    if (supplies.length != goods) {
      throw new IllegalArgumentException("expected " + goods + " supplies, got " + supplies.length);
    }
    for (int i = 0; i < buyers; i++) {
      if (!(budgets[i] > 0) || Double.isInfinite(budgets[i])) {
        throw new IllegalArgumentException("buyer " + i + " has budget " + budgets[i] + "; budgets must be finite and > 0");
      }
    }
    for (int j = 0; j < goods; j++) {
      if (!(supplies[j] > 0) || Double.isInfinite(supplies[j])) {
        throw new IllegalArgumentException("good " + j + " has supply " + supplies[j] + "; supplies must be finite and > 0");
      }
    }
    boolean[] valued = new boolean[goods];
    for (int i = 0; i < buyers; i++) {
      boolean valuesSomething = false;
      for (int j = 0; j < goods; j++) {
        double v = values[i * goods + j];
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw new IllegalArgumentException("buyer " + i + " values good " + j + " at " + v + "; values must be finite and >= 0");
        }
        if (v > 0) {
          valuesSomething = true;
          valued[j] = true;
        }
      }
      if (!valuesSomething) {
        throw new IllegalArgumentException("buyer " + i + " values no good; every buyer must value some good");
      }
    }
    for (int j = 0; j < goods; j++) {
      if (!valued[j]) {
        throw new IllegalArgumentException("no buyer values good " + j + "; every good must be valued by some buyer");
      }
    }
    budgets = budgets.clone();
    values = values.clone();
    supplies = supplies.clone();
  }

  /** A market with unit supplies from a budget per buyer and a value row per buyer. */
  public static Market of(double[] budgets, double[][] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a market needs at least one buyer");
    }
    int goods = values[0].length;
    double[] flat = new double[values.length * goods];
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != goods) {
        throw new IllegalArgumentException("buyer " + i + " has " + values[i].length + " values, buyer 0 has " + goods);
      }
      System.arraycopy(values[i], 0, flat, i * goods, goods);
    }
    double[] supplies = new double[goods];
    Arrays.fill(supplies, 1);
    return new Market(values.length, goods, budgets, flat, supplies);
  }

  /** This market with other supplies (one per good). */
  public Market withSupplies(double[] newSupplies) {
    return new Market(buyers, goods, budgets, values, newSupplies);
  }

  /** Buyer i's value for good j. */
  public double value(int buyer, int good) {
    return values[buyer * goods + good];
  }

  /** Buyer i's budget. */
  public double budget(int buyer) {
    return budgets[buyer];
  }

  /** Good j's supply. */
  public double supply(int good) {
    return supplies[good];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Market m && buyers == m.buyers && goods == m.goods
        && Arrays.equals(budgets, m.budgets) && Arrays.equals(values, m.values) && Arrays.equals(supplies, m.supplies);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(budgets) + Arrays.hashCode(values)) + Arrays.hashCode(supplies);
  }

  @Override
  public String toString() {
    return "Market[" + buyers + " buyers x " + goods + " goods]";
  }
}
