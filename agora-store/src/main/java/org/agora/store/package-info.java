/**
 * The database: stored tournaments and their match rows ({@link org.agora.store.TournamentStore}),
 * the record of every job run ({@link org.agora.store.RunStore}), both on one database through
 * {@link org.agora.store.AgoraDatabase}, over JDBC, the schema versioned by Flyway.
 */
package org.agora.store;
