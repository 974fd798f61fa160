package org.agora.markets.pacing.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.agora.markets.auction.ValueDistribution;
import org.junit.jupiter.api.Test;

class CoordinatedAgencyBidderTest {

  private static final int ROUNDS = 5000;

  @Test
  void coordinatedClientsEarnAtLeastWhatIndependentPacersEarnAndStayWithinBudget() {
    // three clients interested in every auction (full overlap), two outside bidders
    ValueDistribution[] clients = {new ValueDistribution.Uniform(0, 1), new ValueDistribution.Uniform(0, 1),
        new ValueDistribution.Uniform(0.2, 1.2)};
    AgencySimulation simulation = new AgencySimulation(clients, new ValueDistribution.Uniform(0, 0.8), 2, 0);
    double[] budgets = {150, 250, 200};
    double step = 1 / Math.sqrt(ROUNDS);
    double[] coordinatedUtility = new double[3];
    double[] independentUtility = new double[3];
    int seeds = 5;
    for (int seed = 0; seed < seeds; seed++) {
      CoordinatedAgencyBidder coordinated = new CoordinatedAgencyBidder(budgets, step);
      IndependentPacingBidders independent = new IndependentPacingBidders(budgets, step);
      AgencyOutcome together = simulation.run(coordinated, ROUNDS, new SplittableRandom(seed));
      AgencyOutcome apart = simulation.run(independent, ROUNDS, new SplittableRandom(seed));
      // measured: about 960 against 790 on every seed (the runner-up client no longer sets the price)
      assertThat(together.totalUtility()).as("seed " + seed).isGreaterThanOrEqualTo(apart.totalUtility());
      for (int i = 0; i < 3; i++) {
        assertThat(together.spend()[i]).isLessThanOrEqualTo(budgets[i] + 1e-9);
        assertThat(apart.spend()[i]).isLessThanOrEqualTo(budgets[i] + 1e-9);
        assertThat(coordinated.remainingBudget(i)).isGreaterThanOrEqualTo(0);
        coordinatedUtility[i] += together.utility(i) / seeds;
        independentUtility[i] += apart.utility(i) / seeds;
      }
    }
    for (int i = 0; i < 3; i++) {
      assertThat(coordinatedUtility[i]).as("client " + i).isGreaterThanOrEqualTo(independentUtility[i]);
    }
  }

  @Test
  void theUtilityCurveEndsAtTheTotalUtilityOfTheSameRun() {
    AgencySimulation simulation = new AgencySimulation(new ValueDistribution[] {new ValueDistribution.Uniform(0, 1),
        new ValueDistribution.Uniform(0, 1)}, new ValueDistribution.Uniform(0, 0.8), 2, 0);
    double[] curve = new double[300];
    AgencyOutcome traced = simulation.run(new CoordinatedAgencyBidder(new double[] {20, 30}, 0.05), 300,
        new SplittableRandom(4), curve);
    AgencyOutcome plain = simulation.run(new CoordinatedAgencyBidder(new double[] {20, 30}, 0.05), 300,
        new SplittableRandom(4));
    assertThat(traced.value()).containsExactly(plain.value());
    assertThat(traced.spend()).containsExactly(plain.spend());
    assertThat(curve[299]).isCloseTo(plain.totalUtility(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(curve[0]).isLessThanOrEqualTo(curve[299]);
    assertThatThrownBy(() -> simulation.run(new IndependentPacingBidders(new double[] {1, 1}, 0.1), 10,
        new SplittableRandom(1), new double[5])).hasMessageContaining("needs 10 entries, got 5");
  }

  @Test
  void onlyTheHighestPacedClientBids() {
    CoordinatedAgencyBidder agency = new CoordinatedAgencyBidder(new double[] {10, 10, 10}, 0.1);
    agency.startPeriod(100);
    double[] bids = new double[3];
    agency.bids(new double[] {0.4, 0.9, 0.7}, bids);
    assertThat(bids).containsExactly(0, 0.9, 0);
    IndependentPacingBidders apart = new IndependentPacingBidders(new double[] {10, 10, 10}, 0.1);
    apart.startPeriod(100);
    apart.bids(new double[] {0.4, 0.9, 0.7}, bids);
    assertThat(bids).containsExactly(0.4, 0.9, 0.7);
  }

  @Test
  void aClientNeverBidsMoreThanItHasLeft() {
    CoordinatedAgencyBidder agency = new CoordinatedAgencyBidder(new double[] {1}, 0.1);
    agency.startPeriod(10);
    agency.settle(new double[] {0.8});
    double[] bids = new double[1];
    agency.bids(new double[] {5}, bids);
    assertThat(bids[0]).isLessThanOrEqualTo(0.2 + 1e-12);
    assertThat(agency.dual(0)).isPositive(); // it spent 0.8 against a target of 0.1
  }

  @Test
  void badBudgetsAreRefused() {
    assertThatThrownBy(() -> new CoordinatedAgencyBidder(new double[] {1, -2}, 0.1))
        .hasMessageContaining("client 1 has budget -2.0");
    assertThatThrownBy(() -> new IndependentPacingBidders(new double[0], 0.1)).hasMessageContaining("at least one client");
  }

  @Test
  void parsesAgenciesFromStrings() {
    AgencyBidder agency = AgencyBidder.parse("coordinated(budgets=150:250,step=0.02)");
    assertThat(agency).isInstanceOf(CoordinatedAgencyBidder.class);
    assertThat(agency.budget(1)).isEqualTo(250);
    assertThat(AgencyBidder.parse("independent(budgets=5)")).isInstanceOf(IndependentPacingBidders.class);
    assertThatThrownBy(() -> AgencyBidder.parse("coordinated(budgets=1:x)")).hasMessageContaining("budget 2 is 'x'");
    assertThatThrownBy(() -> AgencyBidder.parse("coordinated()")).hasMessageContaining("'budgets' is required");
    assertThatThrownBy(() -> AgencyBidder.parse("selfish(budgets=1)")).hasMessageContaining("allowed: coordinated");
  }
}
