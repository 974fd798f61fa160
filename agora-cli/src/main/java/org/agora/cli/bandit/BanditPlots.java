package org.agora.cli.bandit;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.agora.cli.output.Numbers;
import org.agora.io.AtomicFiles;
import org.agora.learning.bandits.experiment.BanditExperimentResult;
import org.agora.learning.bandits.experiment.BanditExperimentSpec;
import org.agora.learning.bandits.experiment.RegretSummary;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The regret curves of a bandit experiment: {@value #PNG} (mean cumulative regret against the round on
 * a logarithmic x axis, one line per (policy, problem), the 10-90% quantile band shaded lightly and
 * the 95% confidence band darker) and {@value #HTML}, a self-contained page (inline style, the picture
 * as base64 PNG data, no script, no external reference) with the same picture and the table of final
 * regrets. Each file is written to a temporary file and renamed over its target, the page last.
 */
public final class BanditPlots {

  /** The picture's file name. */
  public static final String PNG = "regret-curves.png";
  /** The page's file name. */
  public static final String HTML = "regret-curves.html";

  /** Line colours, cycled (a colour-blind-safe palette). */
  private static final Color[] COLOURS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
      new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0),
      new Color(240, 228, 66)};

  private BanditPlots() {}

  /**
   * What the picture and the page say around the curves.
   *
   * @param heading the page's heading, e.g. {@code Bandit regret}
   * @param title the run's title, e.g. {@code 3 policies x 1 problem, horizon 100,000, 20 seeds}
   * @param seed the run's seed
   * @param seeds the runs per curve
   * @param quantity what is plotted, e.g. {@code regret} or {@code group regret}
   * @param problemHeader the table's problem column, e.g. {@code Problem} or {@code Network}
   * @param oneProblem true when the legend names the policy only
   */
  public record Labels(String heading, String title, long seed, int seeds, String quantity, String problemHeader,
      boolean oneProblem) {}

  /** Writes both files into {@code directory} (created when missing) and returns their paths, the picture first. */
  public static List<Path> write(Path directory, BanditExperimentResult result) throws IOException {
    return write(directory, result.summaries(), labels(result));
  }

  /**
   * Writes the curves of {@code summaries} into {@code directory} (created when missing), as {@value #PNG} and
   * {@value #HTML}, and returns their paths, the picture first.
   */
  public static List<Path> write(Path directory, List<RegretSummary> summaries, Labels labels) throws IOException {
    Files.createDirectories(directory);
    byte[] png = png(summaries, labels);
    Path picture = directory.resolve(PNG);
    AtomicFiles.write(picture, png);
    Path page = directory.resolve(HTML);
    AtomicFiles.write(page, html(summaries, labels, png).getBytes(StandardCharsets.UTF_8));
    return List.of(picture, page);
  }

  private static Labels labels(BanditExperimentResult result) {
    BanditExperimentSpec spec = result.spec();
    return new Labels("Bandit regret", BanditReport.title(spec), spec.seed(), spec.seeds(), "regret", "Problem",
        spec.problems().size() == 1);
  }

  /** The chart as PNG bytes. */
  static byte[] png(BanditExperimentResult result) throws IOException {
    return png(result.summaries(), labels(result));
  }

  private static byte[] png(List<RegretSummary> summaries, Labels labels) throws IOException {
    XYChart chart = new XYChartBuilder().width(1000).height(620)
        .title("Cumulative " + labels.quantity() + ", mean of " + labels.seeds() + (labels.seeds() == 1 ? " seed"
            : " seeds") + " (bands: 95% CI, 10-90% quantiles)")
        .xAxisTitle("round t (log scale)").yAxisTitle("cumulative " + labels.quantity()).build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    boolean oneProblem = labels.oneProblem();
    int index = 0;
    for (RegretSummary summary : summaries) {
      Color colour = COLOURS[index++ % COLOURS.length];
      String name = oneProblem ? summary.policy() : summary.policy() + " on " + summary.problem();
      double[] x = new double[summary.rounds().length];
      for (int i = 0; i < x.length; i++) {
        x[i] = summary.rounds()[i];
      }
      band(chart, name + " 10-90%", x, summary.quantile10(), summary.quantile90(), withAlpha(colour, 40));
      band(chart, name + " 95%", x, summary.lower95(), summary.upper95(), withAlpha(colour, 90));
      XYSeries line = chart.addSeries(name, x, summary.mean());
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(colour);
      line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    }
    return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
  }

  /** A shaded polygon between {@code lower} and {@code upper}: along the upper edge, back along the lower one. */
  private static void band(XYChart chart, String name, double[] x, double[] lower, double[] upper, Color fill) {
    int n = x.length;
    double[] polygonX = new double[2 * n];
    double[] polygonY = new double[2 * n];
    for (int i = 0; i < n; i++) {
      polygonX[i] = x[i];
      polygonY[i] = upper[i];
      polygonX[2 * n - 1 - i] = x[i];
      polygonY[2 * n - 1 - i] = lower[i];
    }
    XYSeries series = chart.addSeries(name, polygonX, polygonY);
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    series.setMarker(SeriesMarkers.NONE);
    series.setFillColor(fill);
    series.setLineColor(new Color(0, 0, 0, 0));
    series.setShowInLegend(false);
  }

  private static Color withAlpha(Color colour, int alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
  }

  /** The page as text. */
  static String html(BanditExperimentResult result, byte[] png) {
    return html(result.summaries(), labels(result), png);
  }

  private static String html(List<RegretSummary> summaries, Labels labels, byte[] png) {
    StringBuilder page = new StringBuilder(png.length * 4 / 3 + 4096);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(labels.heading())).append(": ")
        .append(escape(labels.title())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em auto;max-width:1040px;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}th,td{padding:.25em .75em;border-bottom:1px solid #ddd}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(labels.heading())).append("</h1>\n<p>")
        .append(escape(labels.title())).append(", seed ").append(labels.seed()).append(".</p>\n");
    page.append("<p><img alt=\"mean cumulative regret against the round, log x axis, with shaded bands\" ")
        .append("src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\"></p>\n");
    page.append("<p>Lines: mean cumulative (pseudo-)").append(escape(labels.quantity())).append(" over the seeds. Dark band: mean &plusmn; 1.96 standard")
        .append(" errors. Light band: 10% to 90% quantiles of the seeds.</p>\n");
    page.append("<table>\n<tr><th>Policy</th><th>").append(escape(labels.problemHeader())).append("</th><th>Final ")
        .append(escape(labels.quantity())).append("</th><th>&plusmn; 95%</th><th>SD</th>")
        .append("<th>Min</th><th>Max</th><th>Time</th></tr>\n");
    for (RegretSummary summary : summaries) {
      page.append("<tr><td>").append(escape(summary.policy())).append("</td><td>").append(escape(summary.problem()))
          .append("</td>");
      cell(page, Numbers.fixed(summary.finalMean(), 2));
      cell(page, Numbers.fixed(summary.finalHalfWidth(), 2));
      cell(page, Numbers.fixed(summary.finalStandardDeviation(), 2));
      cell(page, Numbers.fixed(summary.finalMin(), 2));
      cell(page, Numbers.fixed(summary.finalMax(), 2));
      cell(page, Numbers.seconds(summary.nanos()));
      page.append("</tr>\n");
    }
    return page.append("</table>\n</body>\n</html>\n").toString();
  }

  private static void cell(StringBuilder page, String text) {
    page.append("<td class=\"n\">").append(escape(text)).append("</td>");
  }

  /** Escapes text for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
}
