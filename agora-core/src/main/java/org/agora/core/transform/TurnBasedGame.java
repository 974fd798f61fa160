package org.agora.core.transform;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameAbility;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.InformationStateIds;
import org.agora.core.InformationStateTensorWriter;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;

/**
 * The sequential view of a game with simultaneous nodes: each simultaneous node becomes a run of
 * decision nodes, players 0, 1, ... in turn, where no player sees the choices made earlier in the
 * same run. The joint action is applied to the wrapped game once the last player has chosen.
 * Algorithms that need sequential games (CFR, best response, sequence form) then apply unchanged.
 *
 * <p>Abilities of the wrapped game pass through ({@link UnwrappedAbilities}): exact values and
 * observation tensors always; information-state ids and tensors only when the wrapped game has no
 * simultaneous nodes, since otherwise a player's information state here also holds its own choice
 * earlier in the run.
 */
public final class TurnBasedGame implements Game {

  private final Game inner;
  private final GameParameters parameters;
  private final GameInfo info;
  private final GameAbilities abilities;

  public TurnBasedGame(Game inner) {
    this.inner = inner;
    this.parameters = GameParameters.of("turn_based", Map.of("game", inner.name()));
    GameType innerType = inner.type();
    GameType type = new GameType(GameType.Dynamics.SEQUENTIAL, innerType.chance(),
        innerType.dynamics() == GameType.Dynamics.SIMULTANEOUS && inner.playerCount() > 1
            ? GameType.Information.IMPERFECT : innerType.information(),
        innerType.utility());
    this.info = new GameInfo(type, inner.playerCount(), inner.actionCount(), inner.maxChanceOutcomes(),
        inner.minUtility(), inner.maxUtility(), inner.maxGameLength() * inner.playerCount());
    Set<Class<? extends GameAbility>> kept = innerType.dynamics() == GameType.Dynamics.SEQUENTIAL
        ? Set.of(ExactValues.class, ObservationTensorWriter.class, InformationStateIds.class,
            InformationStateTensorWriter.class)
        : Set.of(ExactValues.class, ObservationTensorWriter.class);
    this.abilities = UnwrappedAbilities.of(inner.abilities(), state -> ((TurnBasedState) state).inner, kept);
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
  public GameInfo info() {
    return info;
  }

  @Override
  public OptionalDouble utilitySum() {
    return inner.utilitySum();
  }

  @Override
  public String playerName(int player) {
    return inner.playerName(player);
  }

  @Override
  public GameAbilities abilities() {
    return abilities;
  }

  @Override
  public State newInitialState() {
    return newInitialState(true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new TurnBasedState(this, inner.newInitialState(recordHistory), recordHistory);
  }
}
