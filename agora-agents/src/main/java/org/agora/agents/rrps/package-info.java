/**
 * Repeated rock-paper-scissors bots: a population after the entries of the 1999 RoShamBo
 * programming competitions (Billings, "The First International RoShamBo Programming Competition",
 * ICGA Journal 23(1), 2000), as used by Lanctot et al., "Population-based Evaluation in Repeated
 * Rock-Paper-Scissors as a Benchmark for Multiagent Reinforcement Learning" (TMLR 2023), and learners
 * outside it. Every bot is written here from the published descriptions of the ideas (the original
 * sources carry no licence), extends {@link org.agora.agents.rrps.RoshamboBot} and is registered
 * through the {@link org.agora.agents.rrps.RoshamboPopulation} family ({@code rrps}). Actions: 0 rock,
 * 1 paper, 2 scissors; a throw {@code t} is beaten by {@code (t + 1) % 3}.
 */
package org.agora.agents.rrps;
