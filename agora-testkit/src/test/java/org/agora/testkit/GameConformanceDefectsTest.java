package org.agora.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.agora.core.GameRegistry;
import org.agora.testkit.ToyGame.Defect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each defect of {@link ToyGame} trips the check meant to catch it; the defect-free toy passes. */
class GameConformanceDefectsTest {

  private record Expected(ConformanceCheck check, String fragment) {}

  private static Expected expected(Defect defect) {
    return switch (defect) {
      case CHANCE_SUMS_TO_0_9 -> new Expected(ConformanceCheck.CHANCE, "sum to 0.9");
      case DUPLICATE_OUTCOME -> new Expected(ConformanceCheck.CHANCE, "chance outcome 0 is listed twice");
      case OUTCOME_OUT_OF_RANGE -> new Expected(ConformanceCheck.CHANCE,
          "chance outcome 3 is outside [0, maxChanceOutcomes() = 3)");
      case ZERO_PROBABILITY_OUTCOME -> new Expected(ConformanceCheck.CHANCE, "has probability 0.0, outside (0, 1]");
      case SAMPLER_OFF_LIST -> new Expected(ConformanceCheck.CHANCE, "sampleChanceOutcome returned 7");
      case SAMPLER_BIASED -> new Expected(ConformanceCheck.CHANCE, "drew outcome 1 0 times in 400 draws");
      case SAMPLER_NO_THROW_OFF_CHANCE -> new Expected(ConformanceCheck.CHANCE,
          "sampleChanceOutcome returned 0 at a player 0 node instead of throwing IllegalStateException");
      case CHANCE_LEGAL_ACTIONS_UNSORTED -> new Expected(ConformanceCheck.CHANCE,
          "legalActions(out) at a chance node gives [2, 1, 0], expected the outcome ids in increasing order [0, 1, 2]");
      case UNSORTED_LEGAL_ACTIONS -> new Expected(ConformanceCheck.LEGAL_ACTIONS,
          "player 0's legal actions [1, 0] are not strictly increasing");
      case ACTION_OUT_OF_RANGE -> new Expected(ConformanceCheck.LEGAL_ACTIONS, "[0, 3] contain 3, outside [0, 3)");
      case OTHER_PLAYER_HAS_ACTIONS -> new Expected(ConformanceCheck.LEGAL_ACTIONS,
          "player 1 has 1 legal actions at a player 0 node");
      case NO_LEGAL_ACTIONS -> new Expected(ConformanceCheck.LEGAL_ACTIONS,
          "player 1 moves at a player 1 node but has no legal action");
      case LEGAL_ACTIONS_MISMATCH -> new Expected(ConformanceCheck.LEGAL_ACTIONS,
          "legalActions(out) gives [0] but legalActions(0, out) gives [0, 1]");
      case WRONG_CHANCE_FLAG -> new Expected(ConformanceCheck.TURN, "isChanceNode() is false but turn() is chance");
      case CURRENT_PLAYER_NO_THROW -> new Expected(ConformanceCheck.TURN,
          "currentPlayer() returned 0 at a chance node instead of throwing IllegalStateException");
      case PLAYER_ID_OUT_OF_RANGE -> new Expected(ConformanceCheck.TURN, "decision node of player 5 in a game of 2 players");
      case MAX_LENGTH_TOO_SMALL -> new Expected(ConformanceCheck.LENGTH, "not over after maxGameLength() = 2 moves");
      case MAX_UTILITY_TOO_SMALL -> new Expected(ConformanceCheck.RETURNS,
          "= 2.0 is outside [minUtility, maxUtility] = [-2.0, 1.0]");
      case RETURNS_NAN -> new Expected(ConformanceCheck.RETURNS, "terminal returns(0) is NaN");
      case NOT_ZERO_SUM -> new Expected(ConformanceCheck.UTILITY, "sum to 2.0 but utilitySum() is 0.0");
      case HISTORY_SKIPS_CHANCE -> new Expected(ConformanceCheck.HISTORY,
          "historyLength() went from 0 to 0 after a chance move, expected 1");
      case HIDDEN_STATE_OUTSIDE_HISTORY -> new Expected(ConformanceCheck.SERIALIZATION,
          "the replayed state differs: observation of player 0 differs");
      case COPY_SHARES_STATE -> new Expected(ConformanceCheck.COPY, "playing a copy to the end changed the original");
      case COPY_FORGETS_HISTORY -> new Expected(ConformanceCheck.COPY,
          "a fresh copy differs from the original: history differs");
      case COPY_DIVERGES_LATER -> new Expected(ConformanceCheck.COPY, "and fed the same moves no longer matches");
      case INCONSISTENT_KEYS -> new Expected(ConformanceCheck.INFORMATION_STATE,
          "player 1's information-state key 'p1' was seen with legal actions");
      case EMPTY_KEY -> new Expected(ConformanceCheck.INFORMATION_STATE, "player 0 moves but its information-state key is empty");
      case OBSERVATION_THROWS -> new Expected(ConformanceCheck.OBSERVATION,
          "observation(1) threw UnsupportedOperationException: no observation yet");
      case NULL_KEY -> new Expected(ConformanceCheck.OBSERVATION, "informationStateKey(1) returned null");
      case ACTION_NAME_THROWS -> new Expected(ConformanceCheck.ACTION_NAMES,
          "actionToString(1, 2) threw IllegalArgumentException");
      case CHANCE_NAME_NULL -> new Expected(ConformanceCheck.ACTION_NAMES, "chanceOutcomeToString(0) returned null");
      case TENSOR_SHAPE_CHANGES -> new Expected(ConformanceCheck.TENSOR,
          "observation shape [1, 5] differs from the shape [5] seen before");
      case TENSOR_PARTIAL_WRITE -> new Expected(ConformanceCheck.TENSOR, "left entry 4 as NaN");
      case EXACT_RETURN_MISMATCH -> new Expected(ConformanceCheck.EXACT, "exactReturn(0) is");
      case EXACT_CHANCE_NOT_ONE -> new Expected(ConformanceCheck.EXACT, "not exactly 1");
      case APPLY_THROWS -> new Expected(ConformanceCheck.PLAYOUT, "apply(2) threw IllegalStateException: raise is broken");
      case CHANCE_OUTCOMES_OFF_CHANCE -> new Expected(ConformanceCheck.CHANCE,
          "chanceOutcomes returned 1 outcomes at a player 0 node");
      case NO_CHANCE_OUTCOMES -> new Expected(ConformanceCheck.CHANCE,
          "chanceOutcomes returned 0 outcomes, expected between 1 and maxChanceOutcomes() = 3");
      case LEGAL_ACTIONS_AT_TERMINAL -> new Expected(ConformanceCheck.LEGAL_ACTIONS,
          "legalActions(out) returned 1 moves at a terminal node (expected none)");
      case CURRENT_PLAYER_WRONG -> new Expected(ConformanceCheck.TURN, "currentPlayer() is 1 but turn() is player 0");
      case HISTORY_REVERSED -> new Expected(ConformanceCheck.HISTORY, "history() is [1 0] but the moves applied were [0 1]");
      case COPY_RETURNS_SELF -> new Expected(ConformanceCheck.COPY, "copy() returned the state itself");
      case TENSOR_SIZE_MISMATCH -> new Expected(ConformanceCheck.TENSOR, "size() is 4 but the shape [5] holds 5");
      case EXACT_CHANCE_MISMATCH -> new Expected(ConformanceCheck.EXACT,
          "exact chance outcome 0 with probability 1/4 does not match outcome 0 with probability 0.5");
      case RETURNS_INFINITE_MIDGAME -> new Expected(ConformanceCheck.RETURNS, "returns(0) is Infinity");
      case TENSOR_WRITES_OUTSIDE -> new Expected(ConformanceCheck.TENSOR, "at offset 0 wrote entry 5 outside [0, 5)");
      case ID_IGNORES_CARD -> new Expected(ConformanceCheck.INFORMATION_STATE_ID, "belongs to key 'p0 card");
      case ID_OUT_OF_RANGE -> new Expected(ConformanceCheck.INFORMATION_STATE_ID, "outside [0, idCount(0) = 1)");
      case SAMPLER_CHANGES_KEY -> new Expected(ConformanceCheck.HIDDEN_STATE, "changed the key from 'p0 card");
      case HISTORY_OFF_WRONG_EXCEPTION -> new Expected(ConformanceCheck.HISTORY,
          "newInitialState(false) threw UnsupportedOperationException: no history instead of IllegalStateException");
      case HISTORY_OFF_DIVERGES -> new Expected(ConformanceCheck.HISTORY,
          "a state from newInitialState(false) fed the same moves differs from the original: turn differs");
    };
  }

