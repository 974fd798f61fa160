/**
 * Solution concepts of transferable-utility games over {@link org.agora.cooperative.CoalitionGame}.
 *
 * <ul>
 *   <li>{@link org.agora.cooperative.core.Core}: core membership with the most violated coalition,
 *       emptiness and a core point.
 *   <li>{@link org.agora.cooperative.core.LeastCore}: the least core's epsilon and a point (one LP).
 *   <li>{@link org.agora.cooperative.core.Nucleolus}: the nucleolus and prenucleolus by the sequence
 *       of LPs of Kopelowitz / Maschler, Peleg and Shapley.
 *   <li>{@link org.agora.cooperative.core.KohlbergCriterion}: Kohlberg's balancedness check of a
 *       claimed (pre)nucleolus, independent of the LP sequence.
 *   <li>{@link org.agora.cooperative.core.OwenValue}: the Owen value of a
 *       {@link org.agora.cooperative.core.CoalitionStructure}.
 * </ul>
 * The LPs are solved by ojAlgo in doubles on the game scaled to largest |v(S)| = 1, every answer
 * checked against its rows.
 */
package org.agora.cooperative.core;
