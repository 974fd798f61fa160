package org.agora.cooperative.fairdivision;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.core.FileErrorReason;

/**
 * Reads a fair-division instance from CSV: a header {@code agent,ITEM_1,...,ITEM_m} naming the items,
 * then one row per agent, {@code NAME,x_1,...,x_m}, each entry a finite number {@code >= 0} (a value
 * for goods, a cost for chores; the caller says which). Blank lines and lines starting with {@code #}
 * are skipped. Every error is one line naming {@code file:line} and the bad field.
 */
public final class InstanceCsv {

  private InstanceCsv() {}

  /** Reads {@code file}; a missing or unreadable file gives {@code file: reason}. */
  public static FairDivisionInstance read(Path file, ItemKind kind) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString(), kind);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": " + FileErrorReason.of(e));
    }
  }

  /** Parses CSV text; {@code name} labels the errors. */
  public static FairDivisionInstance parse(BufferedReader reader, String name, ItemKind kind) throws IOException {
    List<String> items = null;
    List<String> agents = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    Set<String> seenAgents = new HashSet<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] fields = trimmed.split(",", -1);
      String where = name + ":" + lineNumber + ": ";
      if (items == null) {
        if (fields.length < 2) {
          throw new IllegalArgumentException(where + "the header needs an agent column and at least one item, e.g. agent,apple,pear");
        }
        items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 1; k < fields.length; k++) {
          String item = fields[k].strip();
          if (item.isEmpty()) {
            throw new IllegalArgumentException(where + "item name in column " + (k + 1) + " is empty");
          }
          if (!seen.add(item)) {
            throw new IllegalArgumentException(where + "item name '" + item + "' appears twice in the header");
          }
          items.add(item);
        }
        continue;
      }
      if (fields.length != items.size() + 1) {
        throw new IllegalArgumentException(where + "expected " + (items.size() + 1) + " fields (agent and "
            + items.size() + " items), got " + fields.length);
      }
      String agent = fields[0].strip();
      if (agent.isEmpty()) {
        throw new IllegalArgumentException(where + "agent name is empty");
      }
      if (!seenAgents.add(agent)) {
        throw new IllegalArgumentException(where + "agent '" + agent + "' appears twice");
      }
      double[] row = new double[items.size()];
      for (int k = 0; k < row.length; k++) {
        String field = fields[k + 1].strip();
        double x;
        try {
          x = Double.parseDouble(field);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + "item '" + items.get(k) + "' has '" + field + "', not a number");
        }
        if (!(x >= 0) || Double.isInfinite(x)) {
          throw new IllegalArgumentException(where + "item '" + items.get(k) + "' has " + field
              + "; " + (kind == ItemKind.GOODS ? "values" : "costs") + " must be finite and >= 0");
        }
        row[k] = x;
      }
      agents.add(agent);
      rows.add(row);
    }
    if (items == null) {
      throw new IllegalArgumentException(name + ": empty file; expected a header agent,ITEM,... and a row per agent");
    }
    if (agents.isEmpty()) {
      throw new IllegalArgumentException(name + ": no agent rows after the header");
    }
    int m = items.size();
    double[] flat = new double[agents.size() * m];
    for (int i = 0; i < agents.size(); i++) {
      System.arraycopy(rows.get(i), 0, flat, i * m, m);
    }
    return new FairDivisionInstance(kind, agents, items, flat);
  }
}
