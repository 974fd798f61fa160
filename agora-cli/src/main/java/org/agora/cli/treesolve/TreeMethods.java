package org.agora.cli.treesolve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.solvers.cfr.CfrBestResponseSolver;
import org.agora.solvers.cfr.ExternalSamplingMccfr;
import org.agora.solvers.cfr.OutcomeSamplingMccfr;
import org.agora.solvers.fictitiousplay.ExtensiveFormFictitiousPlay;

/** The tree methods {@code agora solve --method} accepts, in the order help lists them. */
public final class TreeMethods {

  private static final Map<String, TreeMethod> METHODS = register(List.of(
      new IterativeTreeMethod("mccfr-es", "external-sampling Monte Carlo CFR (Lanctot et al. 2009); one iteration"
          + " = one traversal per player; --seed",
          (tree, settings) -> new ExternalSamplingMccfr(tree, settings.seed())),
      new IterativeTreeMethod("mccfr-os", "outcome-sampling Monte Carlo CFR (Lanctot et al. 2009), exploration"
          + " --epsilon; --seed",
          (tree, settings) -> new OutcomeSamplingMccfr(tree, new SplittableRandom(settings.seed()), settings.epsilon())),
      new IterativeTreeMethod("cfr-br", "CFR against best responses (Johanson et al. 2012), two players",
          (tree, settings) -> new CfrBestResponseSolver(tree)),
      new IterativeTreeMethod("xfp", "extensive-form fictitious play (Heinrich, Lanctot and Silver 2015)",
          (tree, settings) -> new ExtensiveFormFictitiousPlay(tree))));

  private TreeMethods() {}

  private static Map<String, TreeMethod> register(List<TreeMethod> methods) {
    Map<String, TreeMethod> byName = new LinkedHashMap<>();
    for (TreeMethod method : methods) {
      byName.put(method.name(), method);
    }
    return Collections.unmodifiableMap(byName);
  }

  /** All tree methods by name. */
  public static Map<String, TreeMethod> all() {
    return METHODS;
  }
}
