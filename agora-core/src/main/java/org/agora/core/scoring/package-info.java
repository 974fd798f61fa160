/**
 * Scoring rules for categorical forecasts: the strictly proper logarithmic, quadratic (Brier) and
 * spherical rules, and decision scoring rules that elicit action-conditional forecasts for a decision
 * maker who acts on them.
 */
package org.agora.core.scoring;
