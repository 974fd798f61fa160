package org.agora.cooperative.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;
import org.agora.core.Agent;
import org.agora.core.Game;
import org.agora.core.ObservationTensorWriter;

/**
 * A policy's return as a game among the features it observes, after the performance explanation of
 * Beechey, Smith and Şimşek, "Explaining Reinforcement Learning with Shapley Values", ICML 2023
 * (SVERL-P): {@code v(C)} is the expected return of the seat's policy when at every decision it
 * observes only the features in C and the others are marginalised. Player i of the coalition game is
 * feature group i: by default each entry of the seat's {@code float[]} observation tensor, or the
 * entries a grouping maps to i (one group per one-hot block, for instance). The other seats play a
 * fixed agent; {@code v(C)} is the seat's mean return over {@code episodes} episodes.
 *
 * <p>Marginalisation ({@link Marginalisation}): the policy's action distribution is averaged over
 * observations whose hidden features come from reference observations, or the hidden features are
 * replaced by their reference mean. {@link OnPolicyObservations} collects the reference the paper
 * prescribes, the observations the unmasked policy meets when it plays (its on-policy distribution).
 *
 * <p>Departures from the paper, as far as we could check its definitions: (1) it marginalises over
 * the on-policy distribution of states conditioned on the observed features, {@code p(s | s_C)};
 * here hidden features are drawn from the reference independently of the observed ones (the
 * interventional approximation of KernelSHAP), which equals the conditional when features are
 * independent; (2) the policy is marginalised at every decision and the return counted from the
 * game's initial state distribution (the paper also gives local explanations, where only the state
 * being explained is affected); (3) games, not MDPs: the other seats' agents are part of the
 * environment.
 *
 * <p>Common random numbers as in {@link TeamReturnGame}: episode e samples chance from the same seed
 * in every coalition, the agents get the same seeds, and the masked policy makes the same number of
 * draws per decision, so a feature the policy ignores changes no episode and gets exactly 0. Each
 * coalition is played once and cached with its standard error; at most {@value
 * CoalitionEstimates#MAX_PLAYERS} feature groups. Not thread-safe.
 */
public final class FeatureReturnGame implements CoalitionGame {

  /**
   * Settings with defaults.
   *
   * @param marginalisation how hidden features are filled in
   * @param samples reference observations averaged per decision with {@link Marginalisation#REFERENCE_SAMPLES}
   * @param featureGroups the group of each tensor entry, in {@code [0, groups)} with every group used,
   *     or null for one group per entry
   */
  public record Options(Marginalisation marginalisation, int samples, int[] featureGroups) {

    /** Reference samples, 16 per decision, one group per tensor entry. */
    public static final Options DEFAULT = new Options(Marginalisation.REFERENCE_SAMPLES, 16, null);

    public Options {
      if (marginalisation == null) {
        throw new IllegalArgumentException("marginalisation is required");
      }
      if (samples < 1) {
        throw new IllegalArgumentException("samples must be at least 1, not " + samples);
      }
      featureGroups = featureGroups == null ? null : featureGroups.clone();
    }

    @Override
    public int[] featureGroups() {
      return featureGroups == null ? null : featureGroups.clone();
    }
  }

  private final Game game;
  private final int player;
  private final ObservationPolicy policy;
  private final SeatAgentFactory others;
  private final float[][] reference;
  private final float[] referenceMean;
  private final Options options;
  private final int[] groups;
  private final int groupCount;
  private final int episodes;
  private final long seed;
  private final long[] agentSeeds;
  private final long[] episodeSeeds;
  private final EpisodeLoop loop;
  private final CoalitionEstimates estimates;

