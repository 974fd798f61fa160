package org.agora.cli.markets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressListener;
import org.agora.evaluation.population.CrossTable;
import org.agora.io.AtomicFiles;
import org.agora.markets.pacing.AuctionSimulationJob;
import org.agora.markets.pacing.AuctionSimulationResult;
import org.agora.markets.pacing.AuctionSimulationSpec;
import org.agora.markets.pacing.BidderPeriodResult;
import org.agora.markets.pacing.PeriodResult;

/**
 * Pacing agents evaluated as a population: for every ordered pair (row, column) of agent strings, one
 * simulation in which the even-numbered bidders run the row agent and the odd-numbered ones the column
 * agent (all bidders the same agent on the diagonal); the cell is the row agent's mean AuctionNet score
 * per bidder and period. Every cell uses the same seed, so all pairs see the same value draws (common
 * random numbers). The table is written in the format of the published RRPS bot table, one line
 * {@code ('row', 'column', value)} per cell, which {@code agora rate --table} and
 * {@code agora evaluate --table} read (Nash averaging, alpha-rank, population metrics).
 */
public final class PacingCrossTable {

  /** The job-run kind under which cross-tables are stored. */
  public static final String KIND = "pacing-cross-table";

  private PacingCrossTable() {}

  /** The table as JSON: the agents and the row-major cells. */
  public static com.fasterxml.jackson.databind.node.ObjectNode json(CrossTable table) {
    var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("kind", KIND);
    var agents = node.putArray("agents");
    table.agents().forEach(agents::add);
    var rows = node.putArray("meanScores");
    for (int row = 0; row < table.size(); row++) {
      var cells = rows.addArray();
      for (double value : table.row(row)) {
        cells.add(value);
      }
    }
    return node;
  }

  /** The text report: a summary and the table (agents numbered, their strings listed below). */
  public static String text(CrossTable table, int simulations, long nanos, String stored) {
    StringBuilder text = new StringBuilder();
    text.append("population: ").append(table.size()).append(" pacing agents, ").append(simulations)
        .append(" simulations in ").append(org.agora.cli.output.Numbers.seconds(nanos)).append('\n');
    text.append("stored:     ").append(stored).append('\n');
    text.append("cross-table: the row agent's mean AuctionNet score per bidder and period against the column agent\n");
    String[] headers = new String[table.size() + 1];
    headers[0] = "AGENT";
    for (int column = 0; column < table.size(); column++) {
      headers[column + 1] = "vs " + column;
    }
    var grid = org.agora.cli.output.TextTable.withHeaders(headers);
    int[] right = new int[table.size()];
    for (int column = 0; column < table.size(); column++) {
      right[column] = column + 1;
    }
    grid.align(org.agora.cli.output.TextTable.Alignment.RIGHT, right);
    for (int row = 0; row < table.size(); row++) {
      Object[] cells = new Object[table.size() + 1];
      cells[0] = row + ": " + AuctionReport.shortened(table.agent(row));
      for (int column = 0; column < table.size(); column++) {
        cells[column + 1] = org.agora.cli.output.Numbers.compact(table.meanReturn(row, column));
      }
      grid.addRow(cells);
    }
    text.append(grid.render());
    for (int row = 0; row < table.size(); row++) {
      if (!AuctionReport.shortened(table.agent(row)).equals(table.agent(row))) {
        text.append(row).append(": ").append(table.agent(row)).append('\n');
      }
    }
    return text.toString();
  }

  /** The specifications of the cells, row-major, built from {@code template}'s rules and sizes. */
  public static List<AuctionSimulationSpec> cells(AuctionSimulationSpec template, List<String> agents) {
    int bidders = template.bidders().size();
    List<AuctionSimulationSpec> cells = new ArrayList<>();
    for (String row : agents) {
      for (String column : agents) {
        List<String> seated = new ArrayList<>(bidders);
        for (int b = 0; b < bidders; b++) {
          seated.add(b % 2 == 0 ? row : column);
        }
        cells.add(new AuctionSimulationSpec(template.format(), seated, template.periods(), template.steps(),
            template.opportunities(), template.reserve(), template.ties(), template.exposure(), -1, template.seed()));
      }
    }
    return cells;
  }

  /** Runs the cells in order, reporting progress in decision steps over all of them, and builds the table. */
  public static CrossTable run(List<String> agents, List<AuctionSimulationSpec> cells, JobContext context) {
    int k = agents.size();
    long perCell = (long) cells.get(0).periods() * cells.get(0).steps();
    long total = perCell * cells.size();
    double[] returns = new double[k * k];
    AuctionSimulationJob job = new AuctionSimulationJob();
    for (int cell = 0; cell < cells.size(); cell++) {
      long offset = perCell * cell;
      ProgressListener shifted = (done, ignored) -> context.progress().progress(offset + done, total);
      JobContext cellContext = new JobContext(shifted, context.cancellation(), context.executor(), context.parallelism());
      AuctionSimulationResult result = job.run(cells.get(cell), cellContext);
      returns[cell] = rowScore(result, cell / k == cell % k);
    }
    return new CrossTable(agents, returns);
  }

  /** The mean score per period of the row agent's bidders (the even-numbered ones; all on the diagonal). */
  static double rowScore(AuctionSimulationResult result, boolean diagonal) {
    double total = 0;
    long count = 0;
    for (PeriodResult period : result.periods()) {
      for (BidderPeriodResult bidder : period.bidders()) {
        if (diagonal || bidder.bidder() % 2 == 0) {
          total += bidder.score();
          count++;
        }
      }
    }
    return total / count;
  }

  /** Writes the table as {@code ('row', 'column', value)} lines, atomically. */
  public static void write(Path file, CrossTable table) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int row = 0; row < table.size(); row++) {
      for (int column = 0; column < table.size(); column++) {
        text.append("('").append(table.agent(row)).append("', '").append(table.agent(column)).append("', ")
            .append(String.format(Locale.ROOT, "%.6f", table.meanReturn(row, column))).append(")\n");
      }
    }
    AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
