package org.agora.markets.mechanism.contract;

import java.util.Optional;

/**
 * The principal's optimal contract: the best, over the implementable actions, of the expected reward
 * minus the {@linkplain MinimumPaymentContract minimum payment} that implements it. {@code n} linear
 * programs.
 *
 * <p>P. Dütting, T. Roughgarden and I. Talgam-Cohen, "Simple versus Optimal Contracts", EC 2019.
 */
public final class OptimalContract {

  private OptimalContract() {}

  /** The optimal contract (some action, at least the cheapest one, is always implementable by paying its cost gap). */
  public static Contract solve(ContractProblem problem) {
    Contract best = null;
    for (int action = 0; action < problem.actions(); action++) {
      Optional<Contract> contract = MinimumPaymentContract.solve(problem, action);
      if (contract.isPresent() && (best == null || contract.get().principalUtility() > best.principalUtility())) {
        best = contract.get();
      }
    }
    if (best == null) {
      throw new IllegalStateException("no action is implementable; the zero contract always implements some action");
    }
    return best;
  }
}
