/** The database: stored tournaments and their match rows over JDBC, the schema versioned by Flyway. */
package org.agora.store;
