package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.solvers.fictitiousplay.ExtensiveFormFictitiousPlay;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.IterativeSolver;

/** {@code xfp}: extensive-form fictitious play ({@link ExtensiveFormFictitiousPlay}); see {@link IterativeTreeProvider}. */
public final class ExtensiveFormFictitiousPlayProvider extends IterativeTreeProvider {

  public ExtensiveFormFictitiousPlayProvider() {
    super("xfp", "extensive-form fictitious play (Heinrich, Lanctot and Silver 2015)");
  }

  @Override
  IterativeSolver solver(GameTree tree, GameParameters values) {
    return new ExtensiveFormFictitiousPlay(tree);
  }
}
