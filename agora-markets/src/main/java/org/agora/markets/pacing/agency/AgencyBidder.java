package org.agora.markets.pacing.agency;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * An agency that bids for several budget-constrained clients in repeated second-price auctions. In each
 * round it sees every client's value of the auction and submits one bid per client (0 to abstain); after
 * the auction it learns what each client pays. A client never bids more than its remaining budget, so
 * in a second-price auction it never pays more than that. Mutable; one per simulation thread.
 */
public sealed interface AgencyBidder permits CoordinatedAgencyBidder, IndependentPacingBidders {

  /** The options of {@link #parse}: {@code budgets} (colon-separated, required) and {@code step}. */
  List<ParameterSpec> OPTIONS = List.of(
      ParameterSpec.text("budgets", "", "each client's budget, separated by colons, e.g. 150:250:200"),
      ParameterSpec.real("step", 0.01, 1e-12, 1e6, "dual step size (about 1 / sqrt(rounds))"));

  /**
   * An agency from a string: {@code coordinated(budgets=150:250:200,step=0.014)} for
   * {@link CoordinatedAgencyBidder} or {@code independent(...)} for {@link IndependentPacingBidders}.
   *
   * @throws GameSpecException (an {@link IllegalArgumentException}) naming the bad part of the string
   */
  static AgencyBidder parse(String text) {
    GameSpec spec = GameSpec.parse(text);
    String name = spec.name();
    if (!name.equals("coordinated") && !name.equals("independent")) {
      throw new GameSpecException("unknown agency '" + name + "'; allowed: coordinated, independent");
    }
    GameParameters options = GameParameters.resolveOptions(name, OPTIONS, spec.arguments());
    String list = options.getString("budgets");
    if (list.isBlank()) {
      throw new GameSpecException(name + ": option 'budgets' is required, e.g. budgets=150:250:200");
    }
    String[] parts = list.split(":");
    double[] budgets = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        budgets[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new GameSpecException(name + ": budget " + (i + 1) + " is '" + parts[i] + "', not a number");
      }
    }
    double step = options.getDouble("step");
    return name.equals("coordinated") ? new CoordinatedAgencyBidder(budgets, step)
        : new IndependentPacingBidders(budgets, step);
  }

  /** The number of clients. */
  int clients();

  /** Begins a period of {@code rounds} auctions with every client's full budget. */
  void startPeriod(int rounds);

  /**
   * This round's bids.
   *
   * @param values each client's value of the auction (finite, &gt;= 0)
   * @param bids receives each client's bid (its first {@link #clients()} entries are written)
   */
  void bids(double[] values, double[] bids);

  /** Reports each client's payment in the round just held. */
  void settle(double[] payments);

  /** What client {@code client} has left of its budget. */
  double remainingBudget(int client);

  /** Client {@code client}'s budget. */
  double budget(int client);
}
