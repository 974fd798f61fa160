package org.agora.evaluation.psro;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agora.core.TabularPolicy;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.solvers.tree.GameTree;

/**
 * The outcome of a {@link Psro} run: its rows, the final meta-game and meta-strategy mixture, every
 * player's policies, and the meta-game as a tournament.
 *
 * <p><b>The meta-game as a tournament.</b> Agent {@code k}, named {@code psro:k}, is the pair of
 * policies added at iteration {@code k} (policy {@code k} of player 0 in seat 0, of player 1 in seat
 * 1). The record of pairing {@code (i, j)} (agent {@code i} in seat 0, agent {@code j} in seat 1) has
 * index and pairing {@link MetaGame#pairingIndex(int, int)}, match 0, seed 0, length 0 (no episode was
 * played) and the exact expected returns of both seats. These indexes do not change as the meta-game
 * grows, so a longer run's records extend a shorter one's.
 */
public final class PsroResult {

  private final GameTree tree;
  private final MetaGame metaGame;
  private final List<PsroIteration> iterations;
  private final double[] mixture;
  private final List<List<double[]>> policies;
  private final List<MatchRecord> records;

  PsroResult(GameTree tree, MetaGame metaGame, List<PsroIteration> iterations, double[] mixture,
      List<double[]> first, List<double[]> second, List<MatchRecord> records) {
    this.tree = tree;
    this.metaGame = metaGame;
    this.iterations = List.copyOf(iterations);
    this.mixture = mixture.clone();
    this.policies = List.of(List.copyOf(first), List.copyOf(second));
    List<MatchRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparingLong(MatchRecord::index));
    this.records = List.copyOf(sorted);
  }

  /** One row per meta-game size, first to last. */
  public List<PsroIteration> iterations() {
    return iterations;
  }

  /** The last row. */
  public PsroIteration last() {
    return iterations.get(iterations.size() - 1);
  }

  /** The final meta-game. */
  public MetaGame metaGame() {
    return metaGame;
  }

  /** The final meta-strategy, {@code [player][policy]}. */
  public double[][] metaStrategy() {
    return last().metaStrategy();
  }

  /** The final meta-strategy mixture of both players as a per-slot behaviour profile of the tree. */
  public double[] mixtureBehaviour() {
    return mixture.clone();
  }

  /** The final meta-strategy mixture as a tabular policy. */
  public TabularPolicy mixturePolicy() {
    return tree.toPolicy(mixture);
  }

  /** Policy {@code index} of {@code player} as a per-slot profile (a copy; only the player's rows matter). */
  public double[] policy(int player, int index) {
    return policies.get(player).get(index).clone();
  }

  /** The agents' names, {@code psro:0} to {@code psro:(n-1)}. */
  public List<String> agents() {
    return agentNames(metaGame.size());
  }

  /** The names of the first {@code size} PSRO agents. */
  public static List<String> agentNames(int size) {
    List<String> names = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      names.add("psro:" + k);
    }
    return names;
  }

  /** The meta-game's records, one per ordered pairing, in index order. */
  public List<MatchRecord> records() {
    return records;
  }

  /**
   * A tournament specification describing the meta-game: the game, the agents {@code psro:k}, every
   * ordered pairing (self-play included) in index order as a custom schedule, one match per pairing,
   * seed 0. It describes stored records; its agents are not registered agents, so it cannot be
   * replayed by the tournament runner.
   */
  public TournamentSpec tournamentSpec(String game) {
    return tournamentSpec(game, metaGame.size());
  }

  /** The specification of a meta-game of {@code size} policies per player (see {@link #tournamentSpec(String)}). */
  public static TournamentSpec tournamentSpec(String game, int size) {
    List<int[]> seatings = new ArrayList<>(size * size);
    for (long index = 0; index < (long) size * size; index++) {
      seatings.add(MetaGame.pairing(index));
    }
    return new TournamentSpec(game, agentNames(size), new Schedule.Custom(seatings), 1, 0L);
  }

  /**
   * The meta-game as a cross-table of the agents {@code psro:k} over both seats, as a tournament with
   * seats swapped would measure it: cell {@code (k, l)} is
   * {@code (u0(k, l) + u1(l, k)) / 2}, agent {@code k}'s mean return over its game against {@code l}
   * in seat 0 and in seat 1 ({@code u_p(i, j)} being player p's return when player 0 plays policy i and
   * player 1 policy j); the diagonal is {@code (u0(k, k) + u1(k, k)) / 2}.
   */
  public CrossTable crossTable() {
    int n = metaGame.size();
    double[] cells = new double[n * n];
    for (int k = 0; k < n; k++) {
      for (int l = 0; l < n; l++) {
        cells[k * n + l] = (metaGame.payoff(0, k, l) + metaGame.payoff(1, l, k)) / 2;
      }
    }
    return new CrossTable(agents(), cells);
  }
}
