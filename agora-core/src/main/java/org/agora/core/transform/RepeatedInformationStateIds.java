package org.agora.core.transform;

import java.util.Optional;
import org.agora.core.InformationStateIds;
import org.agora.core.State;

/**
 * Information-state ids of a {@link RepeatedGame}, the same for every player (everyone sees every
 * joint action). The key is the sequence of joint actions so far plus whether the continuation chance
 * node is pending; with {@code P} stage profiles, the {@code P^r} sequences of {@code r} rounds
 * take the ids after those of shorter sequences, each id doubled and the pending flag added:
 * {@code id = 2 * (sum_{k<r} P^k + code) + pending}, where {@code code} reads the sequence as a
 * base-{@code P} number. Offered only when the {@code 2 * sum_{k<=rounds} P^k} ids fit in an
 * {@code int}; dense except that games without a continuation chance never use the odd ids.
 */
final class RepeatedInformationStateIds implements InformationStateIds {

  private final long[] firstIdOfRound;
  private final int count;

  private RepeatedInformationStateIds(long[] firstIdOfRound, int count) {
    this.firstIdOfRound = firstIdOfRound;
    this.count = count;
  }

  /** The ids of {@code game}, or empty when they do not fit in an {@code int}. */
  static Optional<InformationStateIds> create(RepeatedGame game) {
    long profiles = game.profileCount();
    long[] first = new long[game.rounds() + 1];
    long total = 0;
    long power = 1;
    for (int r = 0; r <= game.rounds(); r++) {
      first[r] = total;
      total += power;
      if (total > Integer.MAX_VALUE / 2) {
        return Optional.empty();
      }
      power *= profiles;
    }
    return Optional.of(new RepeatedInformationStateIds(first, (int) (2 * total)));
  }

  @Override
  public int idCount(int player) {
    return count;
  }

  @Override
  public int id(State state, int player) {
    RepeatedState repeated = (RepeatedState) state;
    long sequence = firstIdOfRound[repeated.round()] + repeated.profileCode();
    return (int) (2 * sequence) + (repeated.awaitingChance() ? 1 : 0);
  }
}
