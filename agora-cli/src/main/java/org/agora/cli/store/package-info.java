/** The CLI's access to the tournament store: the options that choose it. */
package org.agora.cli.store;
