package org.agora.evaluation.rating;

/**
 * An Elo rating: one number on the logistic scale of {@link Elo}.
 *
 * @param rating the rating (finite)
 */
public record EloRating(double rating) {

  public EloRating {
    if (!Double.isFinite(rating)) {
      throw new IllegalArgumentException("an Elo rating must be finite, got " + rating);
    }
  }
}
