package org.agora.evaluation.rating;

/**
 * One game of a Glicko-2 rating period, seen from the rated player.
 *
 * @param opponent the opponent's rating at the start of the period
 * @param score the player's score: 1 win, 0.5 draw, 0 loss
 */
public record Glicko2Game(Glicko2Rating opponent, double score) {

  public Glicko2Game {
    if (opponent == null) {
      throw new IllegalArgumentException("a Glicko-2 game needs the opponent's rating");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("a Glicko-2 score must be in [0, 1] (1 win, 0.5 draw, 0 loss), got " + score);
    }
  }
}
