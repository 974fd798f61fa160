package org.agora.evaluation.rating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.agora.evaluation.tournament.MatchRecord;

/**
 * Elo, Glicko-2 and Weng–Lin ratings of a tournament's agents from its match records, with the Elo
 * trajectory of every agent for plotting.
 *
 * <p>The records are replayed in <em>rounds</em>: round {@code m} holds match {@code m} of every
 * pairing, in pairing order, and the rounds go in order. This is the order of a round robin played
 * one round at a time, which a tournament's pairing-major index order is not (in index order the
 * first pairing would play all its matches before the second played one, and the online systems
 * would rate its agents against opponents still at the initial rating). The order is a function of
 * the records alone, so a stored, resumed or re-threaded tournament gets the same ratings. Each
 * round is one Glicko-2 rating period ({@link Glicko2Leaderboard#endPeriod()}); Elo
 * ({@link EloLeaderboard}) and Weng–Lin ({@link WengLinLeaderboard}) take the matches one by one.
 * The Elo trajectory is sampled after every {@code stride}-th round (and the last), at most
 * {@code trajectoryPoints} samples plus the initial point.
 *
 * <p>Cost: {@code O(matches log matches)} for the ordering plus the systems' own update costs.
 */
public final class MatchStreamRatings {

  /** Default number of Elo trajectory samples. */
  public static final int DEFAULT_TRAJECTORY_POINTS = 200;

  private final List<String> agents;
  private final List<RatedAgent<EloRating>> elo;
  private final List<RatedAgent<Glicko2Rating>> glicko2;
  private final List<RatedAgent<WengLinRating>> wengLin;
  private final long[] trajectoryMatches;
  private final double[][] trajectory;

  private MatchStreamRatings(List<String> agents, List<RatedAgent<EloRating>> elo,
      List<RatedAgent<Glicko2Rating>> glicko2, List<RatedAgent<WengLinRating>> wengLin, long[] trajectoryMatches,
      double[][] trajectory) {
    this.agents = agents;
    this.elo = elo;
    this.glicko2 = glicko2;
    this.wengLin = wengLin;
    this.trajectoryMatches = trajectoryMatches;
    this.trajectory = trajectory;
  }

  /** The ratings with the standard systems ({@link Elo#standard()}, {@link Glicko2#standard()}, Plackett–Luce Weng–Lin). */
  public static MatchStreamRatings of(List<String> agents, Iterable<MatchRecord> records) {
    return of(agents, records, Elo.standard(), Glicko2.standard(), WengLin.plackettLuce(), DEFAULT_TRAJECTORY_POINTS);
  }

  /**
   * The ratings of {@code agents} (distinct names, index order as in the records) from
   * {@code records}, with the given systems.
   *
   * @throws IllegalArgumentException for a record naming an agent outside the list, or fewer than
   *     one trajectory point
   */
  public static MatchStreamRatings of(List<String> agents, Iterable<MatchRecord> records, Elo eloSystem,
      Glicko2 glicko2System, WengLin wengLinSystem, int trajectoryPoints) {
    if (trajectoryPoints < 1) {
      throw new IllegalArgumentException("the Elo trajectory needs at least 1 point, got " + trajectoryPoints);
    }
    List<String> names = List.copyOf(agents);
    List<MatchRecord> rounds = new ArrayList<>();
    records.forEach(rounds::add);
    rounds.sort(Comparator.comparingInt(MatchRecord::match).thenComparingInt(MatchRecord::pairing)
        .thenComparingLong(MatchRecord::index));
    int roundCount = rounds.isEmpty() ? 0 : rounds.get(rounds.size() - 1).match() + 1;
    int stride = Math.max(1, (roundCount + trajectoryPoints - 1) / trajectoryPoints);
    EloLeaderboard eloBoard = new EloLeaderboard(eloSystem);
    Glicko2Leaderboard glickoBoard = new Glicko2Leaderboard(glicko2System);
    WengLinLeaderboard wengLinBoard = new WengLinLeaderboard(wengLinSystem);
    List<Long> sampleMatches = new ArrayList<>();
    List<double[]> samples = new ArrayList<>();
    sampleMatches.add(0L);
    samples.add(eloSnapshot(eloBoard, names, eloSystem));
    long seen = 0;
    for (int k = 0; k < rounds.size(); k++) {
      MatchRecord record = rounds.get(k);
      MatchOutcome outcome = outcome(names, record);
      eloBoard.record(outcome);
      glickoBoard.record(outcome);
      wengLinBoard.record(outcome);
      seen++;
      boolean roundEnds = k + 1 == rounds.size() || rounds.get(k + 1).match() != record.match();
      if (roundEnds) {
        glickoBoard.endPeriod();
        if ((record.match() + 1) % stride == 0 || k + 1 == rounds.size()) {
          sampleMatches.add(seen);
          samples.add(eloSnapshot(eloBoard, names, eloSystem));
        }
      }
    }
    double[][] trajectory = new double[names.size()][samples.size()];
    for (int s = 0; s < samples.size(); s++) {
      for (int a = 0; a < names.size(); a++) {
        trajectory[a][s] = samples.get(s)[a];
      }
    }
    return new MatchStreamRatings(names, eloBoard.standings(), glickoBoard.standings(), wengLinBoard.standings(),
        sampleMatches.stream().mapToLong(Long::longValue).toArray(), trajectory);
  }

  private static MatchOutcome outcome(List<String> names, MatchRecord record) {
    List<String> seats = new ArrayList<>(record.players());
    for (int seat = 0; seat < record.players(); seat++) {
      int agent = record.agentAt(seat);
      if (agent < 0 || agent >= names.size()) {
        throw new IllegalArgumentException("match " + record.index() + " names agent " + agent + "; there are "
            + names.size());
      }
      seats.add(names.get(agent));
    }
    return new MatchOutcome(seats, record.returns());
  }

  private static double[] eloSnapshot(EloLeaderboard board, List<String> names, Elo system) {
    double[] ratings = new double[names.size()];
    for (int a = 0; a < ratings.length; a++) {
      ratings[a] = board.rating(names.get(a)).orElse(system.initial()).rating();
    }
    return ratings;
  }

  /** The agents' names, index order. */
  public List<String> agents() {
    return agents;
  }

  /** Elo standings, best first. */
  public List<RatedAgent<EloRating>> elo() {
    return elo;
  }

  /** Glicko-2 standings, best first. */
  public List<RatedAgent<Glicko2Rating>> glicko2() {
    return glicko2;
  }

  /** Weng–Lin standings, best first (by {@code mu - 3 sigma}). */
  public List<RatedAgent<WengLinRating>> wengLin() {
    return wengLin;
  }

  /** The number of matches rated at each trajectory sample (the first is 0). */
  public long[] trajectoryMatches() {
    return trajectoryMatches.clone();
  }

  /** Agent {@code agent}'s Elo rating at each trajectory sample. */
  public double[] eloTrajectory(int agent) {
    return trajectory[agent].clone();
  }

  /** The trajectories of all agents, index order (copies). */
  public List<double[]> eloTrajectories() {
    List<double[]> copies = new ArrayList<>(trajectory.length);
    for (double[] row : trajectory) {
      copies.add(row.clone());
    }
    return Collections.unmodifiableList(copies);
  }
}
