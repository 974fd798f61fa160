package org.agora.games.poker;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link LeducPokerGame} as {@code leduc_poker(players=2)}. */
public final class LeducPokerProvider implements GameProvider {

  static final String NAME = "leduc_poker";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Leduc hold'em (Southey et al. 2005): two suits of players+1 ranks, a public card, two betting rounds";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.integer("players", 2, LeducPokerGame.MIN_PLAYERS, LeducPokerGame.MAX_PLAYERS,
        "number of players; the deck has two suits of players+1 ranks"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new LeducPokerGame(parameters.getInt("players"));
  }
}
