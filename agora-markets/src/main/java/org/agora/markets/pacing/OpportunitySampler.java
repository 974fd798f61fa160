package org.agora.markets.pacing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.agora.markets.auction.OpportunityValueModel;

/**
 * Draws every bidder's pCTR and pCVR for the opportunities of one step into flat arrays indexed
 * {@code opportunity x bidders + bidder}, in parallel over fixed blocks of {@value #BLOCK} opportunities.
 * Each block draws from its own generator seeded from (seed, period, the block's first opportunity), so
 * the draws do not depend on the number of threads or on how blocks are shared among them.
 */
final class OpportunitySampler {

  static final int BLOCK = 1024;

  private final OpportunityValueModel[] models;
  private final long seed;
  private final Executor executor;
  private final int parallelism;

  OpportunitySampler(OpportunityValueModel[] models, long seed, Executor executor, int parallelism) {
    this.models = models.clone();
    this.seed = seed;
    this.executor = executor;
    this.parallelism = parallelism;
  }

  /**
   * Fills {@code clickRate} and {@code conversionRate} for opportunities {@code first .. first + count - 1}
   * of {@code period} (row 0 of the arrays is opportunity {@code first}); {@code first} must be a multiple of
   * nothing in particular: blocks are aligned on absolute opportunity indices.
   */
  void sample(int period, int first, int count, double[] clickRate, double[] conversionRate) {
    int firstBlock = first / BLOCK;
    int lastBlock = (first + count - 1) / BLOCK;
    int blocks = lastBlock - firstBlock + 1;
    int tasks = Math.min(parallelism, blocks);
    if (tasks <= 1 || executor == null) {
      for (int b = firstBlock; b <= lastBlock; b++) {
        block(period, b, first, count, clickRate, conversionRate);
      }
      return;
    }
    List<CompletableFuture<Void>> futures = new ArrayList<>(tasks - 1);
    for (int t = 1; t < tasks; t++) {
      int task = t;
      futures.add(CompletableFuture.runAsync(() -> blocks(task, tasks, period, firstBlock, lastBlock, first, count,
          clickRate, conversionRate), executor));
    }
    blocks(0, tasks, period, firstBlock, lastBlock, first, count, clickRate, conversionRate);
    try {
      for (CompletableFuture<Void> future : futures) {
        future.join();
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private void blocks(int task, int tasks, int period, int firstBlock, int lastBlock, int first, int count,
      double[] clickRate, double[] conversionRate) {
    for (int b = firstBlock + task; b <= lastBlock; b += tasks) {
      block(period, b, first, count, clickRate, conversionRate);
    }
  }

  /** Draws the part of block {@code b} inside the step; the block's generator skips the draws before it. */
  private void block(int period, int b, int first, int count, double[] clickRate, double[] conversionRate) {
    int bidders = models.length;
    int from = Math.max(first, b * BLOCK);
    int to = Math.min(first + count, (b + 1) * BLOCK);
    // the generator is keyed by (period, block, the opportunity the draws start at), so a block split across
    // two steps draws the same as the same opportunities in any other run of this configuration
    SplittableRandom random = new SplittableRandom(Seeds.mix(seed, period, b, from));
    for (int o = from; o < to; o++) {
      int row = (o - first) * bidders;
      for (int i = 0; i < bidders; i++) {
        OpportunityValueModel model = models[i];
        clickRate[row + i] = model.sampleClickRate(random);
        conversionRate[row + i] = model.sampleConversionRate(random);
      }
    }
  }
}