  /**
   * @param game a game offering an {@link ObservationTensorWriter}
   * @param player the seat the policy plays
   * @param policy the policy explained
   * @param others the agent of every other seat
   * @param reference reference observations, each of the tensor's size (at least one)
   * @param options marginalisation, samples and feature groups
   * @param episodes episodes per coalition, at least 1
   * @param seed the seed of the episodes, the agents and the policy's draws
   * @throws IllegalArgumentException naming the first bad argument
   */
  public FeatureReturnGame(Game game, int player, ObservationPolicy policy, SeatAgentFactory others,
      List<float[]> reference, Options options, int episodes, long seed) {
    this.game = game;
    int size = tensorSize(game);
    if (player < 0 || player >= game.playerCount()) {
      throw new IllegalArgumentException("seat " + player + " is not a player of " + game.name() + " (players 0 to "
          + (game.playerCount() - 1) + ")");
    }
    if (reference.isEmpty()) {
      throw new IllegalArgumentException("no reference observations; give at least one");
    }
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be at least 1, not " + episodes);
    }
    this.player = player;
    this.policy = policy;
    this.others = others;
    this.options = options;
    this.reference = new float[reference.size()][];
    this.referenceMean = new float[size];
    double[] sums = new double[size];
    for (int r = 0; r < this.reference.length; r++) {
      float[] row = reference.get(r);
      if (row.length != size) {
        throw new IllegalArgumentException("reference observation " + r + " has " + row.length
            + " entries; the observation tensor of " + game.name() + " has " + size);
      }
      this.reference[r] = row.clone();
      for (int i = 0; i < size; i++) {
        sums[i] += row[i];
      }
    }
    for (int i = 0; i < size; i++) {
      referenceMean[i] = (float) (sums[i] / this.reference.length);
    }
    this.groups = groups(options.featureGroups(), size);
    this.groupCount = Arrays.stream(groups).max().orElse(-1) + 1;
    if (groupCount > CoalitionEstimates.MAX_PLAYERS) {
      throw new IllegalArgumentException("the observation tensor of " + game.name() + " has " + groupCount
          + " features; at most " + CoalitionEstimates.MAX_PLAYERS + " can be attributed: group them with"
          + " Options.featureGroups (one group per one-hot block, for instance)");
    }
    this.episodes = episodes;
    this.seed = seed;
    CommonSeeds seeds = CommonSeeds.of(seed, game.playerCount(), episodes);
    this.agentSeeds = seeds.agents();
    this.episodeSeeds = seeds.episodes();
    this.loop = new EpisodeLoop(game);
    this.estimates = new CoalitionEstimates(groupCount, "a feature game", this::play);
  }

  /**
   * The size of {@code game}'s observation tensor.
   *
   * @throws IllegalArgumentException when the game offers none
   */
  static int tensorSize(Game game) {
    return game.ability(ObservationTensorWriter.class)
        .orElseThrow(() -> new IllegalArgumentException(game.name() + " offers no observation tensor; feature"
            + " attribution needs a game with an ObservationTensorWriter"))
        .size();
  }

  private static int[] groups(int[] given, int size) {
    if (given == null) {
      int[] identity = new int[size];
      Arrays.setAll(identity, i -> i);
      return identity;
    }
    if (given.length != size) {
      throw new IllegalArgumentException(given.length + " feature groups for a tensor of " + size + " entries");
    }
    int count = Arrays.stream(given).max().orElse(-1) + 1;
    boolean[] used = new boolean[Math.max(0, count)];
    for (int i = 0; i < size; i++) {
      if (given[i] < 0) {
        throw new IllegalArgumentException("entry " + i + " has feature group " + given[i] + "; allowed: 0 or more");
      }
      used[given[i]] = true;
    }
    for (int g = 0; g < count; g++) {
      if (!used[g]) {
        throw new IllegalArgumentException("feature group " + g + " has no entry; number the groups 0 to "
            + (count - 1) + " without gaps");
      }
    }
    return given.clone();
  }

  private void play(long coalition, double[] out) {
    boolean[] observed = new boolean[groups.length];
    for (int i = 0; i < groups.length; i++) {
      observed[i] = (coalition >>> groups[i] & 1L) != 0;
    }
    Agent[] agents = new Agent[game.playerCount()];
    for (int p = 0; p < agents.length; p++) {
      agents[p] = p == player
          ? new MaskedPolicyAgent(game, p, policy, observed, reference, referenceMean, options.marginalisation(),
              options.samples(), agentSeeds[p], null)
          : others.create(game, p, agentSeeds[p]);
    }
    CoalitionEstimates.Running running = new CoalitionEstimates.Running();
    for (int e = 0; e < episodes; e++) {
      running.add(loop.play(agents, new SplittableRandom(episodeSeeds[e]))[player]);
    }
    running.write(out);
  }

  @Override
  public int playerCount() {
    return groupCount;
  }

  /** The policy's mean return when it observes the feature groups in {@code coalition} (cached). */
  @Override
  public double value(long coalition) {
    return estimates.mean(coalition);
  }

  /** The standard error of {@link #value(long)}. */
  public double standardError(long coalition) {
    return estimates.standardError(coalition);
  }

  /** The number of distinct coalitions played so far. */
  public long coalitionsPlayed() {
    return estimates.evaluations();
  }

  /** The per-feature mean of the reference observations. */
  public float[] referenceMean() {
    return referenceMean.clone();
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  @Override
  public String describe() {
    return "features of " + game.playerName(player) + "'s policy in " + game.name();
  }

  /** For {@link OnPolicyObservations}: a list that collects what the unmasked policy observes. */
  static List<float[]> collect(Game game, int player, ObservationPolicy policy, SeatAgentFactory others,
      int episodes, long seed) {
    int size = tensorSize(game);
    boolean[] all = new boolean[size];
    Arrays.fill(all, true);
    List<float[]> observations = new ArrayList<>();
    SplittableRandom root = new SplittableRandom(seed);
    Agent[] agents = new Agent[game.playerCount()];
    for (int p = 0; p < agents.length; p++) {
      long agentSeed = root.nextLong();
      agents[p] = p == player
          ? new MaskedPolicyAgent(game, p, policy, all, new float[][] {new float[size]}, new float[size],
              Marginalisation.REFERENCE_MEAN, 1, agentSeed, observations::add)
          : others.create(game, p, agentSeed);
    }
    EpisodeLoop loop = new EpisodeLoop(game);
    for (int e = 0; e < episodes; e++) {
      loop.play(agents, new SplittableRandom(root.nextLong()));
    }
    return observations;
  }
}
