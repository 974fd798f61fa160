package org.agora.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The abilities a {@link Game} offers, built once by the game. {@link #find(Class)} returns the first
 * offered ability that is an instance of the asked type; one object may offer several abilities.
 */
public final class GameAbilities {

  /** No abilities. */
  public static final GameAbilities NONE = new GameAbilities(List.of());

  private final List<GameAbility> abilities;

  private GameAbilities(List<GameAbility> abilities) {
    this.abilities = abilities;
  }

  /** The given abilities, in order (nulls are not allowed). */
  public static GameAbilities of(GameAbility... abilities) {
    for (int i = 0; i < abilities.length; i++) {
      Objects.requireNonNull(abilities[i], "ability " + i);
    }
    return abilities.length == 0 ? NONE : new GameAbilities(List.of(abilities));
  }

  /** The given abilities, in order. */
  public static GameAbilities of(List<? extends GameAbility> abilities) {
    return of(abilities.toArray(new GameAbility[0]));
  }

  /** The offered ability of {@code type}, or empty. */
  public <A extends GameAbility> Optional<A> find(Class<A> type) {
    for (GameAbility ability : abilities) {
      if (type.isInstance(ability)) {
        return Optional.of(type.cast(ability));
      }
    }
    return Optional.empty();
  }

  /** True when an ability of {@code type} is offered. */
  public boolean offers(Class<? extends GameAbility> type) {
    return find(type).isPresent();
  }

  /** Every offered ability object, in the order given. */
  public List<GameAbility> all() {
    return abilities;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("[");
    for (GameAbility ability : abilities) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(ability.getClass().getSimpleName());
    }
    return out.append(']').toString();
  }
}
