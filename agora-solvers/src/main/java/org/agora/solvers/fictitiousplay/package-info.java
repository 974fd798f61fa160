/**
 * Extensive-form fictitious play (XFP) on a compiled {@link org.agora.solvers.tree.GameTree}.
 */
package org.agora.solvers.fictitiousplay;
