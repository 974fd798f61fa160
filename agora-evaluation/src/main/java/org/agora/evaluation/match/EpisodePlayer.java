package org.agora.evaluation.match;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.Agent;
import org.agora.core.Game;
import org.agora.core.PlayerView;
import org.agora.core.State;
import org.agora.core.StateAgent;
import org.agora.core.Turn;
import org.agora.core.ViewAgent;

/**
 * Plays single episodes of one game between seated agents, checking every action: the move loop
 * shared by {@link EpisodeRunner} and the tournament runner. One player per thread; it reuses its
 * buffers from episode to episode.
 *
 * <p>Agents see what their type declares: a {@link ViewAgent} is handed a fresh {@link PlayerView} of
 * its seat per move, a {@link StateAgent} the state. The state is created inside {@link #play} and
 * records no history unless some seated agent is handed the state; the player keeps the episode's
 * moves itself for failure messages. Random play in Kuhn poker allocated 114 bytes an episode with a
 * recording state created by the caller, against 75 this way; in a fresh JVM such play ran at 2.6M
 * episodes/s until the first young collection and 12M/s after it, the difference being first touches
 * of fresh heap pages.
 */
public final class EpisodePlayer {

  private final Game game;
  private final long maxLength;
  private final int[] legal;
  private final int[] joint;
  private final double[] returns;
  private final ViewAgent[] viewAgents;
  private final StateAgent[] stateAgents;
  private Agent[] agents;
  private List<String> names;
  /** True when some seated agent is handed the state (and may read its history). */
  private boolean stateSeen;
  /** The moves of the current episode, for failure messages. */
  private int[] moves = new int[16];

  public EpisodePlayer(Game game) {
    this.game = game;
    this.maxLength = game.maxGameLength();
    int players = game.playerCount();
    this.legal = new int[Math.max(1, game.actionCount())];
    this.joint = new int[players];
    this.returns = new double[players];
    this.viewAgents = new ViewAgent[players];
    this.stateAgents = new StateAgent[players];
  }

  /**
   * Seats {@code agents} (one per player, seat order) for the next episodes.
   *
   * @param names the agents' strings, seat order, used in failure messages
   */
  public void seat(Agent[] agents, List<String> names) {
    if (agents.length != joint.length || names.size() != joint.length) {
      throw new IllegalArgumentException(game.name() + " has " + joint.length + " players, got " + agents.length
          + " agents and " + names.size() + " names");
    }
    this.agents = agents;
    this.names = names;
    boolean seen = false;
    for (int p = 0; p < agents.length; p++) {
      if (agents[p] instanceof ViewAgent viewAgent) {
        viewAgents[p] = viewAgent;
        stateAgents[p] = null;
      } else {
        viewAgents[p] = null;
        stateAgents[p] = (StateAgent) agents[p];
        seen = true;
      }
    }
    this.stateSeen = seen;
  }

  /** The seated agents, seat order. */
  public Agent[] agents() {
    return agents;
  }

  /**
   * Plays one episode from a new initial state with the seated agents (without calling
   * {@link Agent#restart()} or {@link Agent#episodeEnded(double[])}: the caller does), sampling chance
   * with {@code random}, and returns the number of moves made; the players' returns are then in
   * {@link #returns()}.
   *
   * @throws MatchFailure if an agent chose an illegal action or the episode exceeded the game's maximum
   *     length
   */
  public long play(SplittableRandom random) {
    State state = game.newInitialState(stateSeen);
    int recorded = 0;
    long count = 0;
    while (true) {
      Turn turn = state.turn();
      if (turn == Turn.TERMINAL) {
        break;
      }
      if (turn == Turn.CHANCE) {
        int outcome = state.sampleChanceOutcome(random);
        state.apply(outcome);
        record(recorded++, outcome);
      } else if (turn == Turn.SIMULTANEOUS) {
        for (int p = 0; p < joint.length; p++) {
          joint[p] = checkedStep(state, p, recorded);
        }
        state.apply(joint);
        for (int action : joint) {
          record(recorded++, action);
        }
      } else {
        int player = ((Turn.Decision) turn).player();
        int action = checkedStep(state, player, recorded);
        state.apply(action);
        record(recorded++, action);
      }
      count++;
      if (count > maxLength) {
        throw tooLong();
      }
    }
    for (int p = 0; p < returns.length; p++) {
      returns[p] = state.returns(p);
    }
    return count;
  }

  /** The players' returns in the last episode played (a buffer the next episode overwrites). */
  public double[] returns() {
    return returns;
  }

  /** The action of {@code player}'s agent, checked against the legal actions. */
  private int checkedStep(State state, int player, int recorded) {
    ViewAgent viewAgent = viewAgents[player];
    int action = viewAgent != null ? viewAgent.step(PlayerView.of(state, player)) : stateAgents[player].step(state);
    int count = state.legalActions(player, legal);
    for (int i = 0; i < count; i++) {
      if (legal[i] == action) {
        return action;
      }
    }
    throw illegalAction(player, action, recorded, count);
  }

  private void record(int index, int move) {
    if (index == moves.length) {
      moves = Arrays.copyOf(moves, moves.length * 2);
    }
    moves[index] = move;
  }

  private MatchFailure illegalAction(int player, int action, int recorded, int legalCount) {
    return new MatchFailure("agent '" + names.get(player) + "' (" + game.playerName(player)
        + ") chose illegal action " + action + " after history "
        + Arrays.toString(Arrays.copyOf(moves, recorded)) + "; legal: "
        + Arrays.toString(Arrays.copyOf(legal, legalCount)));
  }

  private MatchFailure tooLong() {
    return new MatchFailure(game.name() + " did not end within its declared maximum length of " + maxLength + " moves");
  }
}
