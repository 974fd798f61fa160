/**
 * Exact and floating-point linear algebra for the pivoting solvers: integer-pivoting and double
 * tableaux, lexicographic ratio tests, payoff scaling to positive integers, bimatrix best-response
 * polytopes, square systems and polytope vertex enumeration.
 */
package org.agora.solvers.linear;
