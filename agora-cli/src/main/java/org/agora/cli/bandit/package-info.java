/**
 * The output of {@code agora bandit}: the stored and printed JSON, the text tables, the CSV and the
 * listing of registered policies and problems ({@link org.agora.cli.bandit.BanditReport}), and the
 * regret-curve plots as PNG and self-contained HTML ({@link org.agora.cli.bandit.BanditPlots}).
 */
package org.agora.cli.bandit;
