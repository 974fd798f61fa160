package org.agora.games.poker;

import java.util.Optional;
import org.agora.core.InformationStateIds;
import org.agora.core.State;

/**
 * Information-state ids of Leduc poker. The key is the player's card, the public card and the
 * betting of each round. A round's betting of {@code L} actions, read as a base-3 number {@code c}
 * (fold 0, call 1, raise 2), is numbered {@code (3^L - 1) / 2 + c}, so the {@code R} sequences of
 * at most {@code M = maxActionsPerRound} actions take {@code [0, R)}; then
 * {@code id = (((card + 1) * (deck + 1) + public + 1) * R + first) * (R + 1) + second}, where
 * {@code second} is 0 before the public card and {@code 1 + } the second round's number after it.
 * Offered when the count fits in an {@code int} (up to three players: 723,338 ids for two, most
 * never reached).
 */
final class LeducPokerInformationStateIds implements InformationStateIds {

  private final int deckSize;
  private final long sequences;
  private final long[] firstOfLength;
  private final int count;

  private LeducPokerInformationStateIds(int deckSize, long sequences, long[] firstOfLength, int count) {
    this.deckSize = deckSize;
    this.sequences = sequences;
    this.firstOfLength = firstOfLength;
    this.count = count;
  }

  /** The ids of {@code game}, or empty when there are too many for an {@code int}. */
  static Optional<InformationStateIds> create(LeducPokerGame game) {
    int maxActions = LeducPokerGame.maxActionsPerRound(game.playerCount());
    long[] firstOfLength = new long[maxActions + 2];
    long power = 1;
    for (int length = 0; length <= maxActions + 1; length++) {
      firstOfLength[length] = (power - 1) / 2;
      power *= 3;
      if (power > Integer.MAX_VALUE) {
        return Optional.empty();
      }
    }
    long sequences = firstOfLength[maxActions + 1];
    long cards = game.deckSize() + 1L;
    long total = cards * cards * sequences * (sequences + 1);
    if (total > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(new LeducPokerInformationStateIds(game.deckSize(), sequences, firstOfLength, (int) total));
  }

  @Override
  public int idCount(int player) {
    return count;
  }

  @Override
  public int id(State state, int player) {
    LeducPokerState leduc = (LeducPokerState) state;
    int publicCard = leduc.publicCard();
    long cards = (leduc.privateCard(player) + 1L) * (deckSize + 1) + publicCard + 1;
    long first = firstOfLength[leduc.betCount(0)] + leduc.betCode(0);
    long second = publicCard < 0 ? 0 : 1 + firstOfLength[leduc.betCount(1)] + leduc.betCode(1);
    return (int) (((cards * sequences) + first) * (sequences + 1) + second);
  }
}
