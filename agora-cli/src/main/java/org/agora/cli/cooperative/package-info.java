/**
 * Output of {@code agora shapley} and {@code agora allocate}: tables, JSON, CSV and the
 * error-versus-budget plot of the Shapley estimators.
 */
package org.agora.cli.cooperative;
