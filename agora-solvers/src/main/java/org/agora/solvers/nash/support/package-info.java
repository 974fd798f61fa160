/**
 * The inner loops of support enumeration for bimatrix games: support bit masks, the search over
 * support pairs, exact and floating-point indifference systems and a floating-point prefilter of
 * row supports.
 */
package org.agora.solvers.nash.support;
