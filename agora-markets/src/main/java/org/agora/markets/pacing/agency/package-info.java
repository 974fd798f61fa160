/**
 * Agency bidding (Chen, Wang, Duan, Sun, Chen, Yan and Deng, "Coordinated Dynamic Bidding in Repeated
 * Second-Price Auctions with Budgets", ICML 2023): an agency bids for several budget-constrained clients
 * in repeated second-price auctions, either coordinating them so that they never bid against each other
 * ({@link org.agora.markets.pacing.agency.CoordinatedAgencyBidder}) or letting each pace independently
 * ({@link org.agora.markets.pacing.agency.IndependentPacingBidders}), and the simulation that compares them
 * ({@link org.agora.markets.pacing.agency.AgencySimulation}).
 */
package org.agora.markets.pacing.agency;
