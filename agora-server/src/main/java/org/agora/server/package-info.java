/**
 * The Agora workbench server: a JSON API under {@code /api/} over the game catalogue, uploaded Gambit
 * games and jobs (solves, tournaments, PSRO runs) executed in a bounded worker pool, with progress
 * streamed as server-sent events, plus static assets served from the classpath. {@link
 * org.agora.server.AgoraServer} assembles it; {@link org.agora.server.JobService} runs the jobs and
 * records them in a {@link org.agora.server.RunRepository}.
 */
package org.agora.server;
