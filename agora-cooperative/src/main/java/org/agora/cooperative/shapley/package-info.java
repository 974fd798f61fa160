/**
 * Shapley value estimators over {@link org.agora.cooperative.CoalitionGame}s, one class per method,
 * all behind {@link org.agora.cooperative.shapley.ShapleyEstimator}: exact Shapley and Banzhaf
 * values, permutation sampling with antithetic permutations, stratified sampling by coalition size,
 * KernelSHAP, SVARM and Stratified SVARM; and the exact pairwise Shapley interaction index.
 */
package org.agora.cooperative.shapley;
