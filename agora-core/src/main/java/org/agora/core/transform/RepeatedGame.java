package org.agora.core.transform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameAbility;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.SaturatingArithmetic;
import org.agora.core.State;

/**
 * A one-shot simultaneous stage game played repeatedly; returns are the sums of the stage payoffs.
 *
 * <p>After each round every player observes the joint action. The information-state key is the
 * whole history of joint actions (perfect recall); {@code recall} sets how many past rounds the
 * observation (string and tensor) shows, which is what bounded-memory learners condition on. With a
 * {@code continuation} probability below 1, a chance node after each round ends the game with
 * probability {@code 1 - continuation}; {@code rounds} then caps the length, as in the iterated
 * prisoner's dilemma of Axelrod's tournaments with a random end.
 *
 * <p>The stage game must be chance-free, start at a simultaneous node and end after one joint
 * action; its payoffs are tabulated once, so a round costs a table look-up. The table holds at most
 * {@value #MAX_STAGE_PAYOFFS} payoffs and the observation tensor at most {@value #MAX_OBSERVATION_SIZE}
 * entries; larger stage games or recalls are refused when the game is created.
 *
 * <p>Abilities: an observation tensor ({@link RepeatedObservationTensor}) and, when the number of
 * joint-action histories fits in an {@code int}, information-state ids
 * ({@link RepeatedInformationStateIds}). The stage game's own abilities describe a single round and
 * are not offered for the repeated game.
 */
public final class RepeatedGame implements Game {

  /** Most stage payoffs (players x joint actions) tabulated; each costs a copy and a move of the stage game. */
  public static final long MAX_STAGE_PAYOFFS = 4_000_000L;

  /** Largest observation tensor (recall x players x actions entries); a learner allocates it per state. */
  public static final long MAX_OBSERVATION_SIZE = 1L << 24;

  private final Game stage;
  private final int rounds;
  private final int recall;
  private final double continuation;
  private final GameParameters parameters;
  private final int players;
  private final int[][] legal;
  private final int[][] positionOf;
  private final int[] strides;
  private final double[] stagePayoffs;
  private final String[][] actionNames;
  private final int profileCount;
  private final GameInfo info;
  private final GameAbilities abilities;

  /**
   * @param stage one-shot simultaneous game
   * @param rounds number of rounds (the cap when {@code continuation < 1})
   * @param recall rounds shown by observations, in {@code [1, rounds]}
   * @param continuation probability of playing another round, in {@code [0, 1]}
   * @throws GameSpecException if the stage game is not a chance-free one-shot simultaneous game or a
   *     parameter is out of range
   */
  public RepeatedGame(Game stage, int rounds, int recall, double continuation) {
    this(stage, rounds, recall, continuation, null);
  }

