package org.agora.solvers.pseudogame;

/**
 * A pseudo-game (abstract economy; Arrow and Debreu, Econometrica, 1954): {@code players()} players,
 * player {@code i} choosing a real vector of {@code dimension(i)} coordinates, with a utility
 * {@code u_i(x)} and a feasible set {@code X_i(x_-i)} that depends on the other players' actions.
 * A generalized Nash equilibrium (GNE) is a profile {@code x} with {@code x_i} in {@code X_i(x_-i)} and
 * no player able to gain by a feasible unilateral deviation.
 *
 * <p>A profile is one flat {@code double[]}: player {@code i}'s coordinates are
 * {@code [offset(i), offset(i) + dimension(i))}. Utilities are assumed concave in the player's own
 * action and the feasible sets convex and non-empty, as in Goktas and Greenwald, "Exploitability
 * minimization in games and beyond", NeurIPS 2022, so that a best response is a concave
 * maximisation. Implementations are immutable and safe to share between threads.
 */
public interface PseudoGame {

  /** Number of players, at least 1. */
  int players();

  /** Number of coordinates of player {@code player}'s action, at least 1. */
  int dimension(int player);

  /** Index of player {@code player}'s first coordinate in a profile. */
  default int offset(int player) {
    int offset = 0;
    for (int i = 0; i < player; i++) {
      offset += dimension(i);
    }
    return offset;
  }

  /** Length of a profile: the sum of the players' dimensions. */
  default int totalDimension() {
    return offset(players());
  }

  /** The player's name for tables ("country 1", "market"). */
  default String playerName(int player) {
    return "player " + (player + 1);
  }

  /** The name of one coordinate of the player's action ("emissions", "good 2"). */
  default String coordinateName(int player, int coordinate) {
    return "x" + (coordinate + 1);
  }

  /** {@code u_i(profile)}; may be {@code -Infinity} at the boundary (logarithmic utilities). */
  double utility(int player, double[] profile);

  /**
   * Writes the gradient of {@code u_i} with respect to the player's own coordinates at {@code profile}
   * into {@code gradient[0 .. dimension(player))}.
   */
  void ownGradient(int player, double[] profile, double[] gradient);

  /**
   * Replaces {@code action} (the player's coordinates, length {@code dimension(player)}) by its
   * Euclidean projection onto {@code X_i(x_-i)}, the other players' actions read from {@code profile}.
   */
  void projectAction(int player, double[] profile, double[] action);

  /** Moves {@code profile} in place to a jointly feasible profile (every {@code x_i} in {@code X_i(x_-i)}). */
  void projectProfile(double[] profile);

  /** A jointly feasible starting profile (a fresh array). */
  double[] initialProfile();

  /**
   * Writes into {@code response} a maximiser over {@code y} in {@code X_i(x_-i)} of the regularised gain
   * {@code u_i(y, x_-i) - (regularisation / 2) |y - x_i|^2}, with {@code x = profile}.
   *
   * <p>The default runs projected gradient ascent with backtracking from {@code x_i} (projected first);
   * games with a closed form override it.
   */
  default void bestResponse(int player, double[] profile, double regularisation, double[] response) {
    ProjectedGradientAscent.bestResponse(this, player, profile, regularisation, response);
  }
}
