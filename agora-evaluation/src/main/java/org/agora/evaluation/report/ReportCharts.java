package org.agora.evaluation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.agora.evaluation.population.AgentMetrics;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.Interval;
import org.agora.evaluation.rating.MatchStreamRatings;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's pictures as PNG bytes: the cross-table heatmap and the ranking chart are drawn with
 * Java2D (exact layout, asymmetric interval whiskers), the Elo trajectories with XChart. Sizes are
 * functions of the number of agents only ({@link #heatmapWidth}, ...), so tests can check them.
 */
final class ReportCharts {

  static final int MARGIN = 160;
  static final int LEGEND = 90;
  static final int RANKING_WIDTH = 900;
  static final int RANKING_ROW = 18;
  static final int TRAJECTORY_WIDTH = 900;
  static final int TRAJECTORY_HEIGHT = 560;
  private static final int MAX_LABEL = 22;

  private ReportCharts() {}

  static int heatmapCell(int agents) {
    return agents <= 12 ? 36 : agents <= 30 ? 20 : 14;
  }

  static int heatmapWidth(int agents) {
    return MARGIN + agents * heatmapCell(agents) + LEGEND;
  }

  static int heatmapHeight(int agents) {
    return MARGIN + agents * heatmapCell(agents) + 20;
  }

  static int rankingHeight(int agents) {
    return 70 + agents * RANKING_ROW;
  }

  /** Cross-table heatmap: blue where the row agent wins, red where it loses, white at 0. */
  static byte[] heatmap(CrossTable table) {
    int n = table.size();
    int cell = heatmapCell(n);
    BufferedImage image = new BufferedImage(heatmapWidth(n), heatmapHeight(n), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    double scale = 0;
    for (double value : table.meanReturns()) {
      scale = Math.max(scale, Math.abs(value));
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.min(12, cell - 2)));
    FontMetrics metrics = g.getFontMetrics();
    for (int i = 0; i < n; i++) {
      String label = label(table.agent(i));
      g.setColor(Color.BLACK);
      g.drawString(label, MARGIN - 6 - metrics.stringWidth(label), MARGIN + i * cell + (cell + metrics.getAscent()) / 2 - 1);
      AffineTransform saved = g.getTransform();
      g.translate(MARGIN + i * cell + (cell + metrics.getAscent()) / 2 - 1, MARGIN - 6);
      g.rotate(-Math.PI / 2);
      g.drawString(label, 0, 0);
      g.setTransform(saved);
      for (int j = 0; j < n; j++) {
        g.setColor(diverging(scale == 0 ? 0 : table.meanReturn(i, j) / scale));
        g.fillRect(MARGIN + j * cell, MARGIN + i * cell, cell, cell);
      }
    }
    g.setColor(Color.GRAY);
    g.drawRect(MARGIN, MARGIN, n * cell, n * cell);
    int legendX = MARGIN + n * cell + 20;
    int legendHeight = n * cell;
    for (int y = 0; y < legendHeight; y++) {
      g.setColor(diverging(1 - 2.0 * y / Math.max(1, legendHeight - 1)));
      g.drawLine(legendX, MARGIN + y, legendX + 14, MARGIN + y);
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawString(number(scale), legendX + 18, MARGIN + 10);
    g.drawString("0", legendX + 18, MARGIN + legendHeight / 2 + 4);
    g.drawString(number(-scale), legendX + 18, MARGIN + legendHeight);
    g.drawString("row vs column", 8, 16);
    g.dispose();
    return png(image);
  }

  /**
   * Ranking chart: one row per agent (in the given order), a bar of the aggregate score from 0 and,
   * when given, a whisker over its interval.
   */
  static byte[] ranking(List<AgentMetrics> ranked, List<Interval> intervals) {
    int n = ranked.size();
    BufferedImage image = new BufferedImage(RANKING_WIDTH, rankingHeight(n), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    double low = 0;
    double high = 0;
    for (int a = 0; a < n; a++) {
      low = Math.min(low, ranked.get(a).aggregateScore());
      high = Math.max(high, ranked.get(a).aggregateScore());
      if (intervals != null) {
        low = Math.min(low, intervals.get(a).lower());
        high = Math.max(high, intervals.get(a).upper());
      }
    }
    if (high == low) {
      high = low + 1;
    }
    int left = MARGIN;
    int right = RANKING_WIDTH - 30;
    double from = low;
    double span = high - low;
    java.util.function.DoubleToIntFunction x = value -> left + (int) Math.round((value - from) / span * (right - left));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics metrics = g.getFontMetrics();
    g.setColor(Color.BLACK);
    g.drawString("aggregate score" + (intervals == null ? "" : " with bootstrap interval"), 8, 18);
    int top = 40;
    for (int a = 0; a < n; a++) {
      AgentMetrics agent = ranked.get(a);
      int y = top + a * RANKING_ROW;
      String label = label(agent.agent());
      g.setColor(Color.BLACK);
      g.drawString(label, left - 6 - metrics.stringWidth(label), y + RANKING_ROW - 5);
      int zero = x.applyAsInt(0);
      int end = x.applyAsInt(agent.aggregateScore());
      g.setColor(agent.aggregateScore() >= 0 ? new Color(70, 110, 180) : new Color(200, 90, 80));
      g.fillRect(Math.min(zero, end), y + 3, Math.max(1, Math.abs(end - zero)), RANKING_ROW - 6);
      if (intervals != null) {
        Interval interval = intervals.get(a);
        int start = x.applyAsInt(interval.lower());
        int to = x.applyAsInt(interval.upper());
        int middle = y + RANKING_ROW / 2;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(start, middle, to, middle);
        g.drawLine(start, middle - 4, start, middle + 4);
        g.drawLine(to, middle - 4, to, middle + 4);
      }
    }
    int axis = top + n * RANKING_ROW + 4;
    g.setColor(Color.GRAY);
    g.drawLine(left, axis, right, axis);
    g.drawLine(x.applyAsInt(0), top, x.applyAsInt(0), axis);
    g.setColor(Color.BLACK);
    g.drawString(number(low), left, axis + 14);
    String highText = number(high);
    g.drawString(highText, right - metrics.stringWidth(highText), axis + 14);
    g.dispose();
    return png(image);
  }

  /** Most trajectories drawn: beyond this many agents, only the highest rated at the end are drawn. */
  static final int MAX_TRAJECTORIES = 12;

  /**
   * Elo rating against the number of matches rated: every agent's, or the {@link #MAX_TRAJECTORIES}
   * highest rated at the end when there are more (a plot of 43 unlabelled lines tells nothing).
   */
  static byte[] eloTrajectories(MatchStreamRatings ratings) {
    List<String> agents = ratings.agents();
    boolean all = agents.size() <= MAX_TRAJECTORIES;
    String title = all ? "Elo ratings over the match stream"
        : "Elo ratings over the match stream (the " + MAX_TRAJECTORIES + " highest of " + agents.size() + ")";
    XYChart chart = new XYChartBuilder().width(TRAJECTORY_WIDTH).height(TRAJECTORY_HEIGHT)
        .title(title).xAxisTitle("matches rated").yAxisTitle("Elo rating").build();
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setXAxisDecimalPattern("#,###");
    double[] matches = java.util.Arrays.stream(ratings.trajectoryMatches()).asDoubleStream().toArray();
    double[] last = new double[agents.size()];
    for (int a = 0; a < agents.size(); a++) {
      double[] trajectory = ratings.eloTrajectory(a);
      last[a] = trajectory.length == 0 ? 0 : trajectory[trajectory.length - 1];
    }
    for (int a : drawnTrajectories(last)) {
      XYSeries line = chart.addSeries(label(agents.get(a)) + seriesSuffix(agents, a), matches, ratings.eloTrajectory(a));
      line.setMarker(SeriesMarkers.NONE);
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The agents whose trajectories are drawn, highest final rating first (all when few enough). */
  static int[] drawnTrajectories(double[] finalRatings) {
    return java.util.stream.IntStream.range(0, finalRatings.length).boxed()
        .sorted((x, y) -> Double.compare(finalRatings[y], finalRatings[x]))
        .limit(MAX_TRAJECTORIES).mapToInt(Integer::intValue).toArray();
  }

  /** XChart needs distinct series names; two agents truncated to the same label get their index. */
  private static String seriesSuffix(List<String> agents, int a) {
    String label = label(agents.get(a));
    for (int b = 0; b < a; b++) {
      if (label(agents.get(b)).equals(label)) {
        return " #" + (a + 1);
      }
    }
    return "";
  }

  private static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    return g;
  }

  /** {@code t} in [-1, 1]: red at -1, white at 0, blue at 1. */
  static Color diverging(double t) {
    double clamped = Math.max(-1, Math.min(1, t));
    if (clamped >= 0) {
      int fade = (int) Math.round(255 * (1 - clamped));
      return new Color(fade, (int) Math.round(255 - 150 * clamped), 255);
    }
    int fade = (int) Math.round(255 * (1 + clamped));
    return new Color(255, (int) Math.round(255 + 165 * clamped), fade);
  }

  static String label(String name) {
    return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "…";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
