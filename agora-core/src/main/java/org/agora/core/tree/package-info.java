/**
 * The one walk that enumerates a finite game into a tree: {@link org.agora.core.tree.GameTreeWalk}
 * visits every node depth-first, numbers the information states and makes the checks every tree
 * needs, reporting each node to a {@link org.agora.core.tree.TreeSink}. The flat floating-point
 * tree of agora-solvers is one sink; the exact {@link org.agora.core.tree.ExplicitTree} in
 * Gambit's terms (built by {@link org.agora.core.tree.ExplicitTreeCompiler}, or by {@link
 * org.agora.core.tree.TreeBuilder} from a {@code .efg} file) is the other, and the {@link
 * org.agora.core.tree.ReducedNormalForm} (registered as {@code reduced_normal_form(game=...)}) is
 * computed from it.
 */
package org.agora.core.tree;
