package org.agora.cooperative.shapley;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The estimators by name: {@code exact}, {@code banzhaf}, {@code permutation}, {@code stratified}, {@code kernelshap}, {@code svarm}, {@code stratified-svarm}. */
public final class ShapleyEstimators {

  private static final Map<String, Supplier<ShapleyEstimator>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("exact", ExactShapley::new);
    BY_NAME.put("banzhaf", ExactBanzhaf::new);
    BY_NAME.put("permutation", PermutationSampling::new);
    BY_NAME.put("stratified", StratifiedSampling::new);
    BY_NAME.put("kernelshap", KernelShap::new);
    BY_NAME.put("svarm", Svarm::new);
    BY_NAME.put("stratified-svarm", StratifiedSvarm::new);
  }

  private ShapleyEstimators() {}

  /** All names, exact ones first. */
  public static List<String> names() {
    return new ArrayList<>(BY_NAME.keySet());
  }

  /** The sampling estimators of the Shapley value (all but {@code exact} and {@code banzhaf}). */
  public static List<String> samplingNames() {
    return List.of("permutation", "stratified", "kernelshap", "svarm", "stratified-svarm");
  }

  /**
   * @throws IllegalArgumentException naming the unknown estimator and the known ones
   */
  public static ShapleyEstimator create(String name) {
    Supplier<ShapleyEstimator> supplier = name == null ? null : BY_NAME.get(name.trim());
    if (supplier == null) {
      throw new IllegalArgumentException("unknown Shapley estimator '" + name + "'; known: "
          + String.join(", ", BY_NAME.keySet()));
    }
    return supplier.get();
  }
}
