package org.agora.cooperative.fairdivision;

import java.util.List;

/**
 * n agents, m indivisible items and additive valuations: {@code entry(i, e)} is agent i's value of
 * good e (or cost of chore e), finite and {@code >= 0}. Entries are stored agent-major in one flat
 * array ({@code entries[i * m + e]}).
 *
 * @param kind goods or chores
 * @param agentNames one name per agent
 * @param itemNames one name per item
 * @param entries agent-major values or costs, {@code n * m} of them
 */
public record FairDivisionInstance(ItemKind kind, List<String> agentNames, List<String> itemNames, double[] entries) {

  public FairDivisionInstance {
    agentNames = List.copyOf(agentNames);
    itemNames = List.copyOf(itemNames);
    if (agentNames.isEmpty()) {
      throw new IllegalArgumentException("an instance needs at least one agent");
    }
    if (entries.length != agentNames.size() * itemNames.size()) {
      throw new IllegalArgumentException("an instance of " + agentNames.size() + " agents and " + itemNames.size()
          + " items needs " + agentNames.size() * itemNames.size() + " entries, got " + entries.length);
    }
    for (int k = 0; k < entries.length; k++) {
      if (!(entries[k] >= 0) || Double.isInfinite(entries[k])) {
        throw new IllegalArgumentException("agent " + agentNames.get(k / itemNames.size()) + " item "
            + itemNames.get(k % itemNames.size()) + " has " + entries[k] + "; values and costs must be finite and >= 0");
      }
    }
    entries = entries.clone();
  }

  /** An instance with agents {@code a0, a1, ...} and items {@code i0, i1, ...} from a row per agent. */
  public static FairDivisionInstance of(ItemKind kind, double[][] rows) {
    int n = rows.length;
    int m = n == 0 ? 0 : rows[0].length;
    double[] flat = new double[n * m];
    String[] agents = new String[n];
    String[] items = new String[m];
    for (int i = 0; i < n; i++) {
      if (rows[i].length != m) {
        throw new IllegalArgumentException("agent row " + i + " has " + rows[i].length + " entries, expected " + m);
      }
      System.arraycopy(rows[i], 0, flat, i * m, m);
      agents[i] = "a" + i;
    }
    for (int e = 0; e < m; e++) {
      items[e] = "i" + e;
    }
    return new FairDivisionInstance(kind, List.of(agents), List.of(items), flat);
  }

  /** The number of agents n. */
  public int agentCount() {
    return agentNames.size();
  }

  /** The number of items m. */
  public int itemCount() {
    return itemNames.size();
  }

  /** Agent {@code agent}'s value (goods) or cost (chores) of {@code item}. */
  public double entry(int agent, int item) {
    return entries[agent * itemNames.size() + item];
  }

  /** Agent {@code agent}'s utility for {@code item}: the value for goods, minus the cost for chores. */
  public double utility(int agent, int item) {
    double x = entry(agent, item);
    return kind == ItemKind.GOODS ? x : -x;
  }

  /** Agent {@code agent}'s value or cost of all items together. */
  public double total(int agent) {
    int m = itemNames.size();
    double sum = 0;
    for (int e = 0; e < m; e++) {
      sum += entries[agent * m + e];
    }
    return sum;
  }

  @Override
  public double[] entries() {
    return entries.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FairDivisionInstance x && x.kind == kind && x.agentNames.equals(agentNames)
        && x.itemNames.equals(itemNames) && java.util.Arrays.equals(x.entries, entries);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, agentNames, itemNames) * 31 + java.util.Arrays.hashCode(entries);
  }
}
