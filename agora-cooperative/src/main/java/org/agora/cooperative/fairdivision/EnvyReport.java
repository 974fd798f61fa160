package org.agora.cooperative.fairdivision;

/**
 * Envy between every ordered pair of agents under an allocation, in utility units: {@code envy(i, j)
 * = max(0, u_i(X_j) - u_i(X_i))}, and whether the pair is envy-free (EF), envy-free up to one item
 * (EF1: removing some single item from X_j for goods, or from X_i for chores, removes the envy; Budish
 * 2011, Caragiannis et al. 2019, Aziz et al. IJCAI 2019) and envy-free up to any item (EFX: removing
 * any single item does; Caragiannis et al. 2019, with items of zero marginal value counted). Arrays
 * are agent-major, {@code [i * n + j]}. A tolerance of 1e-9 absorbs rounding.
 *
 * @param agentCount n
 * @param envy envy of i towards j, {@code >= 0}
 * @param envyFree1 whether the pair (i, j) is EF1
 * @param envyFreeAny whether the pair (i, j) is EFX
 */
public record EnvyReport(int agentCount, double[] envy, boolean[] envyFree1, boolean[] envyFreeAny) {

  private static final double TOLERANCE = 1e-9;

  public EnvyReport {
    envy = envy.clone();
    envyFree1 = envyFree1.clone();
    envyFreeAny = envyFreeAny.clone();
  }

  /** Computes the report for {@code allocation} of {@code instance}. */
  public static EnvyReport of(FairDivisionInstance instance, Allocation allocation) {
    int n = instance.agentCount();
    int m = instance.itemCount();
    boolean goods = instance.kind() == ItemKind.GOODS;
    double[] envy = new double[n * n];
    boolean[] ef1 = new boolean[n * n];
    boolean[] efx = new boolean[n * n];
    for (int i = 0; i < n; i++) {
      double own = allocation.bundleUtility(instance, i, i);
      for (int j = 0; j < n; j++) {
        if (i == j) {
          ef1[i * n + j] = true;
          efx[i * n + j] = true;
          continue;
        }
        double other = allocation.bundleUtility(instance, i, j);
        double gap = other - own;
        envy[i * n + j] = Math.max(0, gap);
        if (gap <= TOLERANCE) {
          ef1[i * n + j] = true;
          efx[i * n + j] = true;
          continue;
        }
        // Goods: drop an item from X_j (lowers "other" by v_i(e)); chores: drop one from X_i (raises own by c_i(e)).
        int holder = goods ? j : i;
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        boolean any = false;
        for (int e = 0; e < m; e++) {
          if (allocation.ownerOf(e) == holder) {
            double x = instance.entry(i, e);
            any = true;
            largest = Math.max(largest, x);
            smallest = Math.min(smallest, x);
          }
        }
        ef1[i * n + j] = any && gap - largest <= TOLERANCE;
        efx[i * n + j] = any && gap - smallest <= TOLERANCE;
      }
    }
    return new EnvyReport(n, envy, ef1, efx);
  }

  /** The envy of {@code i} towards {@code j}. */
  public double envy(int i, int j) {
    return envy[i * agentCount + j];
  }

  /** The largest envy over all pairs. */
  public double largestEnvy() {
    double max = 0;
    for (double x : envy) {
      max = Math.max(max, x);
    }
    return max;
  }

  /** Whether no agent envies another. */
  public boolean isEnvyFree() {
    return largestEnvy() <= TOLERANCE;
  }

  /** Whether every pair is EF1. */
  public boolean isEf1() {
    return all(envyFree1);
  }

  /** Whether every pair is EFX. */
  public boolean isEfx() {
    return all(envyFreeAny);
  }

  /** Whether the pair (i, j) is EF1. */
  public boolean isEf1(int i, int j) {
    return envyFree1[i * agentCount + j];
  }

  /** Whether the pair (i, j) is EFX. */
  public boolean isEfx(int i, int j) {
    return envyFreeAny[i * agentCount + j];
  }

  private static boolean all(boolean[] flags) {
    for (boolean b : flags) {
      if (!b) {
        return false;
      }
    }
    return true;
  }

  @Override
  public double[] envy() {
    return envy.clone();
  }

  @Override
  public boolean[] envyFree1() {
    return envyFree1.clone();
  }

  @Override
  public boolean[] envyFreeAny() {
    return envyFreeAny.clone();
  }
}
