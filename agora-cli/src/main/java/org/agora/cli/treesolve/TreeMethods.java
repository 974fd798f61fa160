package org.agora.cli.treesolve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.solvers.cfr.CfrBestResponseSolver;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.CfrPlusSolver;
import org.agora.solvers.cfr.CfrSolver;
import org.agora.solvers.cfr.DiscountedCfrSolver;
import org.agora.solvers.cfr.ExternalSamplingMccfr;
import org.agora.solvers.cfr.LinearCfrSolver;
import org.agora.solvers.cfr.OutcomeSamplingMccfr;
import org.agora.solvers.cfr.PredictiveCfrPlusSolver;
import org.agora.solvers.fictitiousplay.ExtensiveFormFictitiousPlay;

/** The tree methods {@code agora solve --method} accepts, in the order help lists them. */
public final class TreeMethods {

  private static final Map<String, TreeMethod> METHODS = register(List.of(
      new IterativeTreeMethod("cfr", "counterfactual regret minimisation (Zinkevich et al. 2007), alternating"
          + " updates; --threads", (tree, settings) -> new CfrSolver(tree, options(settings))),
      new IterativeTreeMethod("cfr+", "CFR+ (Tammelin 2014): regret matching+, alternating updates, linear"
          + " averaging; --threads", (tree, settings) -> new CfrPlusSolver(tree, options(settings))),
      new IterativeTreeMethod("lcfr", "linear CFR (Brown and Sandholm 2019); --threads",
          (tree, settings) -> new LinearCfrSolver(tree, options(settings))),
      new IterativeTreeMethod("dcfr", "discounted CFR (Brown and Sandholm 2019), --alpha --beta --gamma; --threads",
          (tree, settings) -> new DiscountedCfrSolver(tree, settings.alpha(), settings.beta(), settings.gamma(),
              options(settings))),
      new IterativeTreeMethod("pcfr+", "predictive CFR+ (Farina, Kroer and Sandholm 2021); --threads",
          (tree, settings) -> new PredictiveCfrPlusSolver(tree, options(settings))),
      new IterativeTreeMethod("mccfr-es", "external-sampling Monte Carlo CFR (Lanctot et al. 2009); one iteration"
          + " = one traversal per player; --seed",
          (tree, settings) -> new ExternalSamplingMccfr(tree, settings.seed())),
      new IterativeTreeMethod("mccfr-os", "outcome-sampling Monte Carlo CFR (Lanctot et al. 2009), exploration"
          + " --epsilon; --seed",
          (tree, settings) -> new OutcomeSamplingMccfr(tree, new SplittableRandom(settings.seed()), settings.epsilon())),
      new IterativeTreeMethod("cfr-br", "CFR against best responses (Johanson et al. 2012), two players",
          (tree, settings) -> new CfrBestResponseSolver(tree)),
      new IterativeTreeMethod("xfp", "extensive-form fictitious play (Heinrich, Lanctot and Silver 2015)",
          (tree, settings) -> new ExtensiveFormFictitiousPlay(tree)),
      new SequenceFormMethod(true),
      new SequenceFormMethod(false)));

  private TreeMethods() {}

  private static CfrOptions options(TreeSettings settings) {
    return CfrOptions.defaults().withThreads(settings.threads());
  }

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
