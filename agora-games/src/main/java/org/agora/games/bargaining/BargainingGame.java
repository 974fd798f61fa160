package org.agora.games.bargaining;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.games.common.StateExactValues;

/**
 * Deal or No Deal: two players divide a pool of items of several types, each valuing the types
 * privately.
 *
 * <p>Rules: chance first picks one instance uniformly among the {@code instances} (by default the
 * 1000 bundled ones, 3 item types): the pool and each player's value per item. Players then
 * alternate turns, player 0 first. On its turn a player either makes an offer, a split of the pool
 * given by how many items of each type the proposer keeps (the other player gets the rest), or, once
 * an offer has been made, agrees to the last offer. Agreement ends the game: the proposer of the
 * agreed offer gets the sum of its values of the items it keeps, the other player its values of the
 * rest. The game lasts at most {@code max_turns} turns (offers and the agreement count alike): when
 * they are used up without agreement both players get 0.
 *
 * <p>An agreement on the k-th offer is worth {@code discount^(k-1)} times the split's values, so each
 * counter-offer costs a factor {@code discount}. With {@code prob_end} &gt; 0 a chance node after each
 * offer that does not end the game stops the negotiation with that probability (both get 0).
 *
 * <p>Actions: offer ids enumerate every split of the largest pool of the instance set, the kept count
 * of the first item type varying slowest (so ids are the same for every instance); offers that keep
 * more items than the instance's pool has are illegal. The last action id is {@code agree}. Each
 * player sees the pool, its own values and every offer, not the other player's values.
 *
 * <p>M. Lewis, D. Yarats, Y. N. Dauphin, D. Parikh and D. Batra, "Deal or No Deal? End-to-End Learning
 * for Negotiation Dialogues", EMNLP 2017; the game-theoretic version follows D. DeVault, J. Mell and
 * J. Gratch, "Toward Natural Turn-Taking in a Virtual Human Negotiation Agent", AAAI Spring Symposium,
 * 2015.
 */
public final class BargainingGame implements Game {

