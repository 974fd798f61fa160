/**
 * Federated linear contextual bandits with incentivised, truthful participation (Wei, Li, Ren, Xu,
 * Wang, ICLR 2024): the environment ({@link org.agora.learning.bandits.federated.FederatedLinearBandit}),
 * the truthful participation mechanism with critical-value payments
 * ({@link org.agora.learning.bandits.federated.TruthfulParticipationMechanism}), the Truth-FedBan
 * protocol with LinUCB clients and its all-participating and no-communication references
 * ({@link org.agora.learning.bandits.federated.TruthFedBan}), and the string registry.
 */
package org.agora.learning.bandits.federated;
