package org.agora.games.repeated;

import java.util.Objects;
import java.util.OptionalDouble;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.transform.RepeatedGame;

/**
 * A {@link RepeatedGame} registered under its own name and parameters (for example
 * {@code repeated_rock_paper_scissors(rounds=1000,recall=1)}), so that {@link #name()} recreates it and
 * its states report it as their game. Everything else is the repeated game's: states delegate to the
 * repeated game's states, one extra call per method.
 */
public final class NamedRepeatedGame implements Game {

  private final RepeatedGame repeated;
  private final GameParameters parameters;

  NamedRepeatedGame(RepeatedGame repeated, GameParameters parameters) {
    this.repeated = Objects.requireNonNull(repeated, "repeated");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The underlying repeated game (whose own name is the generic {@code repeated(stage=...)} string). */
  public RepeatedGame repeatedGame() {
    return repeated;
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
    return repeated.type();
  }

  @Override
  public int playerCount() {
    return repeated.playerCount();
  }

  @Override
  public int actionCount() {
    return repeated.actionCount();
  }

  @Override
  public int maxChanceOutcomes() {
    return repeated.maxChanceOutcomes();
  }

  @Override
  public double minUtility() {
    return repeated.minUtility();
  }

  @Override
  public double maxUtility() {
    return repeated.maxUtility();
  }

  @Override
  public OptionalDouble utilitySum() {
    return repeated.utilitySum();
  }

  @Override
  public int maxGameLength() {
    return repeated.maxGameLength();
  }

  @Override
  public String playerName(int player) {
    return repeated.playerName(player);
  }

  @Override
  public State newInitialState() {
    return new NamedRepeatedState(this, repeated.newInitialState());
  }

  @Override
  public String toString() {
    return name();
  }
}
