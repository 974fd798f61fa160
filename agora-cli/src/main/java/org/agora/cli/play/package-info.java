/**
 * Match running for {@code agora play}: splitting the agent list, playing seeded episodes between
 * registered agents on any number of threads ({@link org.agora.cli.play.EpisodeRunner}) and
 * summarising each player's returns with running statistics.
 */
package org.agora.cli.play;
