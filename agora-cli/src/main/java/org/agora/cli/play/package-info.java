/**
 * What the {@code play} command needs beyond the library's match runner (which lives in
 * agora-evaluation): {@link org.agora.cli.play.AgentList}, which splits a comma-separated list of
 * agent strings.
 */
package org.agora.cli.play;
