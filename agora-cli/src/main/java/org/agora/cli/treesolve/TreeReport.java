package org.agora.cli.treesolve;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Rational;
import org.agora.solvers.cfr.Convergence;

/**
 * What a tree method found: a behaviour profile (per-slot, see {@link org.agora.solvers.tree.GameTree}),
 * optionally exact, the exact expected payoffs where known, the convergence curve of iterative
 * methods and free-form notes.
 */
public final class TreeReport {

  /** How people read a curve's measure: {@code exploitability} or {@code NashConv}. */
  public static String label(Convergence.Measure measure) {
    return measure == Convergence.Measure.EXPLOITABILITY ? "exploitability" : "NashConv";
  }

  final String concept;
  final double[] behaviour;
  Rational[] exactBehaviour;
  Rational[] exactPayoffs;
  Convergence.Curve curve;
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

  public TreeReport curve(Convergence.Curve convergence) {
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

  public Convergence.Curve curve() {
    return curve;
  }
}
