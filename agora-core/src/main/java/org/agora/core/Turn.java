package org.agora.core;

/**
 * Who moves at a {@link State}: one player ({@link Decision}), nature ({@link #CHANCE}), all players
 * at once ({@link #SIMULTANEOUS}), or nobody because the game is over ({@link #TERMINAL}).
 *
 * <p>Instances are shared: {@link #decision(int)} returns cached objects for small player ids, and
 * the three other kinds are singletons, so asking a state for its turn never allocates.
 */
public sealed interface Turn permits Turn.Decision, Turn.Chance, Turn.Simultaneous, Turn.Terminal {

  /** Nature moves; see {@link State#chanceOutcomes(int[], double[])}. */
  Chance CHANCE = new Chance();
  /** Every player chooses an action; see {@link State#apply(int[])}. */
  Simultaneous SIMULTANEOUS = new Simultaneous();
  /** The game is over; see {@link State#returns(int)}. */
  Terminal TERMINAL = new Terminal();

  /** The (cached) decision turn of {@code player}. */
  static Decision decision(int player) {
    return player >= 0 && player < Decision.CACHE.length ? Decision.CACHE[player] : new Decision(player);
  }

  /** One player moves. */
  record Decision(int player) implements Turn {
    private static final Decision[] CACHE = new Decision[64];

    static {
      for (int p = 0; p < CACHE.length; p++) {
        CACHE[p] = new Decision(p);
      }
    }

    public Decision {
      if (player < 0) {
        throw new IllegalArgumentException("player id must be >= 0, got " + player);
      }
    }

    @Override
    public String toString() {
      return "player " + player;
    }
  }

  /** Nature moves. */
  final class Chance implements Turn {
    private Chance() {}

    @Override
    public String toString() {
      return "chance";
    }
  }

  /** All players move at once. */
  final class Simultaneous implements Turn {
    private Simultaneous() {}

    @Override
    public String toString() {
      return "simultaneous";
    }
  }

  /** The game is over. */
  final class Terminal implements Turn {
    private Terminal() {}

    @Override
    public String toString() {
      return "terminal";
    }
  }
}
