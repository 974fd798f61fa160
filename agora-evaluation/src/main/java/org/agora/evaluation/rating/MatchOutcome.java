package org.agora.evaluation.rating;

import java.util.Arrays;
import java.util.List;

/**
 * The result of one match as the rating systems consume it: the agent name in each seat and each
 * seat's return, as a tournament runner records them. A higher return is a better result; equal
 * returns are a tie. The same agent may sit in several seats (self-play); see each
 * {@link Leaderboard} for what it does with that.
 *
 * @param agents the agent name per seat (at least two seats, names not blank)
 * @param returns the return per seat (finite), as many as there are seats
 */
public record MatchOutcome(List<String> agents, double[] returns) {

  public MatchOutcome {
    if (agents == null || returns == null) {
      throw new IllegalArgumentException("a match needs agent names and returns, got " + agents + " and "
          + Arrays.toString(returns));
    }
    agents = List.copyOf(agents);
    returns = returns.clone();
    if (agents.size() < 2) {
      throw new IllegalArgumentException("a match needs at least 2 seats, got " + agents.size());
    }
    if (agents.size() != returns.length) {
      throw new IllegalArgumentException("a match needs one return per seat: " + agents.size() + " agents "
          + agents + " but " + returns.length + " returns " + Arrays.toString(returns));
    }
    for (int seat = 0; seat < returns.length; seat++) {
      if (agents.get(seat).isBlank()) {
        throw new IllegalArgumentException("the agent name of seat " + seat + " is blank");
      }
      if (!Double.isFinite(returns[seat])) {
        throw new IllegalArgumentException("the return of seat " + seat + " (" + agents.get(seat)
            + ") must be finite, got " + returns[seat]);
      }
    }
  }

  /** A two-seat match. */
  public static MatchOutcome of(String first, String second, double firstReturn, double secondReturn) {
    return new MatchOutcome(List.of(first, second), new double[] {firstReturn, secondReturn});
  }

  /** Number of seats. */
  public int seats() {
    return agents.size();
  }

  /** The agent in {@code seat}. */
  public String agent(int seat) {
    return agents.get(seat);
  }

  /** The return of {@code seat}. */
  public double returnOf(int seat) {
    return returns[seat];
  }

  @Override
  public double[] returns() {
    return returns.clone();
  }

  /**
   * Competition ranks of the seats ("1224" ranking, from 0): a seat's rank is the number of seats
   * with a strictly higher return, so tied seats share a rank.
   */
  public int[] ranks() {
    int[] ranks = new int[returns.length];
    for (int seat = 0; seat < returns.length; seat++) {
      for (double other : returns) {
        if (other > returns[seat]) {
          ranks[seat]++;
        }
      }
    }
    return ranks;
  }

  /** The score of {@code seat} against {@code other}: 1 for a higher return, 0.5 for equal, 0 for lower. */
  public double score(int seat, int other) {
    return returns[seat] > returns[other] ? 1.0
        : returns[seat] == returns[other] ? 0.5 : 0.0;
  }

  /** Whether every seat holds the same agent (a self-play match, which says nothing about relative strength). */
  public boolean isSelfPlay() {
    return agents.stream().distinct().count() == 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MatchOutcome that && agents.equals(that.agents) && Arrays.equals(returns, that.returns);
  }

  @Override
  public int hashCode() {
    return 31 * agents.hashCode() + Arrays.hashCode(returns);
  }

  @Override
  public String toString() {
    return "MatchOutcome" + agents + Arrays.toString(returns);
  }
}
