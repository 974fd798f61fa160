package org.agora.cli.cooperative;

import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.cli.output.TextTable.Alignment;
import org.agora.cooperative.fairdivision.ItemKind;
import org.agora.cooperative.fairdivision.Welfare;

/**
 * {@code agora allocate} output: per agent its bundle, its value (or cost), its maximin share and MMS
 * ratio, whether it is envy-free, EF1 and EFX towards every other agent, and its largest envy; then
 * the welfare measures of {@link Welfare} (for chores, the Gini coefficient of the costs). Or the
 * same as JSON or CSV.
 */
public final class AllocationReport {

  private AllocationReport() {}

  /** The welfare measures: utilitarian, egalitarian, Nash log-sum, Gini. */
  static double[] welfare(AllocationResult result) {
    double[] utilities = result.utilities();
    double[] ownEntries = new double[utilities.length];
    for (int i = 0; i < utilities.length; i++) {
      ownEntries[i] = result.allocation().bundleEntry(result.instance(), i, i);
    }
    return new double[] {Welfare.utilitarian(utilities), Welfare.egalitarian(utilities),
        Welfare.nashLogSum(utilities), Welfare.gini(ownEntries)};
  }

  /** The human-readable report. */
  public static String text(AllocationResult result) {
    boolean goods = result.instance().kind() == ItemKind.GOODS;
    StringBuilder out = new StringBuilder();
    out.append(result.rule()).append(" on ").append(result.source()).append(": ").append(result.instance().agentCount())
        .append(" agents, ").append(result.instance().itemCount()).append(goods ? " goods" : " chores").append('\n');
    TextTable table = TextTable.withHeaders("agent", "bundle", goods ? "value" : "cost", "MMS", "MMS ratio", "EF",
        "EF1", "EFX", "largest envy");
    table.align(Alignment.RIGHT, 2, 3, 4, 8);
    for (int i = 0; i < result.instance().agentCount(); i++) {
      boolean[] fair = result.fairness(i);
      table.addRow(result.instance().agentNames().get(i), result.bundle(i),
          Numbers.compact(result.allocation().bundleEntry(result.instance(), i, i)), Numbers.compact(result.mms()[i]),
          Numbers.fixed(result.mmsRatios()[i], 3), yes(fair[0]), yes(fair[1]), yes(fair[2]),
          Numbers.compact(result.largestEnvy(i)));
    }
    out.append(table.render());
    out.append("allocation: EF ").append(yes(result.envy().isEnvyFree())).append(", EF1 ")
        .append(yes(result.envy().isEf1())).append(", EFX ").append(yes(result.envy().isEfx()))
        .append("; largest envy ").append(Numbers.compact(result.envy().largestEnvy())).append('\n');
    double[] welfare = welfare(result);
    out.append("welfare: utilitarian ").append(Numbers.compact(welfare[0])).append(", egalitarian ")
        .append(Numbers.compact(welfare[1])).append(", Nash (log of product) ").append(Numbers.compact(welfare[2]))
        .append(", Gini ").append(Numbers.fixed(welfare[3], 3)).append(goods ? "" : " (of the costs)").append('\n');
    return out.toString();
  }

  /** The report as JSON. */
  public static String json(AllocationResult result) {
    JsonWriter json = new JsonWriter().beginObject().field("file", result.source()).field("rule", result.rule())
        .field("kind", result.instance().kind().name().toLowerCase(java.util.Locale.ROOT));
    json.name("agents").beginArray();
    for (int i = 0; i < result.instance().agentCount(); i++) {
      boolean[] fair = result.fairness(i);
      json.beginObject().field("agent", result.instance().agentNames().get(i));
      json.name("bundle").beginArray();
      for (int e = 0; e < result.instance().itemCount(); e++) {
        if (result.allocation().ownerOf(e) == i) {
          json.value(result.instance().itemNames().get(e));
        }
      }
      json.endArray().field("own", result.allocation().bundleEntry(result.instance(), i, i))
          .field("utility", result.utilities()[i]).field("mms", result.mms()[i])
          .field("mmsRatio", result.mmsRatios()[i]).field("envyFree", fair[0]).field("ef1", fair[1])
          .field("efx", fair[2]).field("largestEnvy", result.largestEnvy(i)).endObject();
    }
    json.endArray();
    double[] welfare = welfare(result);
    json.field("envyFree", result.envy().isEnvyFree()).field("ef1", result.envy().isEf1())
        .field("efx", result.envy().isEfx()).field("largestEnvy", result.envy().largestEnvy());
    json.name("welfare").beginObject().field("utilitarian", welfare[0]).field("egalitarian", welfare[1])
        .field("nashLogSum", welfare[2]).field("gini", welfare[3]).endObject();
    return json.endObject().toString() + "\n";
  }

  /** One CSV line per agent. */
  public static String csv(AllocationResult result) {
    CsvWriter csv = new CsvWriter("agent", "bundle", "own", "utility", "mms", "mms_ratio", "envy_free", "ef1", "efx",
        "largest_envy");
    for (int i = 0; i < result.instance().agentCount(); i++) {
      boolean[] fair = result.fairness(i);
      csv.row(result.instance().agentNames().get(i), result.bundle(i),
          result.allocation().bundleEntry(result.instance(), i, i), result.utilities()[i], result.mms()[i],
          result.mmsRatios()[i], fair[0], fair[1], fair[2], result.largestEnvy(i));
    }
    return csv.toString();
  }

  private static String yes(boolean flag) {
    return flag ? "yes" : "no";
  }
}
