/**
 * Multi-channel autobidding (Deng, Golrezaei, Jaillet, Liang and Mirrokni, "Multi-channel Autobidding
 * with Budget and ROI Constraints", ICML 2023): an advertiser buys conversions on several channels, each
 * of which procures auctions on her behalf under a per-channel budget; the global LP optimum over all
 * auctions ({@link org.agora.markets.pacing.multichannel.GlobalMultiChannelLp}), the paper's finding that
 * per-channel budgets alone reach it ({@link org.agora.markets.pacing.multichannel.BudgetOnlyAllocation}),
 * and the SGD-UCB learner of per-channel budgets under bandit feedback
 * ({@link org.agora.markets.pacing.multichannel.SgdUcbBudgetAllocator}).
 */
package org.agora.markets.pacing.multichannel;
