package org.agora.testkit;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;

/**
 * A small correct game with switchable defects, one per conformance check. Chance deals card 0, 1 or
 * 2 with probabilities 1/2, 1/4, 1/4; player 0 sees it and passes (0) or bets (1); player 1 sees only
 * that choice and, after a pass, checks (0) or raises (2), after a bet folds (0) or calls (1).
 * Zero-sum returns of player 0: check = card - 1, raise = -1, fold = +1, call = 2 * (card - 1).
 * It offers exact values, an observation tensor, information-state ids and a hidden-card sampler.
 */
final class ToyGame implements Game {

  /** Deliberate bugs, each meant to trip one check. */
  enum Defect {
    CHANCE_SUMS_TO_0_9, DUPLICATE_OUTCOME, OUTCOME_OUT_OF_RANGE, ZERO_PROBABILITY_OUTCOME, SAMPLER_OFF_LIST,
    SAMPLER_BIASED, SAMPLER_NO_THROW_OFF_CHANCE, CHANCE_LEGAL_ACTIONS_UNSORTED,
    UNSORTED_LEGAL_ACTIONS, ACTION_OUT_OF_RANGE, OTHER_PLAYER_HAS_ACTIONS, NO_LEGAL_ACTIONS,
    LEGAL_ACTIONS_MISMATCH, WRONG_CHANCE_FLAG, CURRENT_PLAYER_NO_THROW, PLAYER_ID_OUT_OF_RANGE,
    MAX_LENGTH_TOO_SMALL, MAX_UTILITY_TOO_SMALL, RETURNS_NAN, NOT_ZERO_SUM,
    HISTORY_SKIPS_CHANCE, HIDDEN_STATE_OUTSIDE_HISTORY, COPY_SHARES_STATE, COPY_FORGETS_HISTORY,
    INCONSISTENT_KEYS, EMPTY_KEY, OBSERVATION_THROWS, NULL_KEY, ACTION_NAME_THROWS, CHANCE_NAME_NULL,
    COPY_DIVERGES_LATER, TENSOR_SHAPE_CHANGES, TENSOR_PARTIAL_WRITE, EXACT_RETURN_MISMATCH, EXACT_CHANCE_NOT_ONE,
    APPLY_THROWS, CHANCE_OUTCOMES_OFF_CHANCE, NO_CHANCE_OUTCOMES, LEGAL_ACTIONS_AT_TERMINAL, CURRENT_PLAYER_WRONG,
    HISTORY_REVERSED, COPY_RETURNS_SELF, TENSOR_SIZE_MISMATCH, EXACT_CHANCE_MISMATCH, RETURNS_INFINITE_MIDGAME,
    TENSOR_WRITES_OUTSIDE, ID_IGNORES_CARD, ID_OUT_OF_RANGE, SAMPLER_CHANGES_KEY,
    HISTORY_OFF_WRONG_EXCEPTION, HISTORY_OFF_DIVERGES
  }

  private final GameInfo info;
  private final GameAbilities abilities;
  private final GameParameters parameters;
  private final Set<Defect> defects;
  private final AtomicInteger tables = new AtomicInteger();

  ToyGame(Defect... defects) {
    this(GameParameters.none("toy_card_game"), defects);
  }

  /** A toy game reporting {@code parameters} (as the registry provider does). */
  ToyGame(GameParameters parameters, Defect... defects) {
    this.parameters = parameters;
    this.defects = defects.length == 0 ? EnumSet.noneOf(Defect.class) : EnumSet.of(defects[0], defects);
    this.info = buildInfo();
    this.abilities = GameAbilities.of(new ToyAbilities(this), new ToyObservationTensor(this));
  }

  boolean has(Defect defect) {
    return defects.contains(defect);
  }

  int nextTable() {
    return tables.incrementAndGet();
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
    GameType typeValue = new GameType(GameType.Dynamics.SEQUENTIAL,
        GameType.Chance.EXPLICIT, GameType.Information.IMPERFECT,
        GameType.Utility.ZERO_SUM);
    return new GameInfo(typeValue, 2, 3, 3, -2, has(Defect.MAX_UTILITY_TOO_SMALL) ? 1 : 2,
        has(Defect.MAX_LENGTH_TOO_SMALL) ? 2 : 3);
  }

  @Override
  public State newInitialState() {
    return new ToyState(this);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    State state = new ToyState(this, recordHistory);
    if (has(Defect.HISTORY_OFF_DIVERGES) && !recordHistory) {
      state.apply(2); // deals card 2 behind the caller's back
    }
    return state;
  }
}
