package org.agora.cli.treesolve;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Rational;

/**
 * What a tree method found: a behaviour profile (per-slot, see {@link org.agora.solvers.tree.GameTree}),
 * optionally exact, the exact expected payoffs where known, the convergence curve of iterative
 * methods and free-form notes.
 */
public final class TreeReport {

  /** Convergence curve: iterations, the measure after them, and solver seconds (evaluation excluded). */
  public record Curve(String measure, long[] iterations, double[] values, double[] seconds) {}

  final String concept;
  final double[] behaviour;
  Rational[] exactBehaviour;
  Rational[] exactPayoffs;
  Curve curve;
  final List<String> notes = new ArrayList<>();

  /** A report on {@code behaviour}, described by {@code concept} (e.g. {@code average policy}). */
  public TreeReport(String concept, double[] behaviour) {
    this.concept = concept;
    this.behaviour = behaviour;
  }

  /** The exact profile behind {@link #behaviour()}. */
  public TreeReport exact(Rational[] exactBehaviourSlots, Rational[] payoffs) {
    this.exactBehaviour = exactBehaviourSlots;
    this.exactPayoffs = payoffs;
    return this;
  }

  public TreeReport curve(Curve convergence) {
    this.curve = convergence;
    return this;
  }

  public TreeReport note(String line) {
    notes.add(line);
    return this;
  }

  public double[] behaviour() {
    return behaviour;
  }

  public Curve curve() {
    return curve;
  }
}
