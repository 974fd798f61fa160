package org.agora.markets.pacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.agora.core.job.JobContext;
import org.agora.markets.auction.AuctionRules;
import org.agora.markets.auction.OpportunityValueModel;

/**
 * Repeated auctions with budgets: {@code periods} periods, each of {@code opportunities} auctions split
 * evenly into {@code steps} decision steps (step {@code s} holds opportunities
 * {@code floor(sN/S) .. floor((s+1)N/S) - 1}), among bidders paced by {@link BiddingAgent}s, as in
 * AuctionNet (Su et al., "AuctionNet: A Novel Benchmark for Decision-Making in Large-Scale Games", NeurIPS
 * 2024: 48 steps, ~500,000 opportunities, 3-slot GSP). Agents restart and budgets refill every period.
 *
 * <p>A step: each agent gives its multiplier and participation; every bidder's pCTR and pCVR for each of
 * the step's opportunities are drawn ({@link OpportunityValueModel}), in parallel over fixed blocks
 * ({@link OpportunitySampler}); then the auctions are cleared one by one in opportunity order on the
 * calling thread, with budget caps ({@link OpportunityClearing}: a bidder never pays more than it has
 * left); each agent then learns its {@link StepOutcome}. Participation draws, tie-breaking and
 * conversions use one generator per step, so the result is the same for every parallelism.
 *
 * <p>Outputs ({@link AuctionSimulationResult}): per period revenue, welfare and each bidder's spend,
 * value, conversions, CPA, ROI and AuctionNet score; per step curves; and, for one chosen bidder, the
 * regret against the best fixed multiplier in hindsight ({@link HindsightRegret}). Cost: per period
 * {@code opportunities x bidders} draws and as many bid computations; memory
 * {@code 2 x bidders x opportunities / steps} doubles.
 */
public final class RepeatedAuctionSimulation {

  private final AuctionRules rules;
  private final BidderSetup[] bidders;
  private final int steps;
  private final int opportunities;
  private final int regretBidder;
  private final long seed;
  private boolean exhaustive;

  /** Candidates kept per opportunity beyond the slots (see {@link OpportunityClearing#clear}). */
  static final int CANDIDATE_SLACK = 4;

