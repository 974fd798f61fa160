package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentFamily;
import org.agora.core.AgentProvider;
import org.agora.core.ParameterSpec;

/**
 * The {@code rrps_learners} family: general learners for repeated rock-paper-scissors that are not
 * part of the competition population ({@link RoshamboPopulation}), to be evaluated against it:
 * regret matching, Hedge, Q-learning over a recall window and an n-gram predictor. They adapt
 * within a match and start afresh in the next, as the population's bots do.
 */
public final class RoshamboLearners implements AgentFamily {

  private static final List<AgentProvider> LEARNERS = List.of(
      new BotProvider("rrps_hedge", "rrps learner: Hedge (exponential weights) over the three throws",
          List.of(ParameterSpec.real("eta", 0.1, 0, 10, "learning rate: weights are exp(eta x cumulative payoff)")),
          (player, seed, options) -> new HedgeLearner(player, seed, options.getDouble("eta"))),
      new BotProvider("rrps_ngram", "rrps learner: beats the forecast of the longest joint-history context seen before",
          List.of(ParameterSpec.integer("n", 3, 1, 4, "longest context, in joint throws")),
          (player, seed, options) -> new NGramLearner(player, seed, options.getInt("n"))),
      new BotProvider("rrps_qlearning", "rrps learner: epsilon-greedy Q-learning over the last k joint throws",
          List.of(
              ParameterSpec.integer("k", 1, 1, 3, "recall window: the state is the last k joint throws"),
              ParameterSpec.real("alpha", 0.1, 0, 1, "step size"),
              ParameterSpec.real("gamma", 0.5, 0, 1, "discount"),
              ParameterSpec.real("epsilon", 0.05, 0, 1, "exploration probability")),
          (player, seed, options) -> new QLearner(player, seed, options.getInt("k"), options.getDouble("alpha"),
              options.getDouble("gamma"), options.getDouble("epsilon"))),
      new BotProvider("rrps_regret_matching", "rrps learner: regret matching over the three throws",
          List.of(), (player, seed, options) -> new RegretMatchingLearner(player, seed)));

  @Override
  public String name() {
    return "rrps_learners";
  }

  @Override
  public String description() {
    return "repeated rock-paper-scissors learners outside the competition population";
  }

  @Override
  public List<AgentProvider> providers() {
    return LEARNERS;
  }
}