  /** Most distinct offers (the product of the largest counts plus one). */
  static final int MAX_OFFERS = 100_000;

  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
      GameType.Information.IMPERFECT, GameType.Utility.GENERAL_SUM);

  private final GameInfo info;
  private final GameAbilities abilities;
  private final GameParameters parameters;
  private final BargainingInstance[] instances;
  private final int maxTurns;
  private final double discount;
  private final Rational exactDiscount;
  private final double probabilityEnd;
  private final Rational exactProbabilityEnd;
  private final int itemTypes;
  private final int[][] offerKeeps;
  private final int[][] legalOffers;
  private final double maxUtility;

  BargainingGame(GameParameters parameters, List<BargainingInstance> instances, int maxTurns, double discount,
      double probabilityEnd) {
    if (!(probabilityEnd >= 0.0 && probabilityEnd < 1.0)) {
      throw new GameSpecException("bargaining: parameter 'prob_end' value " + probabilityEnd
          + " is not allowed; allowed: number in [0, 1)");
    }
    if (!(discount > 0.0 && discount <= 1.0)) {
      throw new GameSpecException("bargaining: parameter 'discount' value " + discount
          + " is not allowed; allowed: number in (0, 1]");
    }
    this.parameters = parameters;
    this.instances = instances.toArray(new BargainingInstance[0]);
    this.maxTurns = maxTurns;
    this.discount = discount;
    this.exactDiscount = Rational.parse(Double.toString(discount));
    this.probabilityEnd = probabilityEnd;
    this.exactProbabilityEnd = Rational.parse(Double.toString(probabilityEnd));
    this.itemTypes = this.instances[0].itemTypes();
    int[] largest = new int[itemTypes];
    int best = 0;
    for (BargainingInstance instance : this.instances) {
      for (int type = 0; type < itemTypes; type++) {
        largest[type] = Math.max(largest[type], instance.count(type));
      }
      best = Math.max(best, Math.max(instance.totalValue(0), instance.totalValue(1)));
    }
    this.maxUtility = best;
    long offers = 1;
    for (int type = 0; type < itemTypes; type++) {
      offers *= largest[type] + 1;
      if (offers > MAX_OFFERS) {
        throw new GameSpecException("bargaining: parameter 'instances' gives pools with up to "
            + Arrays.toString(largest) + " items per type, more than " + MAX_OFFERS + " possible offers; allowed: "
            + "smaller pools");
      }
    }
    this.offerKeeps = new int[(int) offers][itemTypes];
    for (int offer = 0; offer < offers; offer++) {
      int rest = offer;
      for (int type = itemTypes - 1; type >= 0; type--) {
        offerKeeps[offer][type] = rest % (largest[type] + 1);
        rest /= largest[type] + 1;
      }
    }
    this.legalOffers = new int[this.instances.length][];
    Map<String, int[]> byPool = new HashMap<>();
    for (int i = 0; i < this.instances.length; i++) {
      BargainingInstance instance = this.instances[i];
      legalOffers[i] = byPool.computeIfAbsent(BargainingInstance.join(instance.pool()), key -> fitting(instance));
    }
    this.info = buildInfo();
    this.abilities = GameAbilities.of(StateExactValues.INSTANCE);
  }

  private int[] fitting(BargainingInstance instance) {
    int[] buffer = new int[offerKeeps.length];
    int count = 0;
    for (int offer = 0; offer < offerKeeps.length; offer++) {
      if (fits(offer, instance)) {
        buffer[count++] = offer;
      }
    }
    return Arrays.copyOf(buffer, count);
  }

  /** Whether offer {@code offer} keeps no more items than {@code instance}'s pool has. */
  boolean fits(int offer, BargainingInstance instance) {
    for (int type = 0; type < itemTypes; type++) {
      if (offerKeeps[offer][type] > instance.count(type)) {
        return false;
      }
    }
    return true;
  }

  /** Builds the canonical parameters of a game made in code. */
  static GameParameters parametersOf(String instances, int maxTurns, double discount, double probabilityEnd) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("instances", instances);
    values.put("max_turns", maxTurns);
    values.put("discount", discount);
    values.put("prob_end", probabilityEnd);
    return GameParameters.of(BargainingProvider.NAME, values);
  }

  /** Number of instances (outcomes of the first chance node). */
  public int instanceCount() {
    return instances.length;
  }

  /** Instance {@code index}. */
  public BargainingInstance instance(int index) {
    return instances[index];
  }

  /** Number of item types. */
  public int itemTypes() {
    return itemTypes;
  }

  /** Number of distinct offers; the agree action's id. */
  public int offerCount() {
    return offerKeeps.length;
  }

  /** The agree action's id. */
  public int agreeAction() {
    return offerKeeps.length;
  }

  /** How many items of {@code type} the proposer of {@code offer} keeps. */
  public int kept(int offer, int type) {
    return offerKeeps[offer][type];
  }

  /**
   * The offer id in which the proposer keeps {@code keeps[type]} items of each type.
   *
   * @throws IllegalArgumentException if no offer keeps that many
   */
  public int offerId(int... keeps) {
    for (int offer = 0; offer < offerKeeps.length; offer++) {
      if (Arrays.equals(offerKeeps[offer], keeps)) {
        return offer;
      }
    }
    throw new IllegalArgumentException("no offer keeps " + Arrays.toString(keeps));
  }

  int[] legalOffers(int instance) {
    return legalOffers[instance];
  }

  /** Most turns (offers and agreement). */
  public int maxTurns() {
    return maxTurns;
  }

  /** Factor applied to an agreement for every offer before the agreed one. */
  public double discount() {
    return discount;
  }

  Rational exactDiscount() {
    return exactDiscount;
  }

  /** Probability that the negotiation stops after an offer. */
  public double probabilityEnd() {
    return probabilityEnd;
  }

  Rational exactProbabilityEnd() {
    return exactProbabilityEnd;
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

  /** The fixed facts, computed once when the game is built. */
  private GameInfo buildInfo() {
    return new GameInfo(TYPE, 2, offerKeeps.length + 1,
        Math.max(instances.length, probabilityEnd > 0 ? 2 : 0), 0, maxUtility,
        1 + maxTurns + (probabilityEnd > 0 ? maxTurns - 1 : 0));
  }

  @Override
  public State newInitialState() {
    return new BargainingState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new BargainingState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}
