package org.agora.cli.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.agora.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes line charts (convergence curves, paths) as PNG files, atomically. */
public final class LinePlot {

  private LinePlot() {}

  /** One curve: its legend name and points. */
  public record Series(String name, double[] x, double[] y) {
    public Series {
      if (x.length != y.length) {
        throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x and " + y.length + " y values");
      }
    }
  }

  /**
   * Plots the series into a PNG file.
   *
   * @param logarithmicY use a logarithmic y axis (points with y &lt;= 0 are dropped from it)
   */
  public static void writePng(Path file, String title, String xLabel, String yLabel, List<Series> series,
      boolean logarithmicY) throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel)
        .build();
    chart.getStyler().setYAxisLogarithmic(logarithmicY);
    chart.getStyler().setLegendVisible(series.size() > 1);
    for (Series curve : series) {
      double[] x = curve.x();
      double[] y = curve.y();
      if (logarithmicY) {
        int kept = 0;
        for (double value : y) {
          kept += value > 0 ? 1 : 0;
        }
        double[] keptX = new double[kept];
        double[] keptY = new double[kept];
        for (int i = 0, j = 0; i < y.length; i++) {
          if (y[i] > 0) {
            keptX[j] = x[i];
            keptY[j++] = y[i];
          }
        }
        x = keptX;
        y = keptY;
      }
      if (x.length == 0) {
        continue;
      }
      XYSeries line = chart.addSeries(curve.name(), x, y);
      line.setMarker(SeriesMarkers.NONE);
    }
    AtomicFiles.write(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
  }
}
