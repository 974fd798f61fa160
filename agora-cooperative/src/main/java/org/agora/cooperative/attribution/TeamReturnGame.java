package org.agora.cooperative.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;
import org.agora.core.Agent;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;

/**
 * A team's return as a coalition game, after Heuillet, Couthouis and Díaz-Rodríguez, "Collective
 * eXplainable AI: Explaining Cooperative Strategies and Agent Contribution in Multiagent
 * Reinforcement Learning with Shapley Values", IEEE Computational Intelligence Magazine 17(1), 2022.
 * Player i of the coalition game is the team's seat {@code team[i]}; {@code v(S)} is the team's mean
 * return (the sum of its seats' returns) over {@code episodes} episodes in which the members in S play
 * their own agents and every other seat, in the team or not, plays the default agent. Then the
 * Shapley value of seat i is its agent's share of the gain {@code v(N) - v(empty)} over the default.
 *
 * <p>Common random numbers: every coalition plays the same episodes. Episode e samples chance from
 * the e-th seed of {@code SplittableRandom(seed)}, and seat p's agent, own or default, gets the same
 * seed in every coalition; agents are created once per coalition and restarted per episode. So an
 * agent that plays exactly as the default makes no difference to any episode and gets exactly 0,
 * and the differences between coalitions carry far less noise than independent runs would.
 *
 * <p>Each coalition is played once and cached ({@link #standardError(long)} reports the standard error
 * of its mean); evaluating one costs {@code episodes} episodes. At most {@value
 * CoalitionEstimates#MAX_PLAYERS} team seats. Departure from the paper: it approximates the Shapley
 * value by sampled coalitions of trained agents whose absent members take random actions; here the
 * default is any agent and the estimator is the caller's choice. Not thread-safe.
 */
public final class TeamReturnGame implements CoalitionGame {

  private final Game game;
  private final int[] team;
  private final SeatAgentFactory[] members;
  private final SeatAgentFactory defaultAgent;
  private final int episodes;
  private final long seed;
  private final long[] episodeSeeds;
  private final long[] agentSeeds;
  private final EpisodeLoop loop;
  private final CoalitionEstimates estimates;
  private final String description;

  /**
   * @param game the game played
   * @param team the team's seats, distinct players of {@code game}; coalition player i is {@code team[i]}
   * @param members one agent factory per team seat, in {@code team} order
   * @param defaultAgent the agent of every seat not in the coalition
   * @param episodes episodes per coalition, at least 1
   * @param seed the seed of the episodes and the agents
   * @throws IllegalArgumentException naming the first bad argument
   */
  public TeamReturnGame(Game game, int[] team, List<SeatAgentFactory> members, SeatAgentFactory defaultAgent,
      int episodes, long seed) {
    this(game, team, members, defaultAgent, episodes, seed, null);
  }

  private TeamReturnGame(Game game, int[] team, List<SeatAgentFactory> members, SeatAgentFactory defaultAgent,
      int episodes, long seed, String description) {
    this.game = game;
    this.team = team.clone();
    checkTeam(game, this.team);
    if (members.size() != team.length) {
      throw new IllegalArgumentException("the team has " + team.length + " seats but " + members.size()
          + " agents were given; give one agent per team seat");
    }
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be at least 1, not " + episodes);
    }
    this.members = members.toArray(new SeatAgentFactory[0]);
    this.defaultAgent = defaultAgent;
    this.episodes = episodes;
    this.seed = seed;
    CommonSeeds seeds = CommonSeeds.of(seed, game.playerCount(), episodes);
    this.agentSeeds = seeds.agents();
    this.episodeSeeds = seeds.episodes();
    this.loop = new EpisodeLoop(game);
    this.estimates = new CoalitionEstimates(team.length, "a team", this::play);
    this.description = description != null ? description
        : "team" + Arrays.toString(this.team) + " in " + game.name();
  }

  /**
   * A team game whose agents are registered agent strings ({@link AgentRegistry}), such as {@code
   * mcts(simulations=200)} for the members and {@code random} for the default.
   *
   * @throws org.agora.core.GameSpecException for an unknown agent or a bad option
   */
  public static TeamReturnGame fromStrings(Game game, int[] team, List<String> memberAgents, String defaultAgent,
      int episodes, long seed) {
    List<SeatAgentFactory> factories = new ArrayList<>();
    for (String agent : memberAgents) {
      factories.add(AgentRegistry.factory(agent)::create);
    }
    String description = "team" + Arrays.toString(team) + " of " + String.join(",", memberAgents) + " vs default "
        + defaultAgent + " in " + game.name();
    return new TeamReturnGame(game, team, factories, AgentRegistry.factory(defaultAgent)::create, episodes, seed,
        description);
  }

  private static void checkTeam(Game game, int[] team) {
    if (team.length == 0) {
      throw new IllegalArgumentException("the team is empty; give at least one seat");
    }
    boolean[] seen = new boolean[game.playerCount()];
    for (int seat : team) {
      if (seat < 0 || seat >= seen.length) {
        throw new IllegalArgumentException("seat " + seat + " is not a player of " + game.name() + " (players 0 to "
            + (seen.length - 1) + ")");
      }
      if (seen[seat]) {
        throw new IllegalArgumentException("seat " + seat + " is in the team twice");
      }
      seen[seat] = true;
    }
  }

  private void play(long coalition, double[] out) {
    Agent[] agents = new Agent[game.playerCount()];
    for (int p = 0; p < agents.length; p++) {
      agents[p] = defaultAgent.create(game, p, agentSeeds[p]);
    }
    for (int i = 0; i < team.length; i++) {
      if ((coalition >>> i & 1L) != 0) {
        int seat = team[i];
        agents[seat] = members[i].create(game, seat, agentSeeds[seat]);
      }
    }
    CoalitionEstimates.Running running = new CoalitionEstimates.Running();
    for (int e = 0; e < episodes; e++) {
      double[] returns = loop.play(agents, new SplittableRandom(episodeSeeds[e]));
      double total = 0.0;
      for (int seat : team) {
        total += returns[seat];
      }
      running.add(total);
    }
    running.write(out);
  }

  @Override
  public int playerCount() {
    return team.length;
  }

  /** The team's mean return with the members in {@code coalition} playing their agents (cached). */
  @Override
  public double value(long coalition) {
    return estimates.mean(coalition);
  }

  /** The standard error of {@link #value(long)}: the sample standard deviation over the root of the episodes. */
  public double standardError(long coalition) {
    return estimates.standardError(coalition);
  }

  /** The number of distinct coalitions played so far. */
  public long coalitionsPlayed() {
    return estimates.evaluations();
  }

  /** The team's seats, coalition player order. */
  public int[] team() {
    return team.clone();
  }

  /** Episodes per coalition. */
  public int episodes() {
    return episodes;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  @Override
  public String describe() {
    return description;
  }
}
