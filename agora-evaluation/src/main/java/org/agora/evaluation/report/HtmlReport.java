package org.agora.evaluation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.agora.evaluation.population.AgentMetrics;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.Interval;
import org.agora.evaluation.population.MetricIntervals;
import org.agora.evaluation.rating.EloRating;
import org.agora.evaluation.rating.Glicko2Rating;
import org.agora.evaluation.rating.MatchStreamRatings;
import org.agora.evaluation.rating.RatedAgent;
import org.agora.evaluation.rating.WengLinRating;

/**
 * Writes an {@link EvaluationReport} into a directory as one self-contained HTML page
 * ({@value #HTML}: inline style, pictures embedded as base64 PNG data, no script and no external
 * reference, so it opens offline) and the same pictures as PNG files beside it
 * ({@value #HEATMAP}, {@value #RANKING} and, with match-stream ratings, {@value #ELO}). Every agent
 * name and every other text from the input is HTML-escaped. Every file is written to a temporary
 * file in the directory and renamed over its target, the page last, so a failure never leaves a
 * partial file.
 */
public final class HtmlReport {

  /** The page's file name. */
  public static final String HTML = "report.html";
  /** The cross-table heatmap. */
  public static final String HEATMAP = "cross-table.png";
  /** The aggregate-score ranking chart. */
  public static final String RANKING = "aggregate-score.png";
  /** The Elo trajectories. */
  public static final String ELO = "elo.png";

  private HtmlReport() {}

  /**
   * Writes the report into {@code directory} (created if missing) and returns the files written,
   * the page first.
   *
   * @throws IOException if the directory cannot be created or a file cannot be written
   */
  public static List<Path> write(EvaluationReport report, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<AgentMetrics> ranked = report.metrics().rankedByAggregateScore();
    List<Interval> aggregateIntervals = report.intervals().isEmpty() ? null
        : ranked.stream().map(agent -> report.intervals().get(report.table().indexOf(agent.agent())).aggregateScore())
            .toList();
    byte[] heatmap = ReportCharts.heatmap(report.table());
    byte[] ranking = ReportCharts.ranking(ranked, aggregateIntervals);
    byte[] elo = report.streamRatings() == null ? null : ReportCharts.eloTrajectories(report.streamRatings());
    List<Path> written = new ArrayList<>();
    written.add(directory.resolve(HTML));
    writeAtomically(directory.resolve(HEATMAP), heatmap);
    written.add(directory.resolve(HEATMAP));
    writeAtomically(directory.resolve(RANKING), ranking);
    written.add(directory.resolve(RANKING));
    if (elo != null) {
      writeAtomically(directory.resolve(ELO), elo);
      written.add(directory.resolve(ELO));
    }
    writeAtomically(directory.resolve(HTML), html(report, ranked, heatmap, ranking, elo).getBytes(StandardCharsets.UTF_8));
    return List.copyOf(written);
  }

