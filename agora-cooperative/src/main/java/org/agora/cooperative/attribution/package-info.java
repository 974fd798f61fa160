/**
 * Attribution as coalition games: who in a team earned its return ({@link
 * org.agora.cooperative.attribution.TeamReturnGame}, after Heuillet, Couthouis and Díaz-Rodríguez,
 * "Collective eXplainable AI", 2022) and which observed features a policy's return depends on ({@link
 * org.agora.cooperative.attribution.FeatureReturnGame}, after Beechey, Smith and Şimşek, "Explaining
 * Reinforcement Learning with Shapley Values", ICML 2023). Both estimate every coalition's value by
 * playing episodes of an Agora game with common random numbers, cache it, and report its standard
 * error; any {@link org.agora.cooperative.shapley.ShapleyEstimator} then splits the value.
 */
package org.agora.cooperative.attribution;
