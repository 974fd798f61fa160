/**
 * The conformance suite any game can run: declarations, registry round trips, seeded playouts and
 * tree enumeration checked against the game API's contracts, including every ability the game
 * declares and play without history recording; and {@link org.agora.testkit.SeededCases}, the
 * reproducible seeded cases the property tests of every module run over in plain JUnit 5; and
 * {@link org.agora.testkit.SolverEquivariance}, which checks that a normal-form solver's output permutes
 * with the players and actions of seeded random games ({@link org.agora.testkit.GamePermutation}).
 */
package org.agora.testkit;
