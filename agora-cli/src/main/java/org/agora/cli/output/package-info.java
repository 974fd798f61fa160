/**
 * Rendering helpers of the CLI: aligned text tables, number formatting, a streaming JSON writer,
 * the progress bar on the error stream and PNG line plots of convergence curves.
 */
package org.agora.cli.output;
