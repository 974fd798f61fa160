package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.ParameterSpec;
import org.agora.core.solve.SolverProvider;

/** What every provider here declares the same way: its name, its one-line description and its parameters. */
abstract class DeclaredSolverProvider implements SolverProvider {

  private final String name;
  private final String description;
  private final List<ParameterSpec> parameters;

  DeclaredSolverProvider(String name, String description, List<ParameterSpec> parameters) {
    this.name = name;
    this.description = description;
    this.parameters = List.copyOf(parameters);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final List<ParameterSpec> parameters() {
    return parameters;
  }
}
