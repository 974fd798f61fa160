package org.agora.evaluation.tournament;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which groups of agents meet: a list of pairings, each a base seating (agent index per seat). Match
 * {@code m} of a pairing rotates its base seating by {@code m} seats (seat {@code s} is taken by
 * {@code base[(s + m) mod players]}), so in a two-player game the agents swap seats every match and
 * with an even number of matches each agent plays each seat equally often.
 */
public sealed interface Schedule extends Serializable {

  /**
   * The base seatings of a tournament of {@code agents} agents in a game of {@code players} players.
   *
   * @throws IllegalArgumentException when the schedule does not fit the agents or the game
   */
  List<int[]> pairings(int agents, int players);

  /**
   * Every group of {@code players} distinct agents once, in lexicographic order (for two players,
   * every pair {@code i < j}); with {@code selfPlay}, groups may repeat an agent ({@code i <= j}).
   */
  record RoundRobin(boolean selfPlay) implements Schedule {
    private static final long serialVersionUID = 1L;

    @Override
    public List<int[]> pairings(int agents, int players) {
      if (!selfPlay && agents < players) {
        throw new IllegalArgumentException("a round robin of a " + players + "-player game needs at least "
            + players + " agents, got " + agents + " (or allow self-play)");
      }
      List<int[]> pairings = new ArrayList<>();
      int[] group = new int[players];
      fill(group, 0, 0, agents, pairings);
      return pairings;
    }

    private void fill(int[] group, int seat, int from, int agents, List<int[]> out) {
      if (seat == group.length) {
        out.add(group.clone());
        return;
      }
      for (int a = from; a < agents; a++) {
        group[seat] = a;
        fill(group, seat + 1, selfPlay ? a : a + 1, agents, out);
      }
    }
  }

  /** Agent {@code focal} against every group of the others (for two players: against each other agent). */
  record OneVsPopulation(int focal) implements Schedule {
    private static final long serialVersionUID = 1L;

    @Override
    public List<int[]> pairings(int agents, int players) {
      if (focal < 0 || focal >= agents) {
        throw new IllegalArgumentException("the focal agent " + focal + " is not one of the " + agents + " agents");
      }
      if (agents < players) {
        throw new IllegalArgumentException("a " + players + "-player game needs the focal agent and "
            + (players - 1) + " others, got " + (agents - 1) + " others");
      }
      int[] others = new int[agents - 1];
      for (int a = 0, k = 0; a < agents; a++) {
        if (a != focal) {
          others[k++] = a;
        }
      }
      List<int[]> groups = new RoundRobin(false).pairings(others.length, players - 1);
      List<int[]> pairings = new ArrayList<>(groups.size());
      for (int[] group : groups) {
        int[] seating = new int[players];
        seating[0] = focal;
        for (int s = 1; s < players; s++) {
          seating[s] = others[group[s - 1]];
        }
        pairings.add(seating);
      }
      return pairings;
    }
  }

  /** Explicit base seatings (agent indexes, one per seat). */
  record Custom(List<int[]> seatings) implements Schedule {
    private static final long serialVersionUID = 1L;

    public Custom {
      if (seatings.isEmpty()) {
        throw new IllegalArgumentException("a custom schedule needs at least one seating");
      }
      List<int[]> copies = new ArrayList<>(seatings.size());
      for (int[] seating : seatings) {
        copies.add(seating.clone());
      }
      seatings = List.copyOf(copies);
    }

    @Override
    public List<int[]> pairings(int agents, int players) {
      List<int[]> pairings = new ArrayList<>(seatings.size());
      for (int[] seating : seatings) {
        if (seating.length != players) {
          throw new IllegalArgumentException("seating " + Arrays.toString(seating) + " has " + seating.length
              + " seats; the game has " + players + " players");
        }
        for (int agent : seating) {
          if (agent < 0 || agent >= agents) {
            throw new IllegalArgumentException("seating " + Arrays.toString(seating) + " names agent " + agent
                + "; there are " + agents + " agents (0 to " + (agents - 1) + ")");
          }
        }
        pairings.add(seating.clone());
      }
      return pairings;
    }

    @Override
    public List<int[]> seatings() {
      List<int[]> copies = new ArrayList<>(seatings.size());
      for (int[] seating : seatings) {
        copies.add(seating.clone());
      }
      return copies;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Custom custom) || custom.seatings.size() != seatings.size()) {
        return false;
      }
      for (int i = 0; i < seatings.size(); i++) {
        if (!Arrays.equals(seatings.get(i), custom.seatings.get(i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int hash = 1;
      for (int[] seating : seatings) {
        hash = 31 * hash + Arrays.hashCode(seating);
      }
      return hash;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("Custom[");
      for (int i = 0; i < seatings.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(Arrays.toString(seatings.get(i)));
      }
      return text.append(']').toString();
    }
  }
}
