package org.agora.core.normalform;

import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.Turn;

/** The state of a {@link NormalFormGame}: one simultaneous node, then a terminal state. */
final class NormalFormState extends AbstractState {

  private final NormalFormGame game;
  private int profile = -1;

  NormalFormState(NormalFormGame game, boolean recordHistory) {
    super(game.playerCount(), recordHistory, false);
    this.game = game;
  }

  private NormalFormState(NormalFormState other) {
    super(other);
    this.game = other.game;
    this.profile = other.profile;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    return profile < 0 ? Turn.SIMULTANEOUS : Turn.TERMINAL;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (profile >= 0) {
      return 0;
    }
    int count = game.strategyCount(player);
    for (int a = 0; a < count; a++) {
      out[a] = a;
    }
    return count;
  }

  @Override
  protected void applyAction(int action) {
    throw new IllegalStateException("a normal-form game has only a simultaneous node");
  }

  @Override
  protected void applyJointAction(int[] jointAction) {
    profile = game.profileIndex(jointAction);
  }

  @Override
  public double returns(int player) {
    return profile < 0 ? 0.0 : game.payoff(player, profile);
  }

  /** Index of the profile played, or -1 before the move. */
  int profile() {
    return profile;
  }

  @Override
  public String informationStateKey(int player) {
    return profile < 0 ? "start" : "profile " + profileText();
  }

  @Override
  public String observation(int player) {
    return profile < 0 ? "choose a strategy" : "played " + profileText();
  }

  private String profileText() {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < game.playerCount(); p++) {
      if (p > 0) {
        out.append(',');
      }
      out.append(game.strategyName(p, game.strategyInProfile(profile, p)));
    }
    return out.toString();
  }

  @Override
  public String actionToString(int player, int action) {
    return game.strategyName(player, action);
  }

  @Override
  public State copy() {
    return new NormalFormState(this);
  }

  @Override
  public String toString() {
    return profile < 0 ? "simultaneous move" : "profile (" + profileText() + ")";
  }
}
