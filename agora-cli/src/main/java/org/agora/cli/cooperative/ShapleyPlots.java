package org.agora.cli.cooperative;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.agora.cli.output.Numbers;
import org.agora.cooperative.CoalitionGame;
import org.agora.cooperative.shapley.ErrorCurves;
import org.agora.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * The error-versus-budget plot of {@code agora shapley --plot DIR}: for every sampling estimator, the
 * mean squared error against the exact Shapley values ({@link ErrorCurves}) on a budget grid, on
 * log-log axes, as {@value #PNG} and {@value #HTML} (self-contained: inline style, the picture as
 * base64 data, no script, no external reference). Budgets below an estimator's minimum are skipped.
 */
public final class ShapleyPlots {

  /** The picture's file name. */
  public static final String PNG = "shapley-error.png";
  /** The page's file name. */
  public static final String HTML = "shapley-error.html";

  /** Points per curve: budgets top / 2^k for k = 0 .. POINTS - 1. */
  static final int POINTS = 8;

  private static final Color[] COLOURS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
      new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233)};

  private ShapleyPlots() {}

  /** The budget grid ending at {@code top}, increasing, halving downwards, each at least 2. */
  public static long[] budgets(long top) {
    List<Long> grid = new ArrayList<>();
    for (long budget = top; budget >= 2 && grid.size() < POINTS; budget /= 2) {
      grid.add(0, budget);
    }
    return grid.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Computes the curves of {@code estimators} on {@code game} (each point averaged over {@code seeds}
   * seeds), skipping budgets an estimator refuses as too small.
   */
  public static List<ErrorCurves.Point> curves(CoalitionGame game, List<String> estimators, long[] budgets,
      int seeds, Runnable afterPoint) {
    List<ErrorCurves.Point> points = new ArrayList<>();
    for (String estimator : estimators) {
      for (long budget : budgets) {
        try {
          points.addAll(ErrorCurves.compute(game, List.of(estimator), new long[] {budget}, seeds));
        } catch (IllegalArgumentException tooSmall) {
          // below this estimator's minimum budget: no point
        }
        afterPoint.run();
      }
    }
    return points;
  }

  /** Writes both files into {@code directory} (created when missing) and returns their paths, the picture first. */
  public static List<Path> write(Path directory, String game, int seeds, List<ErrorCurves.Point> points)
      throws IOException {
    Files.createDirectories(directory);
    byte[] png = png(game, seeds, points);
    Path picture = directory.resolve(PNG);
    AtomicFiles.write(picture, png);
    Path page = directory.resolve(HTML);
    AtomicFiles.write(page, html(game, seeds, points, png).getBytes(StandardCharsets.UTF_8));
    return List.of(picture, page);
  }

  private static byte[] png(String game, int seeds, List<ErrorCurves.Point> points) throws IOException {
    XYChart chart = new XYChartBuilder().width(1000).height(620)
        .title("Mean squared error against the exact Shapley values, " + game + ", " + seeds + " seeds")
        .xAxisTitle("budget (coalition evaluations, log scale)").yAxisTitle("MSE (log scale)").build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    int index = 0;
    for (String estimator : estimators(points)) {
      List<double[]> xy = new ArrayList<>();
      for (ErrorCurves.Point point : points) {
        if (point.estimator().equals(estimator) && point.meanSquaredError() > 0) {
          xy.add(new double[] {point.budget(), point.meanSquaredError()});
        }
      }
      if (xy.isEmpty()) {
        continue; // an estimator exact on this game has nothing to draw on a log axis
      }
      double[] x = new double[xy.size()];
      double[] y = new double[xy.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = xy.get(i)[0];
        y[i] = xy.get(i)[1];
      }
      XYSeries line = chart.addSeries(estimator, x, y);
      line.setLineColor(COLOURS[index % COLOURS.length]);
      line.setMarkerColor(COLOURS[index++ % COLOURS.length]);
      line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    }
    if (index == 0) {
      chart.addSeries("(every estimate exact)", new double[] {1}, new double[] {1});
    }
    return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
  }

  private static List<String> estimators(List<ErrorCurves.Point> points) {
    List<String> names = new ArrayList<>();
    for (ErrorCurves.Point point : points) {
      if (!names.contains(point.estimator())) {
        names.add(point.estimator());
      }
    }
    return names;
  }

  private static String html(String game, int seeds, List<ErrorCurves.Point> points, byte[] png) {
    StringBuilder page = new StringBuilder(png.length * 4 / 3 + 4096);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Shapley estimators: ")
        .append(escape(game)).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em auto;max-width:1040px;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}th,td{padding:.25em .75em;border-bottom:1px solid #ddd}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}\n")
        .append("</style>\n</head>\n<body>\n<h1>Shapley estimators: error against budget</h1>\n<p>")
        .append(escape(game)).append(", mean over ").append(seeds).append(" seeds (1 to ").append(seeds)
        .append(") and over players of the squared error against the exact Shapley values.</p>\n")
        .append("<p><img alt=\"mean squared error against budget, log-log axes, one line per estimator\" ")
        .append("src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\"></p>\n")
        .append("<table>\n<tr><th>Estimator</th><th>Budget</th><th>MSE</th><th>Std error</th></tr>\n");
    for (ErrorCurves.Point point : points) {
      page.append("<tr><td>").append(escape(point.estimator())).append("</td><td class=\"n\">")
          .append(Numbers.grouped(point.budget())).append("</td><td class=\"n\">")
          .append(escape(Numbers.compact(point.meanSquaredError()))).append("</td><td class=\"n\">")
          .append(escape(Numbers.compact(point.standardError()))).append("</td></tr>\n");
    }
    return page.append("</table>\n</body>\n</html>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
