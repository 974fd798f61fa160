package org.agora.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live points of a running job's series (a solver's convergence curve, a PSRO run's NashConv),
 * bounded: each series keeps at most {@link #CAPACITY} points; when full it drops every second point
 * and from then on keeps only every second arrival (then every fourth, and so on), so a long run
 * still shows its whole curve at a coarser grain. At most {@link #MAX_SERIES} series are kept.
 * The finished job's result has every point. Thread-safe.
 *
 * <p>Readers follow a series by its {@linkplain Snapshot#generation() generation} (which changes when
 * points are dropped) and size: points past the size they last saw are new, unless the generation
 * changed, in which case they reread the whole series.
 */
final class LiveSeries {

  /** Points kept per series. */
  static final int CAPACITY = 1_000;
  /** Series kept per job. */
  static final int MAX_SERIES = 8;

  /** One series' points at one moment. */
  record Snapshot(String name, long generation, double[] x, double[] y) {}

  private static final class Series {
    double[] x = new double[64];
    double[] y = new double[64];
    int size;
    long generation;
    int stride = 1;
    long arrivals;
  }

  private final Map<String, Series> series = new LinkedHashMap<>();

  /** Adds a point; see the class comment for what is kept. */
  synchronized void add(String name, double x, double y) {
    Series s = series.get(name);
    if (s == null) {
      if (series.size() >= MAX_SERIES) {
        return;
      }
      s = new Series();
      series.put(name, s);
    }
    if (s.arrivals++ % s.stride != 0) {
      return;
    }
    if (s.size == CAPACITY) {
      int kept = 0;
      for (int i = 0; i < s.size; i += 2) {
        s.x[kept] = s.x[i];
        s.y[kept] = s.y[i];
        kept++;
      }
      s.size = kept;
      s.stride *= 2;
      s.generation++;
    }
    if (s.size == s.x.length) {
      s.x = Arrays.copyOf(s.x, Math.min(CAPACITY, s.size * 2));
      s.y = Arrays.copyOf(s.y, s.x.length);
    }
    s.x[s.size] = x;
    s.y[s.size] = y;
    s.size++;
  }

  /** Every series' points now, in the order the series first appeared. */
  synchronized List<Snapshot> snapshot() {
    List<Snapshot> all = new ArrayList<>(series.size());
    series.forEach((name, s) -> all.add(new Snapshot(name, s.generation, Arrays.copyOf(s.x, s.size),
        Arrays.copyOf(s.y, s.size))));
    return all;
  }

  /** True when no point arrived yet. */
  synchronized boolean isEmpty() {
    return series.isEmpty();
  }
}
