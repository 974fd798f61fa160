package org.agora.markets.pacing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.agora.markets.auction.AuctionRules;
import org.agora.markets.auction.OpportunityValueModel;
import org.agora.markets.auction.ValueDistribution;

/**
 * The parallel half of a step: draws every bidder's pCTR and pCVR for the step's opportunities into flat
 * arrays indexed {@code opportunity x bidders + bidder}, draws throttled bidders' participation, and ranks
 * the bidders of each opportunity by their bid before budget caps, keeping the best {@code candidates} (in
 * order) and the best score left out (the threshold), so that the sequential half
 * ({@link OpportunityClearing}) rarely needs to look at every bidder. Work is split over fixed blocks of
 * {@value #BLOCK} opportunities; each block draws from its own generator seeded from (seed, period, block,
 * first opportunity), so nothing depends on the number of threads or on how blocks are shared among them.
 */
final class OpportunitySampler {

  static final int BLOCK = 1024;

  private final OpportunityValueModel[] models;
  private final double[] conversionValue;
  private final boolean positional;
  private final double reserve;
  private final int width;
  private final long seed;
  private final Executor executor;
  private final int parallelism;
  private final Step step = new Step();

  /** What one step's sampling reads and writes (set before {@link #sample}). */
  static final class Step {
    int width;
    double[] multiplier;
    double[] participation;
    boolean[] active;
    double[] clickRate;
    double[] conversionRate;
    boolean[] entering;
    int[] candidates;
    double[] threshold;
    int[] entered;
  }

  OpportunitySampler(OpportunityValueModel[] models, AuctionRules rules, int width, long seed, Executor executor,
      int parallelism) {
    this.models = models.clone();
    this.conversionValue = new double[models.length];
    for (int i = 0; i < models.length; i++) {
      conversionValue[i] = models[i].conversionValue();
    }
    this.positional = rules.isPosition();
    this.reserve = rules.reserve();
    this.width = width;
    this.step.width = width;
    this.seed = seed;
    this.executor = executor;
    this.parallelism = parallelism;
  }

  /** The step's buffers. */
  Step step() {
    return step;
  }

  /**
   * Fills the step's buffers for opportunities {@code first .. first + count - 1} of {@code period} (row 0
   * is opportunity {@code first}); blocks are aligned on absolute opportunity indices. {@code entered}
   * receives, per bidder, the opportunities whose {@code entering} flag is set.
   */
  void sample(int period, int first, int count) {
    java.util.Arrays.fill(step.entered, 0);
    double[] clickRate = step.clickRate;
    double[] conversionRate = step.conversionRate;
    int firstBlock = first / BLOCK;
    int lastBlock = (first + count - 1) / BLOCK;
    int blocks = lastBlock - firstBlock + 1;
    int tasks = Math.min(parallelism, blocks);
    if (tasks <= 1 || executor == null) {
      for (int b = firstBlock; b <= lastBlock; b++) {
        merge(block(period, b, first, count, clickRate, conversionRate));
      }
      return;
    }
    List<CompletableFuture<int[]>> futures = new ArrayList<>(tasks - 1);
    for (int t = 1; t < tasks; t++) {
      int task = t;
      futures.add(CompletableFuture.supplyAsync(() -> blocks(task, tasks, period, firstBlock, lastBlock, first, count,
          clickRate, conversionRate), executor));
    }
    merge(blocks(0, tasks, period, firstBlock, lastBlock, first, count, clickRate, conversionRate));
    try {
      for (CompletableFuture<int[]> future : futures) {
        merge(future.join());
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private int[] blocks(int task, int tasks, int period, int firstBlock, int lastBlock, int first, int count,
      double[] clickRate, double[] conversionRate) {
    int[] entered = new int[models.length];
    for (int b = firstBlock + task; b <= lastBlock; b += tasks) {
      int[] counts = block(period, b, first, count, clickRate, conversionRate);
      for (int i = 0; i < entered.length; i++) {
        entered[i] += counts[i];
      }
    }
    return entered;
  }

  /** Writes {@code count} draws of {@code distribution} at {@code at, at + stride, ...}. */
  private static void fill(ValueDistribution distribution, SplittableRandom random, double[] out, int at, int count,
      int stride) {
    int end = at + count * stride;
    if (distribution instanceof ValueDistribution.Constant constant) {
      double value = constant.value();
      for (int k = at; k < end; k += stride) {
        out[k] = value;
      }
    } else if (distribution instanceof ValueDistribution.Uniform uniform) {
      double low = uniform.low();
      double width = uniform.high() - low;
      for (int k = at; k < end; k += stride) {
        out[k] = low + width * random.nextDouble();
      }
    } else {
      for (int k = at; k < end; k += stride) {
        out[k] = OpportunityValueModel.draw(distribution, random);
      }
    }
  }

  private void merge(int[] counts) {
    for (int i = 0; i < counts.length; i++) {
      step.entered[i] += counts[i];
    }
  }

  /** Draws the part of block {@code b} inside the step; the block's generator skips the draws before it. */
  private int[] block(int period, int b, int first, int count, double[] clickRate, double[] conversionRate) {
    int bidders = models.length;
    int[] entered = new int[bidders];
    double[] multiplier = step.multiplier;
    double[] participation = step.participation;
    boolean[] active = step.active;
    boolean[] entering = step.entering;
    int[] candidates = step.candidates;
    double[] topScore = new double[width];
    int from = Math.max(first, b * BLOCK);
    int to = Math.min(first + count, (b + 1) * BLOCK);
    // the generator is keyed by (period, block, the opportunity the draws start at), so a block split across
    // two steps draws the same as the same opportunities in any other run of this configuration
    SplittableRandom random = new SplittableRandom(Seeds.mix(seed, period, b, from));
    for (int i = 0; i < bidders; i++) { // bidder by bidder, so that each loop runs one distribution's code
      fill(models[i].clickRate(), random, clickRate, (from - first) * bidders + i, to - from, bidders);
      fill(models[i].conversionRate(), random, conversionRate, (from - first) * bidders + i, to - from, bidders);
    }
    for (int o = from; o < to; o++) {
      int row = (o - first) * bidders;
      int slot = (o - first) * width;
      int kept = 0;
      double threshold = -1;
      for (int i = 0; i < bidders; i++) {
        double q = clickRate[row + i];
        double c = conversionRate[row + i];
        double p = participation[i];
        boolean in = active[i] && (p >= 1 || random.nextDouble() < p);
        double bid = multiplier[i] * c * conversionValue[i] * (positional ? 1 : q);
        in = in && bid > 0 && bid >= reserve && (!positional || q > 0);
        entering[row + i] = in;
        if (!in) {
          continue;
        }
        entered[i]++;
        double score = positional ? bid * q : bid;
        if (kept == width && !(score > topScore[width - 1])) {
          threshold = Math.max(threshold, score);
          continue;
        }
        if (kept == width) {
          threshold = Math.max(threshold, topScore[width - 1]);
          kept--;
        }
        int at = kept; // after equal scores: the lower index stays first
        while (at > 0 && score > topScore[at - 1]) {
          topScore[at] = topScore[at - 1];
          candidates[slot + at] = candidates[slot + at - 1];
          at--;
        }
        topScore[at] = score;
        candidates[slot + at] = i;
        kept++;
      }
      for (int k = kept; k < width; k++) {
        candidates[slot + k] = -1;
      }
      step.threshold[o - first] = threshold;
    }
    return entered;
  }
}
