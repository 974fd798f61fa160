/**
 * The output of {@code agora bandit}: the stored and printed JSON, the text tables, the CSV and the
 * listing of registered policies and problems ({@link org.agora.cli.bandit.BanditReport}), and the
 * regret-curve plots as PNG and self-contained HTML ({@link org.agora.cli.bandit.BanditPlots}); and what
 * the {@code agora bandit <kind>} subcommands share: their options ({@link
 * org.agora.cli.bandit.BanditRunOptions}), the deterministic multi-seed runner ({@link
 * org.agora.learning.bandits.ParallelRuns}) and the federated mechanism's misreport check ({@link
 * org.agora.cli.bandit.FederatedTruthfulnessCheck}).
 */
package org.agora.cli.bandit;