  /**
   * A repeated game registered under its own name, e.g. {@code repeated_rock_paper_scissors}: the
   * given parameters make {@link #name()}, and must recreate this game through the registry.
   *
   * @param parameters canonical parameters of the registered game; null for {@code repeated(...)}
   */
  public RepeatedGame(Game stage, int rounds, int recall, double continuation, GameParameters parameters) {
    if (rounds < 1) {
      throw new GameSpecException("repeated: rounds must be >= 1, got " + rounds);
    }
    if (recall < 1 || recall > rounds) {
      throw new GameSpecException("repeated: recall " + recall + " must be in [1, rounds=" + rounds + "]");
    }
    if (!(continuation >= 0.0 && continuation <= 1.0)) {
      throw new GameSpecException("repeated: continuation " + continuation + " must be in [0, 1]");
    }
    this.stage = stage;
    this.rounds = rounds;
    this.recall = recall;
    this.continuation = continuation;
    this.players = stage.playerCount();
    State initial = stage.newInitialState();
    if (stage.type().chance() != GameType.Chance.NONE || !initial.isSimultaneousNode()) {
      throw new GameSpecException("repeated: stage game " + stage.name()
          + " must be a chance-free one-shot simultaneous game (a normal-form game)");
    }
    checkSizes(stage, initial, players, recall);
    this.legal = new int[players][];
    this.positionOf = new int[players][stage.actionCount()];
    this.actionNames = new String[players][stage.actionCount()];
    this.strides = new int[players];
    int[] buffer = new int[stage.actionCount()];
    int profiles = 1;
    for (int p = players - 1; p >= 0; p--) {
      int count = initial.legalActions(p, buffer);
      legal[p] = java.util.Arrays.copyOf(buffer, count);
      java.util.Arrays.fill(positionOf[p], -1);
      for (int i = 0; i < count; i++) {
        positionOf[p][legal[p][i]] = i;
        actionNames[p][legal[p][i]] = initial.actionToString(p, legal[p][i]);
      }
      strides[p] = profiles;
      profiles *= count;
    }
    this.profileCount = profiles;
    this.stagePayoffs = new double[players * profiles];
    int[] joint = new int[players];
    for (int profile = 0; profile < profiles; profile++) {
      for (int p = 0; p < players; p++) {
        joint[p] = legal[p][(profile / strides[p]) % legal[p].length];
      }
      State child = initial.copy();
      child.apply(joint);
      if (!child.isTerminal()) {
        throw new GameSpecException("repeated: stage game " + stage.name() + " does not end after one joint action");
      }
      for (int p = 0; p < players; p++) {
        stagePayoffs[p * profiles + profile] = child.returns(p);
      }
    }
    double stageMin = stage.minUtility();
    double stageMax = stage.maxUtility();
    boolean fixed = continuation >= 1.0;
    double minUtility = stageMin < 0 || fixed ? stageMin * rounds : stageMin;
    double maxUtility = stageMax > 0 || fixed ? stageMax * rounds : stageMax;
    GameType.Utility utility = stage.type().utility();
    if (utility == GameType.Utility.CONSTANT_SUM && !fixed) {
      utility = GameType.Utility.GENERAL_SUM;
    }
    GameType type = new GameType(GameType.Dynamics.SIMULTANEOUS, fixed ? GameType.Chance.NONE : GameType.Chance.EXPLICIT,
        GameType.Information.IMPERFECT, utility);
    this.info = new GameInfo(type, players, stage.actionCount(), fixed ? 0 : 2, minUtility, maxUtility,
        fixed ? rounds : 2 * rounds - 1);
    java.util.List<GameAbility> offered = new java.util.ArrayList<>();
    offered.add(new RepeatedObservationTensor(this));
    RepeatedInformationStateIds.create(this).ifPresent(offered::add);
    this.abilities = GameAbilities.of(offered);
    if (parameters == null) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("stage", stage.name());
      values.put("rounds", rounds);
      values.put("recall", recall);
      values.put("continuation", continuation);
      parameters = GameParameters.of("repeated", values);
    }
    this.parameters = parameters;
  }

  /**
   * Refuses a stage game whose payoff table, or a recall whose observation tensor, is too large to
   * allocate, before anything is allocated. Saturating arithmetic: a plain {@code int} product of the
   * action counts wrapped around (goofspiel with 30 cards and 10 players made a negative table size).
   */
  private static void checkSizes(Game stage, State initial, int players, int recall) {
    int[] buffer = new int[stage.actionCount()];
    long profiles = 1;
    for (int p = 0; p < players; p++) {
      profiles = SaturatingArithmetic.multiply(profiles, initial.legalActions(p, buffer));
    }
    long payoffs = SaturatingArithmetic.multiply(players, profiles);
    if (payoffs > MAX_STAGE_PAYOFFS) {
      throw new GameSpecException("repeated: stage game " + stage.name() + " has "
          + (profiles == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(profiles))
          + " joint actions, too many to tabulate; allowed: players x joint actions <= " + MAX_STAGE_PAYOFFS);
    }
    long observation = SaturatingArithmetic.product(recall, players, stage.actionCount());
    if (observation > MAX_OBSERVATION_SIZE) {
      throw new GameSpecException("repeated: parameter 'recall' value '" + recall + "' gives observations of "
          + observation + " entries (recall x " + players + " players x " + stage.actionCount()
          + " actions); allowed: at most " + MAX_OBSERVATION_SIZE + ", so recall <= "
          + MAX_OBSERVATION_SIZE / ((long) players * stage.actionCount()));
    }
  }

  public Game stage() {
    return stage;
  }

  public int rounds() {
    return rounds;
  }

  public int recall() {
    return recall;
  }

  public double continuation() {
    return continuation;
  }

  int[] legal(int player) {
    return legal[player];
  }

  String actionName(int player, int action) {
    return actionNames[player][action];
  }

  int positionOf(int player, int action) {
    return action >= 0 && action < positionOf[player].length ? positionOf[player][action] : -1;
  }

  int stride(int player) {
    return strides[player];
  }

  double stagePayoff(int player, int profile) {
    return stagePayoffs[player * profileCount + profile];
  }

  /** Number of joint actions (pure profiles) of the stage game. */
  int profileCount() {
    return profileCount;
  }

  @Override
  public String name() {
    return parameters.toGameString();
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }







  @Override
  public GameInfo info() {
    return info;
  }

  @Override
  public GameAbilities abilities() {
    return abilities;
  }

  @Override
  public OptionalDouble utilitySum() {
    OptionalDouble stageSum = stage.utilitySum();
    if (info.type().utility() == GameType.Utility.ZERO_SUM) {
      return OptionalDouble.of(0.0);
    }
    if (info.type().utility() == GameType.Utility.CONSTANT_SUM && stageSum.isPresent()) {
      return OptionalDouble.of(stageSum.getAsDouble() * rounds);
    }
    return OptionalDouble.empty();
  }


  @Override
  public String playerName(int player) {
    return stage.playerName(player);
  }

  @Override
  public State newInitialState() {
    return new RepeatedState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new RepeatedState(this, recordHistory);
  }
}
