package org.agora.core;

import java.util.List;

/** Registers matching pennies with a stake as {@code test_matching_pennies(stake=1)}, for core tests only. */
public final class TestMatchingPenniesProvider implements GameProvider {

  @Override
  public String name() {
    return "test_matching_pennies";
  }

  @Override
  public String description() {
    return "matching pennies played for a stake (test only)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.integer("stake", 1, 1, 100, "amount won or lost"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return TestGames.matchingPennies(parameters, parameters.getInt("stake"));
  }
}
