package org.agora.evaluation.rating;

/**
 * The Elo rating system (A. E. Elo, "The Rating of Chessplayers, Past and Present", Arco, 1978),
 * in its logistic form: a player rated {@code R_A} facing one rated {@code R_B} is expected to score
 * <pre>  E_A = 1 / (1 + 10^((R_B - R_A) / scale))</pre>
 * with {@code scale = 400} (a 400-point gap gives 10:1 odds), and after a game with score
 * {@code S_A} (1 win, 0.5 draw, 0 loss) the rating moves to
 * <pre>  R_A' = R_A + K (S_A - E_A).</pre>
 * Both players are updated from their ratings before the game, so with one K for both a game
 * moves as many points to one as it takes from the other. Constant time per game.
 *
 * @param kFactor the K-factor, the largest change one game can make (positive)
 * @param scale the logistic scale (positive; 400 in Elo's system)
 * @param initialRating the rating of an agent that has not played yet
 */
public record Elo(double kFactor, double scale, double initialRating) {

  /** Elo's logistic scale. */
  public static final double DEFAULT_SCALE = 400;

  /** The K-factor of {@link #standard()}, FIDE's and the USCF's value for most players. */
  public static final double DEFAULT_K_FACTOR = 32;

  /** The initial rating of {@link #standard()}. */
  public static final double DEFAULT_INITIAL_RATING = 1500;

  public Elo {
    if (!(kFactor > 0) || !Double.isFinite(kFactor)) {
      throw new IllegalArgumentException("the Elo K-factor must be positive and finite, got " + kFactor);
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("the Elo scale must be positive and finite, got " + scale);
    }
    if (!Double.isFinite(initialRating)) {
      throw new IllegalArgumentException("the initial Elo rating must be finite, got " + initialRating);
    }
  }

  /** K = 32, scale 400, initial rating 1500. */
  public static Elo standard() {
    return new Elo(DEFAULT_K_FACTOR, DEFAULT_SCALE, DEFAULT_INITIAL_RATING);
  }

  /** The same system with another K-factor. */
  public Elo withKFactor(double k) {
    return new Elo(k, scale, initialRating);
  }

  /** The rating of an agent that has not played. */
  public EloRating initial() {
    return new EloRating(initialRating);
  }

  /** The score {@code player} is expected to make against {@code opponent}, in (0, 1). */
  public double expectedScore(EloRating player, EloRating opponent) {
    return 1 / (1 + Math.pow(10, (opponent.rating() - player.rating()) / scale));
  }

  /** The change of {@code player}'s rating after scoring {@code score} against {@code opponent}. */
  public double change(EloRating player, EloRating opponent, double score) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("an Elo score must be in [0, 1] (1 win, 0.5 draw, 0 loss), got " + score);
    }
    return kFactor * (score - expectedScore(player, opponent));
  }

  /** {@code player}'s rating after scoring {@code score} against {@code opponent}. */
  public EloRating update(EloRating player, EloRating opponent, double score) {
    return new EloRating(player.rating() + change(player, opponent, score));
  }
}
