/**
 * Measures of a mixed profile in a normal-form game, in floating point and exactly: expected
 * payoffs, pure-deviation payoffs, regrets, NashConv, social welfare and the exact Nash test.
 */
package org.agora.solvers.measures;
