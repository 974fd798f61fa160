/**
 * Fair division of indivisible items among agents with additive valuations: instances of goods or
 * chores ({@link org.agora.cooperative.fairdivision.FairDivisionInstance}, read from CSV by {@link
 * org.agora.cooperative.fairdivision.InstanceCsv} or drawn by {@link
 * org.agora.cooperative.fairdivision.RandomInstances}), offline rules (round-robin, envy-cycle
 * elimination, maximum Nash welfare), maximin shares, the online MMS algorithms of Zhou, Bai and Wu
 * (ICML 2023), and welfare and envy measures of an {@link
 * org.agora.cooperative.fairdivision.Allocation}.
 */
package org.agora.cooperative.fairdivision;
