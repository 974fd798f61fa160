package org.agora.games.poker;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link KuhnPokerGame} as {@code kuhn_poker(players=2)}. */
public final class KuhnPokerProvider implements GameProvider {

  static final String NAME = "kuhn_poker";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Kuhn poker (Kuhn 1950): players+1 cards, one card each, one betting round";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.integer("players", 2, KuhnPokerGame.MIN_PLAYERS, KuhnPokerGame.MAX_PLAYERS,
        "number of players; the deck has players+1 cards"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new KuhnPokerGame(parameters.getInt("players"));
  }
}
