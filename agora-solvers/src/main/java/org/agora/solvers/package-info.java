/**
 * Equilibrium computation. This package holds the mixed-strategy profiles of normal-form games
 * that the solvers return, in floating point and in exact rationals; the solvers are in the
 * subpackages, one per problem.
 */
package org.agora.solvers;
