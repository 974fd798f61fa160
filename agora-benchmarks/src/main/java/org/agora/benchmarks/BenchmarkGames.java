package org.agora.benchmarks;

import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameRegistry;

/**
 * Turns a benchmark's {@code game} parameter into a {@link Game}.
 *
 * <p>JMH splits {@code -p game=a,b} at commas, so a game string with several parameters cannot be
 * given as it is on the command line. Two ways around it: write {@code ;} for {@code ,} (for example
 * {@code -p "game=goofspiel(num_cards=13;points_order=descending)"}), or use one of the short
 * aliases below.
 */
final class BenchmarkGames {

  /** Short names for the game strings the project benchmarks against its peers. */
  static final Map<String, String> ALIASES = Map.of(
      "repeated_rock_paper_scissors", "repeated(stage=rock_paper_scissors,rounds=1000)",
      "goofspiel_13", "goofspiel(num_cards=13,points_order=descending)");

  private BenchmarkGames() {}

  /**
   * Creates the game named by a benchmark parameter: a registered game string (with {@code ;}
   * standing for {@code ,}) or an alias. A registered game of the alias's own name wins over the
   * alias.
   *
   * @throws IllegalArgumentException naming the game and the games this build knows
   */
  static Game create(String parameter) {
    String gameString = parameter.replace(';', ',').trim();
    String alias = ALIASES.get(gameString);
    if (alias != null && !GameRegistry.names().contains(gameString)) {
      gameString = alias;
    }
    try {
      return GameRegistry.create(gameString);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot benchmark '" + parameter + "' (" + gameString + "): "
          + e.getMessage() + "; games in this build: " + String.join(", ", GameRegistry.names()), e);
    }
  }
}
