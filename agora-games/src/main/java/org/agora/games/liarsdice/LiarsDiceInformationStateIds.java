package org.agora.games.liarsdice;

import java.util.Optional;
import org.agora.core.InformationStateIds;
import org.agora.core.State;

/**
 * Information-state ids of Liar's Dice. The key is the player's own dice (as a multiset, or none
 * before they are all rolled) and the bids; bids strictly increase, so the set of bids made and
 * whether the last was called a lie determine them. Hence
 * {@code id = (diceCode << (bidCount + 1)) | (bidsMade << 1) | challenged}, with the order-free dice
 * code of {@link LiarsDiceState#ownDiceCode(int)} below {@code (dicePerPlayer + 1)^sides}. Offered
 * when that fits in an {@code int} (for the default two players with one six-sided die: 524,288 ids).
 */
final class LiarsDiceInformationStateIds implements InformationStateIds {

  private final int shift;
  private final int count;

  private LiarsDiceInformationStateIds(int shift, int count) {
    this.shift = shift;
    this.count = count;
  }

  /** The ids of {@code game}, or empty when there are too many for an {@code int}. */
  static Optional<InformationStateIds> create(LiarsDiceGame game) {
    int shift = game.bidCount() + 1;
    if (shift >= 31) {
      return Optional.empty();
    }
    long diceCodes = 1;
    for (int face = 0; face < game.sides(); face++) {
      diceCodes *= game.dicePerPlayer() + 1;
      if (diceCodes << shift > Integer.MAX_VALUE) {
        return Optional.empty();
      }
    }
    return Optional.of(new LiarsDiceInformationStateIds(shift, (int) (diceCodes << shift)));
  }

  @Override
  public int idCount(int player) {
    return count;
  }

  @Override
  public int id(State state, int player) {
    LiarsDiceState dice = (LiarsDiceState) state;
    return dice.ownDiceCode(player) << shift | (int) (dice.bidsMade() << 1) | (dice.challenged() ? 1 : 0);
  }
}
