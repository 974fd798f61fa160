/**
 * Learning dynamics on N-player normal-form games whose time averages approach an equilibrium
 * concept, each exposing its trajectory.
 *
 * <p>Every class implements {@link org.agora.solvers.dynamics.LearningDynamics}: {@code step()} runs
 * one simultaneous iteration for all players without allocating; {@code currentProfile()},
 * {@code averageProfile()} and {@code empiricalJointDistribution()} expose the play; {@code run}
 * records a {@link org.agora.solvers.dynamics.Trajectory} of NashConv and coarse correlated /
 * correlated equilibrium gaps.
 *
 * <table>
 *   <caption>What the averages converge to</caption>
 *   <tr><th>Class</th><th>Two-player zero-sum: average profile</th><th>General: empirical joint</th></tr>
 *   <tr><td>{@link org.agora.solvers.dynamics.FictitiousPlay}</td><td>Nash</td><td>no guarantee</td></tr>
 *   <tr><td>{@link org.agora.solvers.dynamics.RegretMatching}</td><td>Nash</td><td>coarse correlated</td></tr>
 *   <tr><td>{@link org.agora.solvers.dynamics.RegretMatchingPlus}</td><td>Nash</td><td>coarse correlated</td></tr>
 *   <tr><td>{@link org.agora.solvers.dynamics.Hedge}</td><td>Nash (horizon-tuned rate)</td><td>coarse correlated</td></tr>
 *   <tr><td>{@link org.agora.solvers.dynamics.SwapRegretMinimizer}</td><td>Nash</td><td>correlated</td></tr>
 *   <tr><td>{@link org.agora.solvers.dynamics.ReplicatorDynamics}</td><td>Nash if interior equilibrium</td><td>no guarantee</td></tr>
 *   <tr><td>{@link org.agora.solvers.dynamics.ProjectedReplicatorDynamics}</td><td>near Nash, no guarantee</td><td>no guarantee</td></tr>
 * </table>
 *
 * <p>Every step computes, in one pass over the payoff tensor ({@code O(profiles * players)}), each
 * player's payoff for every pure strategy against the others' mixed strategies. All dynamics here use
 * these full-information expected payoffs, so they are deterministic and need no random generator.
 */
package org.agora.solvers.dynamics;
