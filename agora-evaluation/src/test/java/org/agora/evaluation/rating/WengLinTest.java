package org.agora.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.evaluation.rating.WengLin.Model;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WengLinTest {

  private static final double TOLERANCE = 1e-9;

  private static final WengLin PLACKETT_LUCE = WengLin.plackettLuce().withTau(0);
  private static final WengLin BRADLEY_TERRY = WengLin.bradleyTerryFull().withTau(0);

  /** Team 0: (30, 6) and (20, 7); team 1: (25, 25/3); team 2: (22, 4). */
  private static final List<List<WengLinRating>> THREE_TEAMS = List.of(
      List.of(new WengLinRating(30, 6), new WengLinRating(20, 7)),
      List.of(new WengLinRating(25, 25.0 / 3)),
      List.of(new WengLinRating(22, 4)));

  private static void assertRating(WengLinRating actual, double mu, double sigma) {
    assertThat(actual.mu()).as("mu of %s", actual).isCloseTo(mu, within(TOLERANCE));
    assertThat(actual.sigma()).as("sigma of %s", actual).isCloseTo(sigma, within(TOLERANCE));
  }

  @Test
  void aTwoPlayerGameGivesTheHandComputedUpdateInBothModels() {
    // Both players N(25, (25/3)^2), beta = 25/6, no tau. sigma^2 = 625/9, beta^2 = 625/36.
    // Plackett-Luce: c^2 = 2 (625/9 + 625/36) = 6250/36, c = 13.1761569174; exp(mu/c) equal, so
    // the winner's P = 1/2 over C = {both}; the loser's terms: q = winner P = 1/2, q = itself P = 1.
    // Omega_winner = (sigma^2/c)(1 - 1/2) = 0.2 c = 2.6352313835 (sigma^2/c^2 = 0.4);
    // Omega_loser = (sigma^2/c)(-1/2) = -2.6352313835.
    // gamma = sigma/c = sqrt(0.4); Delta = sqrt(0.4) * 0.4 * 1/4 = 0.0632455532 for both.
    // sigma' = sqrt(625/9 (1 - 0.0632455532)) = 8.0655063163.
    // Bradley-Terry: c_iq = sqrt(2 sigma^2 + 2 beta^2) is the same c and p = 1/2, so the same update.
    // (These are also the numbers in OpenSkill's published tests: 27.63523138347365, 8.065506316323548.)
    for (WengLin system : List.of(PLACKETT_LUCE, BRADLEY_TERRY)) {
      List<List<WengLinRating>> rated = system.rate(
          List.of(List.of(system.initial()), List.of(system.initial())), new int[] {0, 1});
      assertRating(rated.get(0).get(0), 27.6352313835, 8.0655063163);
      assertRating(rated.get(1).get(0), 22.3647686165, 8.0655063163);
    }
  }

  @Test
  void aThreeTeamPlackettLuceGameGivesTheHandComputedUpdate() {
    // Team sums: mu = 50, 25, 22; sigma^2 = 36 + 49 = 85, 625/9 = 69.4444, 16; ranks: team 1
    // first, team 0 second, team 2 third.
    // c^2 = 85 + 69.4444 + 16 + 3 (625/36) = 222.5277778, c = 14.9173649743.
    // exp(mu/c) = 28.5540389781, 5.3435979432, 4.3701236086.
    // Sums over C_q (teams not above q): q=0: 28.554 + 4.370 = 32.9241625867;
    //   q=1: all = 38.2677605299; q=2: 4.3701236086. No ties, every A_q = 1.
    // Team 0 (q in {1, 0}): P_01 = 28.554/38.268 = 0.7461643583, P_00 = 28.554/32.924 = 0.8672669776;
    //   sum = (1 - 0.8672669776) - 0.7461643583 = -0.6134313359,
    //   Omega_0 = 85/c * sum = -3.4953668857;
    //   dsum = 0.8673 (0.1327) + 0.7462 (0.2538) = 0.3045180758, gamma_0 = sqrt(85)/c = 0.6180410866,
    //   Delta_0 = gamma_0 * 85/c^2 * dsum = 0.0718894431.
    //   Player (30, 6): share 36/85: mu = 30 + 36/85 (-3.4953668857) = 28.5196093190,
    //   sigma = sqrt(36 (1 - 36/85 * 0.0718894431)) = 5.9079520507;
    //   player (20, 7): mu = 20 + 49/85 (-3.4953668857) = 17.9850237953, sigma = 6.8534177367.
    // Team 1 (only q = 1): P_11 = 5.3436/38.2678 = 0.1396370697; Omega_1 = 69.4444/c * 0.8603629303
    //   = 4.0052265142; Delta_1 = (8.3333/c)(69.4444/c^2)(0.1396 * 0.8604) = 0.0209441303;
    //   mu = 29.0052265142, sigma = sqrt(69.4444 (1 - 0.0209441303)) = 8.2456043410.
    // Team 2 (q in {1, 0, 2}): P_21 = 0.1141985721, P_20 = 0.1327330224, P_22 = 1;
    //   sum = -0.2469315944, Omega_2 = 16/c * sum = -0.2648527751;
    //   dsum = 0.2162722253, Delta_2 = (4/c)(16/c^2) dsum = 0.0041696958;
    //   mu = 21.7351472249, sigma = sqrt(16 (1 - 0.0041696958)) = 3.9916518970.
    List<List<WengLinRating>> rated = PLACKETT_LUCE.rate(THREE_TEAMS, new int[] {2, 1, 3});
    assertRating(rated.get(0).get(0), 28.5196093190, 5.9079520507);
    assertRating(rated.get(0).get(1), 17.9850237953, 6.8534177367);
    assertRating(rated.get(1).get(0), 29.0052265142, 8.2456043410);
    assertRating(rated.get(2).get(0), 21.7351472249, 3.9916518970);
  }

  @Test
  void aThreeTeamPlackettLuceGameWithATieDividesByTheTiedCount() {
    // The same teams; team 0 first, teams 1 and 2 tied second (A_1 = A_2 = 2).
    // C_0 = all: 38.2677605299; C_1 = C_2 = {1, 2}: 5.3436 + 4.3701 = 9.7137215518.
    // Team 0 (q = 0): P = 0.7461643583; Omega_0 = 85/c (1 - 0.7462) = 1.4463700248;
    //   Delta_0 = 0.6180 * 85/c^2 * 0.7462 * 0.2538 = 0.0447135493.
    // Team 1 (q = 0, 1, 2): P_10 = 0.1396370697, P_11 = P_12 = 5.3436/9.7137 = 0.5501082067;
    //   sum = -0.1396 + (1 - 0.5501)/2 - 0.5501/2 = -0.1897452764, Omega_1 = -0.8833165459;
    //   dsum = 0.1396 (0.8604) + 2 (0.5501 * 0.4499)/2 = 0.3676277261, Delta_1 = 0.0640896904.
    // Team 2 (q = 0, 1, 2): P_20 = 0.1141985721, P_21 = P_22 = 0.4498917933;
    //   sum = -0.1142 - 0.4499/2 + (1 - 0.4499)/2 = -0.0640903654, Omega_2 = -0.0687417548;
    //   dsum = 0.3486464258, Delta_2 = 0.0067218504.
    List<List<WengLinRating>> rated = PLACKETT_LUCE.rate(THREE_TEAMS, new int[] {0, 1, 1});
    assertRating(rated.get(0).get(0), 30.6125802458, 5.9429159411);
    assertRating(rated.get(0).get(1), 20.8337897790, 6.9091948693);
    assertRating(rated.get(1).get(0), 24.1166834541, 8.0618714641);
    assertRating(rated.get(2).get(0), 21.9312582452, 3.9865336312);
  }

  @Test
  void aThreeTeamBradleyTerryGameWithATieGivesTheHandComputedUpdate() {
    // The same teams; team 1 first, teams 0 and 2 tied second.
    // Pairs (c_iq = sqrt(sigma_i^2 + sigma_q^2 + 2 beta^2), p_iq = 1/(1 + exp((mu_q - mu_i)/c_iq))):
    //   0-1: c = 13.7537873572, p_01 = 0.8602876505, s = 0;
    //   0-2: c = 11.6499880782, p_02 = 0.9170889358, s = 1/2;
    //   1-2: c = 10.9620557683, p_12 = 0.5679939796, s = 1.
    // Omega_0 = 85/13.754 (0 - 0.8603) + 85/11.650 (0.5 - 0.9171) = -8.3598186646;
    // Delta_0 = sum gamma (85/c^2) p (1 - p), gamma = sqrt(85)/c: 0.0738882557.
    // Omega_1 = 69.44/13.754 (1 - 0.1397) + 69.44/10.962 (1 - 0.5680) = 7.0804417706; Delta_1 = 0.1345330009.
    // Omega_2 = 16/11.650 (0.5 - 0.0829) + 16/10.962 (0 - 0.4320) = -0.0577208589; Delta_2 = 0.0149993891.
    // Players: mu += (sigma_ij^2/sigma_i^2) Omega_i, sigma^2 *= 1 - (sigma_ij^2/sigma_i^2) Delta_i.
    List<List<WengLinRating>> rated = BRADLEY_TERRY.rate(THREE_TEAMS, new int[] {1, 0, 1});
    assertRating(rated.get(0).get(0), 26.4593709185, 5.9053722507);
    assertRating(rated.get(0).get(1), 15.1808104169, 6.8492973431);
    assertRating(rated.get(1).get(0), 32.0804417706, 7.7525399024);
    assertRating(rated.get(2).get(0), 21.9422791411, 3.9698878794);
  }

  @Test
  void threeDefaultPlayersAgreeWithOpenSkillsPublishedNumbers() {
    // OpenSkill's published test values for three default players ranked 1, 2, 3 (no tau).
    List<List<WengLinRating>> three = List.of(List.of(PLACKETT_LUCE.initial()), List.of(PLACKETT_LUCE.initial()),
        List.of(PLACKETT_LUCE.initial()));
    List<List<WengLinRating>> luce = PLACKETT_LUCE.rate(three, new int[] {1, 2, 3});
    assertRating(luce.get(0).get(0), 27.868876552746237, 8.204837030780652);
    assertRating(luce.get(1).get(0), 25.717219138186557, 8.057829747583874);
    List<List<WengLinRating>> terry = BRADLEY_TERRY.rate(three, new int[] {1, 2, 3});
    assertRating(terry.get(0).get(0), 30.2704627669473, 7.788474807872566);
    assertRating(terry.get(1).get(0), 25.0, 7.788474807872566);
    assertRating(terry.get(2).get(0), 19.7295372330527, 7.788474807872566);
  }

  @Test
  void tauWidensTheBeliefBeforeTheGame() {
    // with tau = 25/300 the variance is 625/9 + (1/12)^2 before the update
    WengLin withTau = WengLin.plackettLuce();
    List<List<WengLinRating>> rated = withTau.rate(
        List.of(List.of(withTau.initial()), List.of(withTau.initial())), new int[] {0, 1});
    double variance = 625.0 / 9 + 1.0 / 144;
    double c = Math.sqrt(2 * (variance + 625.0 / 36));
    assertRating(rated.get(0).get(0), 25 + variance / c / 2,
        Math.sqrt(variance * (1 - Math.sqrt(variance) / c * variance / (c * c) / 4)));
  }

  @Test
  void theLeaderboardRatesSeatsAsTeamsOfOneAndTeamGames() {
    WengLinLeaderboard board = new WengLinLeaderboard(PLACKETT_LUCE);
    board.record(MatchOutcome.of("a", "b", 3, 1));
    assertRating(board.rating("a").orElseThrow(), 27.6352313835, 8.0655063163);
    assertRating(board.rating("b").orElseThrow(), 22.3647686165, 8.0655063163);
    board.record(MatchOutcome.of("a", "a", 1, 0));
    assertThat(board.standings()).extracting(RatedAgent::matches).containsExactly(1L, 1L);
    board.recordTeams(List.of(List.of("c"), List.of("d", "e")), new double[] {0, 0});
    assertThat(board.standings()).extracting(RatedAgent::agent).startsWith("a").endsWith("b");
    assertThat(board.standings().get(0).score()).isEqualTo(board.rating("a").orElseThrow().ordinal());
    assertThatThrownBy(() -> board.record(new MatchOutcome(List.of("a", "b", "a"), new double[] {1, 2, 3})))
        .hasMessage("agent a appears twice in one match [[a], [b], [a]]; Weng-Lin ratings need distinct agents");
    assertThatThrownBy(() -> board.recordTeams(List.of(List.of("c"), List.of()), new double[] {1, 0}))
        .hasMessage("team 1 of a Weng-Lin game has no player");
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> PLACKETT_LUCE.rate(List.of(List.of(PLACKETT_LUCE.initial())), new int[] {0}))
        .hasMessage("a Weng-Lin game needs at least 2 teams, got 1");
    assertThatThrownBy(() -> new WengLin(Model.PLACKETT_LUCE, 25, 0, 1, 1e-4, 0)).hasMessage(
        "the Weng-Lin sigma must be positive and finite, got 0.0");
    assertThatThrownBy(() -> PLACKETT_LUCE.withTau(-1)).hasMessage("the Weng-Lin tau must be >= 0 and finite, got -1.0");
  }

  static Stream<SeededCase> games() {
    return SeededCases.of(2011, 80);
  }

  private static WengLin system(SeededCase one) {
    WengLin base = one.nextBoolean() ? WengLin.plackettLuce() : WengLin.bradleyTerryFull();
    return base.withTau(one.random().nextBoolean() ? 0 : WengLin.DEFAULT_TAU);
  }

  private static List<List<WengLinRating>> randomTeams(SeededCase one, int count) {
    List<List<WengLinRating>> teams = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<WengLinRating> team = new ArrayList<>();
      int size = one.random().nextInt(1, 4);
      for (int j = 0; j < size; j++) {
        team.add(new WengLinRating(one.random().nextDouble(0, 50), one.random().nextDouble(1, 10)));
      }
      teams.add(team);
    }
    return teams;
  }

  @ParameterizedTest
  @MethodSource("games")
  void swappingTwoIdenticalPlayersSwapsTheirResults(SeededCase one) {
    WengLin system = system(one);
    WengLinRating same = new WengLinRating(one.random().nextDouble(0, 50), one.random().nextDouble(1, 10));
    List<List<WengLinRating>> teams = randomTeams(one, one.intBetween(2, 5));
    teams.set(0, List.of(same));
    teams.set(1, List.of(same));
    int[] ranks = new int[teams.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = one.random().nextInt(0, 3);
    }
    int[] swapped = ranks.clone();
    swapped[0] = ranks[1];
    swapped[1] = ranks[0];
    List<List<WengLinRating>> rated = system.rate(teams, ranks);
    List<List<WengLinRating>> ratedSwapped = system.rate(teams, swapped);
    assertThat(ratedSwapped.get(0)).isEqualTo(rated.get(1));
    assertThat(ratedSwapped.get(1)).isEqualTo(rated.get(0));
    for (int i = 2; i < teams.size(); i++) {
      for (int j = 0; j < teams.get(i).size(); j++) {
        assertRating(ratedSwapped.get(i).get(j), rated.get(i).get(j).mu(), rated.get(i).get(j).sigma());
      }
    }
    if (ranks[0] == ranks[1]) {
      assertThat(rated.get(0)).isEqualTo(rated.get(1));
    }
  }

  @ParameterizedTest
  @MethodSource("games")
  void theWinnerRisesTheLoserFallsAndEverySigmaShrinks(SeededCase one) {
    WengLin system = system(one).withTau(0);
    List<List<WengLinRating>> teams = randomTeams(one, one.intBetween(2, 6));
    int[] ranks = new int[teams.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = i;
    }
    List<List<WengLinRating>> rated = system.rate(teams, ranks);
    int last = teams.size() - 1;
    for (int j = 0; j < teams.get(0).size(); j++) {
      assertThat(rated.get(0).get(j).mu()).isGreaterThan(teams.get(0).get(j).mu());
    }
    for (int j = 0; j < teams.get(last).size(); j++) {
      assertThat(rated.get(last).get(j).mu()).isLessThan(teams.get(last).get(j).mu());
    }
    for (int i = 0; i < teams.size(); i++) {
      for (int j = 0; j < teams.get(i).size(); j++) {
        assertThat(rated.get(i).get(j).sigma()).isLessThan(teams.get(i).get(j).sigma()).isPositive();
      }
    }
  }
}
