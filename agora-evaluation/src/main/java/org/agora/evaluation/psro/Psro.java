package org.agora.evaluation.psro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.agora.core.GameType;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.solvers.bestresponse.BestResponse;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.tree.GameTree;

/**
 * Policy-space response oracles on a compiled two-player {@link GameTree} (M. Lanctot, V. Zambaldi,
 * A. Gruslys, A. Lazaridou, K. Tuyls, J. Pérolat, D. Silver and T. Graepel, "A Unified Game-Theoretic
 * Approach to Multiagent Reinforcement Learning", NeurIPS 2017, algorithm 1).
 *
 * <p>Each player starts with one tabular behaviour policy (uniform by default). Iteration {@code t}
 * solves the current meta-game with the {@link MetaSolver}, forms each player's meta-strategy mixture
 * as one behaviour strategy ({@link PolicyMixture}, realization-weighted), measures its NashConv and
 * then adds, for each player, the exact best response to the opponent's mixture
 * ({@link BestResponse}: exact in the sense of a full tree sweep, in double precision) as a new pure
 * policy, and evaluates the new meta-game entries exactly ({@link PolicyEvaluation}). The
 * best-response values are the NashConv's, so measuring costs nothing extra.
 *
 * <p>Departures from the paper: the oracle is an exact best response instead of a reinforcement
 * learner, and meta-game entries are exact expected returns instead of sampled ones, so a run is
 * deterministic. A best response equal to a policy already present is still added (the meta-solvers
 * cope with duplicates and indexes stay aligned across players). Cost per iteration: O(n x nodes)
 * for the 2n + 1 new entries plus O(nodes) for the two best responses, and the meta-solver's.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class Psro {

  /** The live series of each row's NashConv. */
  public static final String NASH_CONV_SERIES = "NashConv";

  private final GameTree tree;
  private final MetaSolver metaSolver;
  private final boolean zeroSum;
  private final List<List<double[]>> policies = List.of(new ArrayList<>(), new ArrayList<>());
  private final List<List<double[]>> reaches = List.of(new ArrayList<>(), new ArrayList<>());
  private double[] returns = new double[64];
  private final List<MatchRecord> records = new ArrayList<>();

  /** PSRO from the uniform policy. */
  public Psro(GameTree tree, MetaSolver metaSolver) {
    this(tree, metaSolver, tree.uniformBehaviour());
  }

  /**
   * PSRO from {@code initial}, a per-slot behaviour profile of the tree giving both players' first
   * policy.
   *
   * @throws IllegalArgumentException unless the game has two players, or for a profile of the wrong
   *     length or whose rows are not distributions
   */
  public Psro(GameTree tree, MetaSolver metaSolver, double[] initial) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.metaSolver = Objects.requireNonNull(metaSolver, "metaSolver");
    if (tree.playerCount() != 2) {
      throw new IllegalArgumentException("PSRO needs a two-player game; " + tree.game().name() + " has "
          + tree.playerCount() + " players");
    }
    checkProfile(tree, initial);
    GameType.Utility utility = tree.game().type().utility();
    this.zeroSum = utility == GameType.Utility.ZERO_SUM || utility == GameType.Utility.CONSTANT_SUM;
    addPolicies(initial.clone(), initial.clone());
  }

  /** The per-slot profile in which every player plays its first legal action. */
  public static double[] firstActionBehaviour(GameTree tree) {
    double[] behaviour = tree.newSlotArray();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      behaviour[infoset * tree.maxActions()] = 1.0;
    }
    return behaviour;
  }

  private static void checkProfile(GameTree tree, double[] profile) {
    if (profile.length != tree.infosetCount() * tree.maxActions()) {
      throw new IllegalArgumentException("the initial policy has " + profile.length + " entries; this tree needs "
          + tree.infosetCount() * tree.maxActions());
    }
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      double total = 0.0;
      for (int k = 0; k < tree.actionCount(infoset); k++) {
        double p = profile[infoset * tree.maxActions() + k];
        if (!(p >= 0.0) || !Double.isFinite(p)) {
          throw new IllegalArgumentException("the initial policy gives probability " + p + " at '"
              + tree.infosetKey(infoset) + "'");
        }
        total += p;
      }
      if (Math.abs(total - 1.0) > 1e-9) {
        throw new IllegalArgumentException("the initial policy's probabilities at '" + tree.infosetKey(infoset)
            + "' sum to " + total + ", not 1");
      }
    }
  }

  /** The compiled game. */
  public GameTree tree() {
    return tree;
  }

  /** The meta-solver. */
  public MetaSolver metaSolver() {
    return metaSolver;
  }

  /** Policies per player so far. */
  public int size() {
    return policies.get(0).size();
  }

  /** The current meta-game. */
  public MetaGame metaGame() {
    return new MetaGame(size(), zeroSum, returns);
  }

  /** Policy {@code index} of {@code player} as a per-slot profile (a copy; only the player's rows matter). */
  public double[] policy(int player, int index) {
    return policies.get(player).get(index).clone();
  }

  /** The meta-game records so far, in index order (a copy). */
  public List<MatchRecord> records() {
    return List.copyOf(records);
  }

  /**
   * Runs up to {@code iterations} best-response rounds: reports rows 0 to {@code iterations} (one per
   * meta-game size), stopping early once {@link PsroIteration#gap()} is at most {@code stopBelow}.
   * Records of new meta-game entries go to {@code sink} as they are computed (first those of the
   * initial policies, then one block per round); {@code listener} gets each row as it completes.
   * Progress counts rows out of {@code iterations + 1}, each row's NashConv is a live point of the
   * series {@value #NASH_CONV_SERIES} (x the row's iteration); cancellation is polled before each row.
   *
   * @throws org.agora.core.job.JobCancelledException when cancelled
   * @throws IllegalArgumentException for a negative iteration count
   */
  public PsroResult run(int iterations, double stopBelow, JobContext context, MatchSink sink,
      Consumer<PsroIteration> listener) {
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
    }
    long start = System.nanoTime();
    ProgressMeter meter = ProgressMeter.of(context, (long) iterations + 1);
    List<PsroIteration> rows = new ArrayList<>();
    int emitted = 0;
    for (int t = 0; ; t++) {
      meter.step();
      if (emitted < records.size()) {
        sink.accept(List.copyOf(records.subList(emitted, records.size())));
        emitted = records.size();
      }
      MetaGame metaGame = metaGame();
      double[][] metaStrategy = metaSolver.solve(metaGame);
      double[] mixture = mixture(metaStrategy);
      double[] values = PolicyEvaluation.expectedReturns(tree, mixture);
      BestResponse.Result[] responses = new BestResponse.Result[2];
      double nashConv = 0.0;
      for (int p = 0; p < 2; p++) {
        responses[p] = BestResponse.compute(tree, mixture, p);
        nashConv += responses[p].value() - values[p];
      }
      PsroIteration row = new PsroIteration(t, size(), metaStrategy, nashConv, zeroSum ? nashConv / 2 : Double.NaN,
          System.nanoTime() - start);
      rows.add(row);
      listener.accept(row);
      meter.point(NASH_CONV_SERIES, t, nashConv);
      if (t >= iterations || row.gap() <= stopBelow) {
        return new PsroResult(tree, metaGame, rows, mixture, snapshot(0), snapshot(1), records());
      }
      addPolicies(pure(responses[0]), pure(responses[1]));
    }
  }

  private List<double[]> snapshot(int player) {
    List<double[]> copies = new ArrayList<>();
    for (double[] policy : policies.get(player)) {
      copies.add(policy.clone());
    }
    return copies;
  }

  /** The behaviour profile of both players' meta-strategy mixtures. */
  public double[] mixture(double[][] metaStrategy) {
    double[] profile = tree.newSlotArray();
    for (int p = 0; p < 2; p++) {
      if (metaStrategy[p].length != size()) {
        throw new IllegalArgumentException("the meta-strategy of player " + p + " has " + metaStrategy[p].length
            + " weights; the meta-game has " + size() + " policies");
      }
      PolicyMixture.mix(tree, p, policies.get(p), reaches.get(p), metaStrategy[p], profile);
    }
    return profile;
  }

  /** The pure policy of a best response; uniform at the states the response never reaches. */
  private double[] pure(BestResponse.Result response) {
    double[] policy = tree.uniformBehaviour();
    int width = tree.maxActions();
    int[] best = response.bestSlot();
    for (int infoset = 0; infoset < best.length; infoset++) {
      if (best[infoset] >= 0) {
        Arrays.fill(policy, infoset * width, infoset * width + tree.actionCount(infoset), 0.0);
        policy[infoset * width + best[infoset]] = 1.0;
      }
    }
    return policy;
  }

  /** Adds one policy per player and evaluates the 2n + 1 new meta-game entries. */
  private void addPolicies(double[] first, double[] second) {
    policies.get(0).add(first);
    policies.get(1).add(second);
    reaches.get(0).add(PolicyMixture.ownReach(tree, first, 0));
    reaches.get(1).add(PolicyMixture.ownReach(tree, second, 1));
    int n = size();
    int last = n - 1;
    if (returns.length < 2 * n * n) {
      returns = Arrays.copyOf(returns, Math.max(2 * n * n, 2 * returns.length));
    }
    double[] profile = tree.newSlotArray();
    long from = (long) last * last;
    for (long index = from; index < (long) n * n; index++) {
      int[] pair = MetaGame.pairing(index);
      long begin = System.nanoTime();
      combine(policies.get(0).get(pair[0]), policies.get(1).get(pair[1]), profile);
      double[] value = PolicyEvaluation.expectedReturns(tree, profile);
      returns[(int) index * 2] = value[0];
      returns[(int) index * 2 + 1] = value[1];
      records.add(new MatchRecord(index, (int) index, 0, pair, 0L, value, 0L, System.nanoTime() - begin));
    }
  }

  /** Player 0's rows from {@code first}, player 1's from {@code second}. */
  private void combine(double[] first, double[] second, double[] out) {
    int width = tree.maxActions();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      double[] source = tree.infosetPlayer(infoset) == 0 ? first : second;
      System.arraycopy(source, infoset * width, out, infoset * width, width);
    }
  }
}
