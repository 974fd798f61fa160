package org.agora.evaluation.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentResult;

/**
 * Bootstrap confidence intervals for the population metrics ({@link PopulationMetrics}) of a
 * two-player tournament, from its match records.
 *
 * <p>Method: the nonparametric bootstrap of B. Efron, "Bootstrap Methods: Another Look at the
 * Jackknife", The Annals of Statistics 7(1), 1979, with percentile intervals. The resampling unit
 * is the match and the resampling is stratified by pairing: each resample draws, for every pairing,
 * as many of that pairing's matches as were played, uniformly with replacement, rebuilds the
 * cross-table of mean returns from the drawn matches (both agents' cells of a match move
 * together, so a zero-sum table stays antisymmetric), and recomputes every agent's population
 * return, within-population exploitability and aggregate score. The interval at level
 * {@code 1 - a} runs from the {@code a/2} to the {@code 1 - a/2} empirical quantile of the
 * {@code B} resampled values (quantiles by the nearest-rank rule on the sorted values).
 *
 * <p>Properties (tested): the same seed gives the same intervals; a pairing whose matches all
 * ended alike contributes no spread, so a tournament of such pairings has zero-width intervals;
 * the intervals narrow as matches are added (as {@code 1/sqrt(matches)} for the population return).
 * Caveat: the exploitability is a maximum of means, which the bootstrap biases upwards when two
 * opponents exploit an agent about equally; its percentile interval may then lie just above the
 * point estimate. A diagonal cell without matches (no self-play) is 0 in every resample, as in
 * {@link TournamentResult#crossTable()}.
 *
 * <p>Cost: {@code O(B (matches + n^2))} time, {@code O(matches + B n)} memory. Resamples run in
 * parallel on the common fork-join pool; each has its own generator, split from the seed in order,
 * so the intervals are the same on any number of threads.
 */
public final class PopulationBootstrap {

  /** The default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** The default confidence level. */
  public static final double DEFAULT_LEVEL = 0.95;

  private final int resamples;
  private final double level;
  private final long seed;

  /**
   * A bootstrap of {@code resamples} resamples at confidence {@code level}, seeded by {@code seed}.
   *
   * @throws IllegalArgumentException if {@code resamples < 1} or the level is not in (0, 1)
   */
  public PopulationBootstrap(int resamples, double level, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("the bootstrap needs at least 1 resample, got " + resamples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the confidence level must be in (0, 1), got " + level);
    }
    this.resamples = resamples;
    this.level = level;
    this.seed = seed;
  }

  /** {@value #DEFAULT_RESAMPLES} resamples at 95%. */
  public static PopulationBootstrap withSeed(long seed) {
    return new PopulationBootstrap(DEFAULT_RESAMPLES, DEFAULT_LEVEL, seed);
  }

  /** The number of resamples. */
  public int resamples() {
    return resamples;
  }

  /** The confidence level. */
  public double level() {
    return level;
  }

  /**
   * The metrics of every agent with their intervals, in agent order (the names as
   * {@link TournamentResult#crossTable()} gives them).
   *
   * @param agents the tournament's agent strings, index order
   * @param records the records of a two-player tournament in which every two distinct agents met
   * @throws IllegalArgumentException for a record that is not a two-player match, names an unknown
   *     agent or repeats an index
   * @throws IllegalStateException when some pair of agents never met
   */
  public List<MetricIntervals> intervals(List<String> agents, Iterable<MatchRecord> records) {
    List<MatchRecord> all = new ArrayList<>();
    records.forEach(all::add);
    CrossTable table = TournamentResult.of(agents, 2, all).crossTable();
    PopulationMetrics estimate = PopulationMetrics.of(table);
    int n = agents.size();
    Pairings pairings = Pairings.of(all, n);
    double[][] samples = new double[3 * n][resamples];
    // one generator per resample, split in order: the draws do not depend on which thread runs a resample
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] generators = new SplittableRandom[resamples];
    for (int b = 0; b < resamples; b++) {
      generators[b] = root.split();
    }
    IntStream.range(0, resamples).parallel().forEach(b -> {
      double[] sums = new double[n * n];
      long[] counts = new long[n * n];
      pairings.resample(generators[b], sums, counts);
      double[] means = new double[n * n];
      for (int cell = 0; cell < means.length; cell++) {
        means[cell] = counts[cell] == 0 ? table.meanReturn(cell / n, cell % n) : sums[cell] / counts[cell];
      }
      List<AgentMetrics> metrics = PopulationMetrics.of(new CrossTable(table.agents(), means)).agents();
      for (int a = 0; a < n; a++) {
        AgentMetrics agent = metrics.get(a);
        samples[3 * a][b] = agent.populationReturn();
        samples[3 * a + 1][b] = agent.withinPopulationExploitability();
        samples[3 * a + 2][b] = agent.aggregateScore();
      }
    });
    List<MetricIntervals> intervals = new ArrayList<>(n);
    for (int a = 0; a < n; a++) {
      intervals.add(new MetricIntervals(estimate.agents().get(a), percentile(samples[3 * a]),
          percentile(samples[3 * a + 1]), percentile(samples[3 * a + 2])));
    }
    return Collections.unmodifiableList(intervals);
  }

  private Interval percentile(double[] values) {
    Arrays.sort(values);
    double tail = (1 - level) / 2;
    return new Interval(values[rank(tail, values.length)], values[rank(1 - tail, values.length)]);
  }

  /** The nearest-rank index of quantile {@code q} among {@code count} sorted values. */
  static int rank(double q, int count) {
    int rank = (int) Math.ceil(q * count - 1e-9);
    return Math.min(count - 1, Math.max(0, rank - 1));
  }

  /**
   * The records' returns grouped by pairing in flat arrays: for match {@code k} of the records,
   * the cells its two seats add to and the two returns.
   */
  private record Pairings(int[] starts, int[] firstCell, int[] secondCell, double[] firstReturn,
      double[] secondReturn) {

    static Pairings of(List<MatchRecord> records, int agents) {
      List<MatchRecord> sorted = new ArrayList<>(records);
      sorted.sort((x, y) -> x.pairing() != y.pairing() ? Integer.compare(x.pairing(), y.pairing())
          : Long.compare(x.index(), y.index()));
      int m = sorted.size();
      int[] firstCell = new int[m];
      int[] secondCell = new int[m];
      double[] firstReturn = new double[m];
      double[] secondReturn = new double[m];
      List<Integer> starts = new ArrayList<>();
      int previous = Integer.MIN_VALUE;
      for (int k = 0; k < m; k++) {
        MatchRecord record = sorted.get(k);
        if (record.pairing() != previous) {
          starts.add(k);
          previous = record.pairing();
        }
        int first = record.agentAt(0);
        int second = record.agentAt(1);
        firstCell[k] = first * agents + second;
        secondCell[k] = second * agents + first;
        firstReturn[k] = record.returnAt(0);
        secondReturn[k] = record.returnAt(1);
      }
      starts.add(m);
      return new Pairings(starts.stream().mapToInt(Integer::intValue).toArray(), firstCell, secondCell, firstReturn,
          secondReturn);
    }

    void resample(SplittableRandom random, double[] sums, long[] counts) {
      for (int p = 0; p + 1 < starts.length; p++) {
        int start = starts[p];
        int size = starts[p + 1] - start;
        for (int draw = 0; draw < size; draw++) {
          int k = start + random.nextInt(size);
          sums[firstCell[k]] += firstReturn[k];
          counts[firstCell[k]]++;
          sums[secondCell[k]] += secondReturn[k];
          counts[secondCell[k]]++;
        }
      }
    }
  }
}
