package org.agora.core.transform;

import java.util.Map;
import java.util.OptionalDouble;
import org.agora.core.ExactState;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;

/**
 * The sequential view of a game with simultaneous nodes: each simultaneous node becomes a run of
 * decision nodes, players 0, 1, ... in turn, where no player sees the choices made earlier in the
 * same run. The joint action is applied to the wrapped game once the last player has chosen.
 * Algorithms that need sequential games (CFR, best response, sequence form) then apply unchanged.
 */
public final class TurnBasedGame implements Game {

  private final Game inner;
  private final GameParameters parameters;
  private final GameType type;

  public TurnBasedGame(Game inner) {
    this.inner = inner;
    this.parameters = GameParameters.of("turn_based", Map.of("game", inner.name()));
    GameType innerType = inner.type();
    this.type = new GameType(GameType.Dynamics.SEQUENTIAL, innerType.chance(),
        innerType.dynamics() == GameType.Dynamics.SIMULTANEOUS && inner.playerCount() > 1
            ? GameType.Information.IMPERFECT : innerType.information(),
        innerType.utility());
  }

  /** The wrapped game. */
  public Game inner() {
    return inner;
  }

  @Override
  public String name() {
    return parameters.toGameString();
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public GameType type() {
    return type;
  }

  @Override
  public int playerCount() {
    return inner.playerCount();
  }

  @Override
  public int actionCount() {
    return inner.actionCount();
  }

  @Override
  public int maxChanceOutcomes() {
    return inner.maxChanceOutcomes();
  }

  @Override
  public double minUtility() {
    return inner.minUtility();
  }

  @Override
  public double maxUtility() {
    return inner.maxUtility();
  }

  @Override
  public OptionalDouble utilitySum() {
    return inner.utilitySum();
  }

  @Override
  public int maxGameLength() {
    return inner.maxGameLength() * inner.playerCount();
  }

  @Override
  public String playerName(int player) {
    return inner.playerName(player);
  }

  @Override
  public State newInitialState() {
    State innerInitial = inner.newInitialState();
    return innerInitial instanceof ExactState
        ? new ExactTurnBasedState(this, innerInitial) : new TurnBasedState(this, innerInitial);
  }
}