  /**
   * A simulation.
   *
   * @param regretBidder the bidder whose regret is computed, or -1 for none
   * @throws IllegalArgumentException for no bidder, fewer opportunities than steps, a plan of another
   *     length, or a bad regret bidder
   */
  public RepeatedAuctionSimulation(AuctionRules rules, List<BidderSetup> bidders, int steps, int opportunities,
      int regretBidder, long seed) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.bidders = bidders.toArray(new BidderSetup[0]);
    if (this.bidders.length == 0) {
      throw new IllegalArgumentException("a simulation needs at least one bidder");
    }
    if (steps < 1 || opportunities < steps) {
      throw new IllegalArgumentException("a period needs at least one step and at least one opportunity per step, got "
          + steps + " steps and " + opportunities + " opportunities");
    }
    if (regretBidder < -1 || regretBidder >= this.bidders.length) {
      throw new IllegalArgumentException("the regret bidder must be -1 or in [0, " + (this.bidders.length - 1)
          + "], got " + regretBidder);
    }
    for (BidderSetup bidder : this.bidders) {
      bidder.campaign(steps);
    }
    this.steps = steps;
    this.opportunities = opportunities;
    this.regretBidder = regretBidder;
    this.seed = seed;
  }

  /** Clears every auction by looking at every bidder (for tests of the candidate path). */
  RepeatedAuctionSimulation exhaustive(boolean on) {
    this.exhaustive = on;
    return this;
  }

  /** The first opportunity of step {@code step}. */
  int stepStart(int step) {
    return (int) ((long) step * opportunities / steps);
  }

  /**
   * Runs {@code periods} periods.
   *
   * @throws org.agora.core.job.JobCancelledException when the context's flag is set (polled between steps)
   * @throws IllegalStateException when an agent returns a multiplier or participation out of range
   */
  public AuctionSimulationResult run(int periods, JobContext context) {
    if (periods < 1) {
      throw new IllegalArgumentException("periods must be at least 1, got " + periods);
    }
    int count = bidders.length;
    OpportunityValueModel[] models = new OpportunityValueModel[count];
    double[] conversionValue = new double[count];
    for (int i = 0; i < count; i++) {
      models[i] = bidders[i].values();
      conversionValue[i] = bidders[i].values().conversionValue();
    }
    int width = rules.slots() + CANDIDATE_SLACK;
    OpportunitySampler sampler = new OpportunitySampler(models, rules, width, seed, context.executor(),
        context.parallelism());
    int largestStep = 0;
    for (int s = 0; s < steps; s++) {
      largestStep = Math.max(largestStep, stepStart(s + 1) - stepStart(s));
    }
    OpportunitySampler.Step buffers = sampler.step();
    buffers.clickRate = new double[largestStep * count];
    buffers.conversionRate = new double[largestStep * count];
    buffers.entering = new boolean[largestStep * count];
    buffers.candidates = new int[largestStep * width];
    buffers.threshold = new double[largestStep];
    buffers.entered = new int[count];
    buffers.active = new boolean[count];
    double[] multiplier = new double[count];
    double[] participation = new double[count];
    buffers.multiplier = multiplier;
    buffers.participation = participation;
    double[] remaining = new double[count];
    double[] cumulative = new double[count];
    double[] planned = new double[count];
    SimulationCurves curves = new SimulationCurves(periods, steps, count);
    HindsightRegret regret = regretBidder >= 0 ? new HindsightRegret(rules, regretBidder, opportunities) : null;
    List<PeriodResult> results = new ArrayList<>();
    List<RegretResult> regrets = new ArrayList<>();
    long totalSteps = (long) periods * steps;
    for (int period = 0; period < periods; period++) {
      OpportunityClearing clearing = new OpportunityClearing(rules, conversionValue);
      clearing.exhaustive = exhaustive;
      BiddingAgent[] agents = new BiddingAgent[count];
      Campaign[] campaigns = new Campaign[count];
      double[] periodValue = new double[count];
      double[] periodConversions = new double[count];
      long[] periodEntered = new long[count];
      long[] periodWins = new long[count];
      double largestMultiplier = 0;
      for (int i = 0; i < count; i++) {
        campaigns[i] = bidders[i].campaign(steps);
        agents[i] = bidders[i].agents().get();
        agents[i].startPeriod(campaigns[i], opportunities, new SplittableRandom(Seeds.mix(seed, period, i, -2)));
        remaining[i] = campaigns[i].budget();
        cumulative[i] = 0;
        planned[i] = 0;
      }
      for (int step = 0; step < steps; step++) {
        int first = stepStart(step);
        int size = stepStart(step + 1) - first;
        for (int i = 0; i < count; i++) {
          multiplier[i] = checked(agents[i].multiplier(step), i, step, "multiplier", Double.MAX_VALUE);
          participation[i] = checked(agents[i].participation(step), i, step, "participation", 1);
          buffers.active[i] = remaining[i] > 0;
        }
        if (regret != null) {
          largestMultiplier = Math.max(largestMultiplier, multiplier[regretBidder]);
        }
        sampler.sample(period, first, size);
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, period, step, -1));
        clearing.startStep();
        for (int row = 0; row < size; row++) {
          clearing.clear(row, buffers, remaining, random, regret, first + row);
        }
        for (int i = 0; i < count; i++) {
          clearing.entered[i] = entered(buffers, i, count, clearing.exhaustedAt[i]);
          cumulative[i] += clearing.spend[i];
          planned[i] += campaigns[i].budget() * campaigns[i].planShare(step);
          periodValue[i] += clearing.value[i];
          periodConversions[i] += clearing.conversions[i];
          periodEntered[i] += clearing.entered[i];
          periodWins[i] += clearing.wins[i];
          curves.record(period, step, i, cumulative[i], planned[i], multiplier[i], participation[i]);
          agents[i].endStep(step, new StepOutcome(size, (int) clearing.entered[i], (int) clearing.wins[i],
              clearing.spend[i], clearing.value[i], clearing.conversions[i], remaining[i]));
        }
        context.progress().progress((long) period * steps + step + 1, totalSteps);
        context.cancellation().throwIfCancelled();
      }
      List<BidderPeriodResult> rows = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        rows.add(new BidderPeriodResult(i, period, bidders[i].description(), campaigns[i].budget(),
            campaigns[i].cpaTarget(), cumulative[i], periodValue[i], periodConversions[i], periodEntered[i],
            periodWins[i]));
      }
      results.add(new PeriodResult(period, opportunities, clearing.revenue, clearing.welfare, rows));
      context.progress().point("revenue", period, clearing.revenue);
      if (regret != null) {
        regrets.add(regret.compute(period, opportunities, campaigns[regretBidder].budget(), periodValue[regretBidder],
            largestMultiplier));
      }
    }
    return new AuctionSimulationResult(results, curves, regrets);
  }

  /**
   * The auctions bidder {@code i} entered in the step: not throttled, a valid bid before the budget cap, and
   * budget left (up to the auction in which it ran out).
   */
  private static long entered(OpportunitySampler.Step buffers, int i, int count, int exhaustedAt) {
    if (exhaustedAt < 0) {
      return buffers.entered[i];
    }
    long entered = 0;
    for (int row = 0; row <= exhaustedAt; row++) {
      if (buffers.entering[row * count + i]) {
        entered++;
      }
    }
    return entered;
  }

  private static double checked(double x, int bidder, int step, String what, double high) {
    if (!(x >= 0 && x <= high)) {
      throw new IllegalStateException("the agent of bidder " + bidder + " gave " + what + " " + x + " in step " + step
          + "; it must be in [0, " + (high == Double.MAX_VALUE ? "infinity)" : high + "]"));
    }
    return x;
  }
}
