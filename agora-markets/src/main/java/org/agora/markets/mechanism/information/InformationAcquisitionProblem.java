package org.agora.markets.mechanism.information;

import java.util.List;

/**
 * A principal who must choose an action under uncertainty about a state and can hire agents to
 * acquire information: the state is drawn from {@code prior}; each agent chooses an effort and
 * privately observes a signal drawn from its {@link InformationAgent} table, independently of the
 * other agents given the state and the efforts; the principal, after the agents' reports, takes an
 * action {@code a} and gets {@code principalUtility[a][state]}.
 *
 * <p>Effort profiles and signal profiles are indexed in mixed radix with agent 0 the fastest digit.
 *
 * @param prior the state distribution
 * @param principalUtility {@code [action][state]}
 * @param agents the agents, each with signal tables over the same states
 */
public record InformationAcquisitionProblem(double[] prior, double[][] principalUtility, List<InformationAgent> agents) {

  public InformationAcquisitionProblem {
    if (prior.length == 0) {
      throw new IllegalArgumentException("need at least one state");
    }
    double total = 0;
    for (int state = 0; state < prior.length; state++) {
      if (!(prior[state] >= 0) || prior[state] > 1) {
        throw new IllegalArgumentException("prior of state " + state + " is " + prior[state] + "; must be in [0, 1]");
      }
      total += prior[state];
    }
    if (Math.abs(total - 1) > 1e-9) {
      throw new IllegalArgumentException("the prior sums to " + total + "; must be 1");
    }
    if (principalUtility.length == 0) {
      throw new IllegalArgumentException("the principal needs at least one action");
    }
    double[][] utility = new double[principalUtility.length][];
    for (int a = 0; a < utility.length; a++) {
      if (principalUtility[a].length != prior.length) {
        throw new IllegalArgumentException("action " + a + " has " + principalUtility[a].length + " utilities; expected"
            + " one per state (" + prior.length + ")");
      }
      utility[a] = principalUtility[a].clone();
    }
    if (agents.isEmpty()) {
      throw new IllegalArgumentException("need at least one agent");
    }
    for (int i = 0; i < agents.size(); i++) {
      if (agents.get(i).states() != prior.length) {
        throw new IllegalArgumentException("agent " + i + " has signal tables for " + agents.get(i).states()
            + " states; expected " + prior.length);
      }
    }
    prior = prior.clone();
    principalUtility = utility;
    agents = List.copyOf(agents);
  }

  /** Number of states. */
  public int states() {
    return prior.length;
  }

  /** Number of principal actions. */
  public int actions() {
    return principalUtility.length;
  }

  /** Number of effort profiles (the product of the agents' effort counts). */
  public int effortProfiles() {
    int count = 1;
    for (InformationAgent agent : agents) {
      count = Math.multiplyExact(count, agent.efforts());
    }
    return count;
  }

  /** Number of signal profiles (the product of the agents' signal counts). */
  public int signalProfiles() {
    int count = 1;
    for (InformationAgent agent : agents) {
      count = Math.multiplyExact(count, agent.signals());
    }
    return count;
  }

  /** Agent {@code agent}'s effort in effort profile {@code profile}. */
  public int effortOf(int profile, int agent) {
    for (int i = 0; i < agent; i++) {
      profile /= agents.get(i).efforts();
    }
    return profile % agents.get(agent).efforts();
  }

  /** Agent {@code agent}'s signal in signal profile {@code profile}. */
  public int signalOf(int profile, int agent) {
    for (int i = 0; i < agent; i++) {
      profile /= agents.get(i).signals();
    }
    return profile % agents.get(agent).signals();
  }

  /** The signal profile equal to {@code profile} except that agent {@code agent}'s signal is {@code signal}. */
  public int withSignal(int profile, int agent, int signal) {
    int radix = 1;
    for (int i = 0; i < agent; i++) {
      radix *= agents.get(i).signals();
    }
    return profile + (signal - signalOf(profile, agent)) * radix;
  }

  /** {@code P(signal profile | effort profile, state)}, the product of the agents' signal probabilities. */
  public double signalProfileProbability(int effortProfile, int signalProfile, int state) {
    double probability = 1;
    for (int i = 0; i < agents.size(); i++) {
      probability *= agents.get(i).signalProbability(effortOf(effortProfile, i), state, signalOf(signalProfile, i));
    }
    return probability;
  }

  /** {@code P(signals of everyone but agent | their efforts, state)}. */
  public double othersSignalProbability(int effortProfile, int signalProfile, int state, int agent) {
    double probability = 1;
    for (int i = 0; i < agents.size(); i++) {
      if (i != agent) {
        probability *= agents.get(i).signalProbability(effortOf(effortProfile, i), state, signalOf(signalProfile, i));
      }
    }
    return probability;
  }

  /** The principal's best expected utility with no information: {@code max_a sum_state prior u[a][state]}. */
  public double uninformedValue() {
    double best = Double.NEGATIVE_INFINITY;
    for (double[] row : principalUtility) {
      double value = 0;
      for (int state = 0; state < prior.length; state++) {
        value += prior[state] * row[state];
      }
      best = Math.max(best, value);
    }
    return best;
  }
}
