package org.agora.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.testkit.ToyGame.Defect;
import org.junit.jupiter.api.Test;

/** The game-level checks: declarations, registry round trip, declared type and utility relation. */
class GameConformanceDeclarationsTest {

  private static final ConformanceOptions FEW = ConformanceOptions.defaults().withPlayouts(20);

  private static Game pennies() {
    return TestkitGameProviders.matchingPennies(GameParameters.none("pennies"));
  }

  private static void assertViolation(Game game, ConformanceCheck check, String fragment) {
    ConformanceReport report = GameConformance.check(game, FEW);
    assertThat(report.violationsOf(check)).as(report.summary(20)).anyMatch(violation -> violation.contains(fragment));
  }

  @Test
  void aGameWithoutPlayersIsReportedAndNotPlayed() {
    ConformanceReport report = GameConformance.check(DeclaredGame.of(new ToyGame()).playerCount(0), FEW);
    assertThat(report.violationsOf(ConformanceCheck.DECLARATION))
        .anyMatch(violation -> violation.contains("playerCount() is 0, must be at least 1"));
    assertThat(report.playouts()).isZero();
    assertThat(report.statesChecked()).isZero();
  }

  @Test
  void utilityBoundsMustBeOrderedAndFinite() {
    assertViolation(DeclaredGame.of(new ToyGame()).utilityBounds(3, -3), ConformanceCheck.DECLARATION,
        "utility bounds [3.0, -3.0] must be finite with min <= max");
    assertViolation(DeclaredGame.of(new ToyGame()).utilityBounds(-2, Double.POSITIVE_INFINITY),
        ConformanceCheck.DECLARATION, "must be finite");
  }

  @Test
  void utilitySumMustMatchTheDeclaredUtility() {
    assertViolation(DeclaredGame.of(new ToyGame()).utilitySum(OptionalDouble.empty()), ConformanceCheck.DECLARATION,
        "declared zero-sum but utilitySum() is OptionalDouble.empty");
    assertViolation(DeclaredGame.of(new ToyGame()).utility(GameType.Utility.CONSTANT_SUM).utilitySum(OptionalDouble.empty()),
        ConformanceCheck.DECLARATION,
        "declared constant-sum but utilitySum() is OptionalDouble.empty");
  }

  @Test
  void chanceDeclarationsMustMatchTheChanceBound() {
    Game noChance = DeclaredGame.of(new ToyGame()).type(new GameType(GameType.Dynamics.SEQUENTIAL,
        GameType.Chance.NONE, GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM));
    assertViolation(noChance, ConformanceCheck.DECLARATION, "declares no chance but maxChanceOutcomes() is 3");
    assertViolation(noChance, ConformanceCheck.GAME_TYPE, "declared without chance (Chance.NONE) shows a chance node");
    assertViolation(DeclaredGame.of(new ToyGame()).maxChanceOutcomes(0), ConformanceCheck.DECLARATION,
        "declares explicit chance but maxChanceOutcomes() is 0");
  }

  @Test
  void anInitialStateThatCannotBeCreatedIsReported() {
    ConformanceReport report = GameConformance.check(DeclaredGame.of(new ToyGame()).initialStateThrows(), FEW);
    assertThat(report.violationsOf(ConformanceCheck.DECLARATION))
        .containsExactly("[declaration] newInitialState() threw IllegalStateException: no initial state today");
    assertThat(report.playouts()).isZero();
  }

  @Test
  void statesMustBelongToTheirGame() {
    Game renamed = DeclaredGame.of(new ToyGame()).name("other_game").parameters(GameParameters.none("other_game"));
    assertViolation(renamed, ConformanceCheck.DECLARATION, "the initial state's game() is 'toy_card_game', not this game");
  }

  @Test
  void sequentialGamesShowNoSimultaneousNodes() {
    Game sequentialPennies = DeclaredGame.of(pennies()).type(new GameType(GameType.Dynamics.SEQUENTIAL,
        GameType.Chance.NONE, GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM));
    assertViolation(sequentialPennies, ConformanceCheck.GAME_TYPE, "a game declared SEQUENTIAL shows a simultaneous node");
  }

