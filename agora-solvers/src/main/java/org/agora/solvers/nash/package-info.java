/**
 * Nash equilibria of normal-form games: pure equilibria, support and vertex enumeration (with
 * maximal Nash subsets), Lemke-Howson, zero-sum linear programming (exact and floating point), the
 * maximum-entropy zero-sum equilibrium, simplicial subdivision and the logit quantal-response path; helpers are in the subpackages.
 */
package org.agora.solvers.nash;
