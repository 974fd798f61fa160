/**
 * Evaluation reports: the {@link org.agora.evaluation.report.EvaluationReport} value (a cross-table
 * with its population metrics, bootstrap intervals, Nash averaging and alpha-rank
 * ({@link org.agora.evaluation.report.CrossTableRatings}) and match-stream ratings), written as a
 * self-contained HTML page with PNG pictures by {@link org.agora.evaluation.report.HtmlReport}.
 */
package org.agora.evaluation.report;
