/**
 * The {@code agora} command-line program (picocli): the top-level command and entry point, the
 * resolution of game arguments (game strings or Gambit files), the reporting of every failure as
 * one line and an exit code, and the large-stack thread for deep recursive work. Subcommands,
 * output formatting, match running and solve methods are in the subpackages.
 */
package org.agora.cli;