  @Test
  void perfectInformationGamesHaveNoHiddenSimultaneousChoices() {
    Game perfectPennies = DeclaredGame.of(pennies()).type(new GameType(GameType.Dynamics.SIMULTANEOUS,
        GameType.Chance.NONE, GameType.Information.PERFECT, GameType.Utility.ZERO_SUM));
    assertViolation(perfectPennies, ConformanceCheck.GAME_TYPE,
        "declared PERFECT information has a simultaneous node where 2 players choose unseen");
  }

  @Test
  void identicalUtilityMeansEqualReturns() {
    assertViolation(DeclaredGame.of(new ToyGame()).utility(GameType.Utility.IDENTICAL).utilitySum(OptionalDouble.empty()),
        ConformanceCheck.UTILITY, "declared IDENTICAL but returns");
  }

  @Test
  void constantSumMeansTheDeclaredSumAtEveryTerminal() {
    assertViolation(DeclaredGame.of(new ToyGame()).utility(GameType.Utility.CONSTANT_SUM).utilitySum(OptionalDouble.of(1)),
        ConformanceCheck.UTILITY, "sum to 0.0 but utilitySum() is 1.0");
    assertViolation(DeclaredGame.of(new ToyGame(Defect.NOT_ZERO_SUM)).utility(GameType.Utility.CONSTANT_SUM)
        .utilitySum(OptionalDouble.empty()), ConformanceCheck.UTILITY, "declared constant-sum but returns");
  }

  @Test
  void zeroSumWithoutADeclaredSumIsStillChecked() {
    assertViolation(DeclaredGame.of(new ToyGame(Defect.NOT_ZERO_SUM)).utilitySum(OptionalDouble.empty()),
        ConformanceCheck.UTILITY, "the game is declared zero-sum but returns [1.0, 1.0] sum to 2.0");
  }

  @Test
  void theNameMustBeAGameStringMatchingTheParameters() {
    assertViolation(DeclaredGame.of(new ToyGame()).name("not a (game"), ConformanceCheck.REGISTRY,
        "name() is not a valid game string");
    assertViolation(DeclaredGame.of(new ToyGame()).name("toy_card_game(cards=3)"), ConformanceCheck.REGISTRY,
        "name() 'toy_card_game(cards=3)' differs from parameters().toGameString() 'toy_card_game'");
  }

  @Test
  void aRegisteredNameMustRecreateAnEquivalentGame() {
    Game impostor = DeclaredGame.of(new ToyGame()).name("testkit_matching_pennies")
        .parameters(GameParameters.none("testkit_matching_pennies"));
    assertViolation(impostor, ConformanceCheck.REGISTRY, "the game recreated from its name has type() = ");
    assertViolation(impostor, ConformanceCheck.REGISTRY, "the game recreated from its name has actionCount() = 2");
    Game badNested = DeclaredGame.of(new ToyGame()).name("testkit_toy(defect=NOTHING_LIKE_THIS)")
        .parameters(GameParameters.none("testkit_toy(defect=NOTHING_LIKE_THIS)"));
    assertViolation(badNested, ConformanceCheck.REGISTRY, "GameRegistry.create(\"testkit_toy(defect=NOTHING_LIKE_THIS)\") failed");
  }

  @Test
  void registrationIsDecidedForNestedGamesToo() {
    assertThat(GameDeclarations.isRegistered("repeated(stage=testkit_matching_pennies,rounds=2)", 0)).isTrue();
    assertThat(GameDeclarations.isRegistered("turn_based(game=repeated(stage=testkit_matching_pennies))", 0)).isTrue();
    assertThat(GameDeclarations.isRegistered("repeated(stage=pennies,rounds=2)", 0)).isFalse();
    assertThat(GameDeclarations.isRegistered("no_such_game", 0)).isFalse();
    assertThat(GameDeclarations.isRegistered("bad(", 0)).isFalse();
  }

  @Test
  void aStateKeepingTheJointActionArrayIsCaught() {
    assertViolation(new RetainingGame(), ConformanceCheck.SERIALIZATION, "the replayed state differs");
  }
}
