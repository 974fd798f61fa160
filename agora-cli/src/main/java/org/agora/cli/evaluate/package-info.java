/**
 * The computations behind {@code agora evaluate} and {@code agora rate}, over an
 * {@link org.agora.cli.evaluate.EvaluationInput} (a cross-table file or a tournament's match
 * records), and their renderings as ranked text tables, JSON and CSV.
 */
package org.agora.cli.evaluate;