  /** The page as text. */
  static String html(EvaluationReport report, List<AgentMetrics> ranked, byte[] heatmap, byte[] ranking, byte[] elo) {
    CrossTable table = report.table();
    StringBuilder page = new StringBuilder(1 << 16);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(report.title())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
        .append("th,td{border:1px solid #ccc;padding:2px 8px}td.n{text-align:right;font-variant-numeric:tabular-nums}")
        .append("th{background:#f0f0f0}img{max-width:100%}caption{text-align:left;font-weight:bold}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(report.title())).append("</h1>\n<p>Source: ")
        .append(escape(report.source())).append(". ").append(table.size()).append(" agents.");
    if (!report.intervals().isEmpty()) {
      page.append(" Intervals: percentile bootstrap over each pairing's matches (Efron 1979).");
    }
    page.append("</p>\n");
    metricsTable(page, report, ranked);
    image(page, "Aggregate score", ranking);
    if (report.tableRatings() != null) {
      tableRatings(page, report.tableRatings());
    }
    if (report.streamRatings() != null) {
      streamRatings(page, report.streamRatings());
      image(page, "Elo ratings over the match stream", elo);
    }
    page.append("<h2>Cross-table</h2>\n<p>Mean return of the row agent against the column agent.</p>\n");
    image(page, "Cross-table heatmap", heatmap);
    crossTable(page, table);
    page.append("</body>\n</html>\n");
    return page.toString();
  }

  private static void metricsTable(StringBuilder page, EvaluationReport report, List<AgentMetrics> ranked) {
    boolean withIntervals = !report.intervals().isEmpty();
    page.append("<table id=\"metrics\">\n<caption>Population metrics (Lanctot et al., TMLR 2023), by aggregate score"
        + "</caption>\n<tr><th>rank</th><th>agent</th><th>aggregate score</th>");
    if (withIntervals) {
      page.append("<th>interval</th>");
    }
    page.append("<th>population return</th>");
    if (withIntervals) {
      page.append("<th>interval</th>");
    }
    page.append("<th>within-population exploitability</th>");
    if (withIntervals) {
      page.append("<th>interval</th>");
    }
    page.append("</tr>\n");
    int rank = 1;
    for (AgentMetrics agent : ranked) {
      page.append("<tr><td class=\"n\">").append(rank++).append("</td><td>").append(escape(agent.agent())).append("</td>");
      MetricIntervals intervals = withIntervals ? report.intervals().get(report.table().indexOf(agent.agent())) : null;
      cell(page, agent.aggregateScore());
      if (intervals != null) {
        interval(page, intervals.aggregateScore());
      }
      cell(page, agent.populationReturn());
      if (intervals != null) {
        interval(page, intervals.populationReturn());
      }
      cell(page, agent.withinPopulationExploitability());
      if (intervals != null) {
        interval(page, intervals.withinPopulationExploitability());
      }
      page.append("</tr>\n");
    }
    page.append("</table>\n");
  }

  private static void tableRatings(StringBuilder page, CrossTableRatings ratings) {
    double[] mass = ratings.alphaRankMass();
    double[] weights = ratings.nashWeights();
    double[] nash = ratings.nashRatings();
    List<Integer> order = IntStream.range(0, ratings.agents().size()).boxed()
        .sorted(Comparator.comparingDouble((Integer a) -> -nash[a]).thenComparingDouble(a -> -mass[a])
            .thenComparing(a -> ratings.agents().get(a)))
        .toList();
    page.append("<h2>Game-theoretic ratings</h2>\n<table id=\"table-ratings\">\n<caption>Nash averaging (Balduzzi et al.,"
        + " NeurIPS 2018) and alpha-rank (Omidshafiei et al., 2019; alpha ")
        .append(format(ratings.alpha())).append(", m ").append(ratings.populationSize())
        .append(")</caption>\n<tr><th>rank</th><th>agent</th><th>Nash rating</th><th>Nash weight</th>"
            + "<th>alpha-rank mass</th></tr>\n");
    int rank = 1;
    for (int a : order) {
      page.append("<tr><td class=\"n\">").append(rank++).append("</td><td>").append(escape(ratings.agents().get(a)))
          .append("</td>");
      cell(page, nash[a]);
      cell(page, weights[a]);
      cell(page, mass[a]);
      page.append("</tr>\n");
    }
    page.append("</table>\n");
  }

  private static void streamRatings(StringBuilder page, MatchStreamRatings ratings) {
    page.append("<h2>Ratings from the match stream</h2>\n<p>Matches replayed round by round (match m of every pairing"
        + " forms round m; one Glicko-2 rating period per round).</p>\n");
    page.append("<table id=\"elo\">\n<caption>Elo (K 32)</caption>\n<tr><th>rank</th><th>agent</th><th>rating</th>"
        + "<th>matches</th></tr>\n");
    int rank = 1;
    for (RatedAgent<EloRating> row : ratings.elo()) {
      page.append("<tr><td class=\"n\">").append(rank++).append("</td><td>").append(escape(row.agent())).append("</td>");
      cell(page, row.rating().rating());
      page.append("<td class=\"n\">").append(row.matches()).append("</td></tr>\n");
    }
    page.append("</table>\n<table id=\"glicko2\">\n<caption>Glicko-2</caption>\n<tr><th>rank</th><th>agent</th>"
        + "<th>rating</th><th>deviation</th><th>95% interval</th><th>volatility</th></tr>\n");
    rank = 1;
    for (RatedAgent<Glicko2Rating> row : ratings.glicko2()) {
      Glicko2Rating rating = row.rating();
      page.append("<tr><td class=\"n\">").append(rank++).append("</td><td>").append(escape(row.agent())).append("</td>");
      cell(page, rating.rating());
      cell(page, rating.deviation());
      interval(page, new Interval(rating.lowerBound(), rating.upperBound()));
      cell(page, rating.volatility());
      page.append("</tr>\n");
    }
    page.append("</table>\n<table id=\"weng-lin\">\n<caption>Weng–Lin (Plackett–Luce, as OpenSkill)</caption>\n"
        + "<tr><th>rank</th><th>agent</th><th>mu - 3 sigma</th><th>mu</th><th>sigma</th></tr>\n");
    rank = 1;
    for (RatedAgent<WengLinRating> row : ratings.wengLin()) {
      page.append("<tr><td class=\"n\">").append(rank++).append("</td><td>").append(escape(row.agent())).append("</td>");
      cell(page, row.rating().ordinal());
      cell(page, row.rating().mu());
      cell(page, row.rating().sigma());
      page.append("</tr>\n");
    }
    page.append("</table>\n");
  }

  private static void crossTable(StringBuilder page, CrossTable table) {
    page.append("<details><summary>Cross-table values</summary>\n<table id=\"cross-table\">\n<tr><th></th>");
    for (int j = 0; j < table.size(); j++) {
      page.append("<th title=\"").append(escape(table.agent(j))).append("\">").append(j + 1).append("</th>");
    }
    page.append("</tr>\n");
    for (int i = 0; i < table.size(); i++) {
      page.append("<tr><th>").append(i + 1).append(' ').append(escape(table.agent(i))).append("</th>");
      for (int j = 0; j < table.size(); j++) {
        cell(page, table.meanReturn(i, j));
      }
      page.append("</tr>\n");
    }
    page.append("</table>\n</details>\n");
  }

  private static void image(StringBuilder page, String alt, byte[] png) {
    page.append("<p><img alt=\"").append(escape(alt)).append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png)).append("\"></p>\n");
  }

  private static void cell(StringBuilder page, double value) {
    page.append("<td class=\"n\">").append(format(value)).append("</td>");
  }

  private static void interval(StringBuilder page, Interval interval) {
    page.append("<td class=\"n\">[").append(format(interval.lower())).append(", ").append(format(interval.upper()))
        .append("]</td>");
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    String text = String.format(Locale.ROOT, "%.6g", value);
    return text.contains("e") || !text.contains(".") ? text : text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** {@code text} with the five HTML-special characters replaced by entities. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Writes {@code bytes} to a new temporary file beside {@code target} (created like any new file,
   * so with the process's umask, not owner-only), then renames it over the target.
   */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = null;
    for (int attempt = 0; temporary == null; attempt++) {
      Path candidate = directory.resolve("." + target.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.write(candidate, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        temporary = candidate;
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 100) {
          throw taken;
        }
      }
    }
    try {
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
