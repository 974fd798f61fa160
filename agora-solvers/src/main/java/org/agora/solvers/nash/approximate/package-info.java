/**
 * Numerical machinery of the approximate Nash solvers: the logit homotopy and its arc-length
 * continuation, the variable-dimension simplicial path with its grid and labelling, multilinear
 * payoffs, a dense linear solver and the Newton polish of an approximate equilibrium on its
 * support.
 */
package org.agora.solvers.nash.approximate;
