/** The market commands' output: tables, CSV, JSON and plots of auction simulations and market equilibria. */
package org.agora.cli.markets;
