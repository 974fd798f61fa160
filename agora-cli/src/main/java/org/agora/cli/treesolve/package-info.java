/**
 * The tree side of {@code agora solve} and {@code agora exploitability}: rendering a
 * {@link org.agora.core.solve.TreeSolveResult} as text or JSON ({@link org.agora.cli.treesolve.TreeSolveOutput})
 * and compiling a game for the exploitability command with a hint naming {@code --max-nodes}
 * ({@link org.agora.cli.treesolve.TreeCompilation}).
 */
package org.agora.cli.treesolve;
