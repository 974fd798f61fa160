#!/usr/bin/env python3
"""A numpy baseline for one AuctionNet-sized period, for comparison with AuctionNetPeriodBenchmark.

Written for Agora (not AuctionNet's code): the same work as the JMH benchmark, vectorised the way a
numpy simulator does it. 500,000 opportunities among 48 advertisers over 48 decision steps; per
opportunity and advertiser pCTR ~ U[0.005, 0.05] and pCVR ~ lognormal(-3, 0.5); bid per click =
multiplier x pCVR x CPA target; 3-slot GSP on score = bid x pCTR with exposures [1, 0.8, 0.6], the
slot-j winner paying exposure_j x (the next score); conversions sampled; budgets capped within a step
by dropping an advertiser's wins after its budget runs out (in opportunity order); a PID-style
multiplier update per step tracking an even spend plan. Prints the median of 5 timed periods.

Usage: python3 scripts/peers/auctionnet_period_numpy.py [OPPORTUNITIES]
"""
import sys
import time

import numpy as np

BIDDERS, STEPS, SLOTS = 48, 48, 3
EXPOSURE = np.array([1.0, 0.8, 0.6])


def period(opportunities, rng):
    idx = np.arange(BIDDERS)
    budget = 40.0 + 5.0 * (idx % 12)
    cpa = 1.0 + 0.25 * (idx % 8)
    remaining = budget.copy()
    multiplier = np.ones(BIDDERS)
    integral = np.zeros(BIDDERS)
    spent_total = np.zeros(BIDDERS)
    revenue = 0.0
    bounds = (np.arange(STEPS + 1) * opportunities) // STEPS
    for step in range(STEPS):
        n = bounds[step + 1] - bounds[step]
        ctr = rng.uniform(0.005, 0.05, size=(n, BIDDERS))
        cvr = rng.lognormal(-3.0, 0.5, size=(n, BIDDERS))
        score = (multiplier * cpa) * cvr * ctr
        score[:, remaining <= 0] = 0.0
        top = np.argpartition(-score, SLOTS, axis=1)[:, :SLOTS + 1]
        top_scores = np.take_along_axis(score, top, axis=1)
        order = np.argsort(-top_scores, axis=1)
        top = np.take_along_axis(top, order, axis=1)
        top_scores = np.take_along_axis(top_scores, order, axis=1)
        pay = EXPOSURE * top_scores[:, 1:SLOTS + 1]
        winners = top[:, :SLOTS]
        valid = top_scores[:, :SLOTS] > 0
        flat_winners = winners[valid]
        flat_pay = pay[valid]
        # budget cap: per advertiser, keep wins (in opportunity order) while the cumulative cost fits
        order_by_bidder = np.argsort(flat_winners, kind="stable")
        sorted_bidders = flat_winners[order_by_bidder]
        sorted_pay = flat_pay[order_by_bidder]
        cumulative = np.cumsum(sorted_pay)
        starts = np.searchsorted(sorted_bidders, idx)
        offsets = np.where(starts > 0, cumulative[np.maximum(starts - 1, 0)], 0.0)
        within = cumulative - offsets[sorted_bidders] <= remaining[sorted_bidders]
        spend = np.bincount(sorted_bidders[within], weights=sorted_pay[within], minlength=BIDDERS)
        conv_p = (EXPOSURE * np.take_along_axis(ctr, winners, axis=1) * np.take_along_axis(cvr, winners, axis=1))[valid]
        converted = rng.random(conv_p.shape) < np.minimum(1.0, conv_p[order_by_bidder])
        np.bincount(sorted_bidders[within & converted], minlength=BIDDERS)
        remaining -= spend
        spent_total += spend
        revenue += spend.sum()
        planned = budget * (step + 1) / STEPS
        error = (planned - spent_total) / budget * STEPS
        integral += error
        multiplier = np.clip(multiplier * np.exp(0.5 * error / STEPS + 0.05 * integral / STEPS), 0.0, 10.0)
    return revenue


def main():
    opportunities = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
    rng = np.random.default_rng(2024)
    period(opportunities, rng)  # warm-up
    times = []
    for _ in range(5):
        start = time.perf_counter()
        revenue = period(opportunities, rng)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"numpy {np.__version__}: {opportunities} opportunities x {BIDDERS} bidders, {STEPS} steps: "
          f"median {times[2] * 1000:.0f} ms per period (min {times[0] * 1000:.0f}, max {times[-1] * 1000:.0f}); "
          f"revenue {revenue:.1f}")


if __name__ == "__main__":
    main()
