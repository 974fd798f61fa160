/**
 * Nash averaging (D. Balduzzi, K. Tuyls, J. Perolat and T. Graepel, "Re-evaluating Evaluation",
 * NeurIPS 2018): ratings of agents from an agent-vs-agent evaluation matrix
 * ({@link org.agora.evaluation.nashaveraging.NashAveraging#agentVsAgent}) or an agent-vs-task score
 * matrix ({@link org.agora.evaluation.nashaveraging.NashAveraging#agentVsTask}), weighted by the
 * maximum-entropy Nash equilibrium of the evaluation's zero-sum meta-game.
 */
package org.agora.evaluation.nashaveraging;