  @Test
  void theDefectFreeToyGamePasses() {
    ConformanceReport report = GameConformance.check(new ToyGame(), ConformanceOptions.defaults());
    assertThat(report.violations()).isEmpty();
    assertThat(report.passed()).isTrue();
    assertThat(report.playouts()).isEqualTo(ConformanceOptions.DEFAULT_PLAYOUTS);
    // 200 playouts of 4 states plus the enumerated tree: root, 3 cards, 6 bets or passes, 12 ends
    assertThat(report.statesChecked()).isEqualTo(200 * 4 + 1 + 3 + 6 + 12);
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void eachDefectTripsItsCheck(Defect defect) {
    Expected expected = expected(defect);
    ConformanceReport report = GameConformance.check(new ToyGame(defect), ConformanceOptions.defaults());
    assertThat(report.passed()).isFalse();
    assertThat(report.violationsOf(expected.check()))
        .as("%s violations of %s", expected.check().label(), defect)
        .anyMatch(violation -> violation.contains(expected.fragment()));
  }

  @Test
  void everyCheckIsTrippedBySomeTest() {
    Set<ConformanceCheck> tripped = EnumSet.noneOf(ConformanceCheck.class);
    Arrays.stream(Defect.values()).map(defect -> expected(defect).check()).forEach(tripped::add);
    // tripped by GameConformanceDeclarationsTest
    tripped.addAll(List.of(ConformanceCheck.DECLARATION, ConformanceCheck.REGISTRY, ConformanceCheck.GAME_TYPE));
    assertThat(tripped).containsExactlyInAnyOrder(ConformanceCheck.values());
  }

  @Test
  void aRegisteredGameIsAlsoCheckedThroughDeserialize() {
    ConformanceReport report = GameConformance.check(GameRegistry.create("testkit_toy(defect=HIDDEN_STATE_OUTSIDE_HISTORY)"),
        ConformanceOptions.defaults());
    assertThat(report.violationsOf(ConformanceCheck.SERIALIZATION))
        .anyMatch(violation -> violation.contains("the deserialized state differs: observation of player 0 differs"));
    assertThat(GameConformance.check(GameRegistry.create("testkit_toy"), ConformanceOptions.defaults()).violations())
        .isEmpty();
  }

  @Test
  void informationStateConflictsAreFoundByEnumerationAlone() {
    // one playout rarely visits both of player 1's information states; the enumeration does
    ConformanceOptions onePlayout = ConformanceOptions.defaults().withPlayouts(1);
    ConformanceReport withEnumeration = GameConformance.check(new ToyGame(Defect.INCONSISTENT_KEYS), onePlayout);
    assertThat(withEnumeration.violationsOf(ConformanceCheck.INFORMATION_STATE))
        .anyMatch(violation -> violation.contains("enumeration"));
    ConformanceReport without = GameConformance.check(new ToyGame(Defect.INCONSISTENT_KEYS),
        onePlayout.withEnumerationNodeLimit(0));
    assertThat(without.violationsOf(ConformanceCheck.INFORMATION_STATE)).isEmpty();
  }

  @Test
  void theEnumerationChecksDepthAgainstMaxGameLength() {
    ConformanceReport report = GameConformance.check(new ToyGame(Defect.MAX_LENGTH_TOO_SMALL),
        ConformanceOptions.defaults().withPlayouts(1));
    assertThat(report.violationsOf(ConformanceCheck.LENGTH))
        .anyMatch(violation -> violation.contains("enumeration at [") && violation.contains(
            "a node at depth 3 exceeds maxGameLength() = 2"));
  }
}
