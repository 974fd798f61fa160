package org.agora.core.tree;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * Registry provider of {@code reduced_normal_form(game=G)}: the reduced strategic form of a finite
 * game ({@link ReducedNormalForm#of(Game, long)}), limited to {@value #REDUCED_LIMIT} nodes and
 * strategy profiles.
 */
public final class ReducedNormalFormProvider implements GameProvider {

  /** Node and profile limit of games created through the registry. */
  public static final long REDUCED_LIMIT = 1_000_000;

  @Override
  public String name() {
    return "reduced_normal_form";
  }

  @Override
  public String description() {
    return "reduced strategic form of a small finite game, exact expected payoffs";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.game("game", null, "the finite game to reduce"));
  }

  @Override
  public Game create(GameParameters parameters) {
    Game game = parameters.getGame("game");
    try {
      return ReducedNormalForm.of(game, REDUCED_LIMIT);
    } catch (IllegalArgumentException e) {
      if (e instanceof GameSpecException spec) {
        throw spec;
      }
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new GameSpecException("reduced_normal_form: " + message.replace('\n', ' ').replace('\r', ' '));
    }
  }
}
