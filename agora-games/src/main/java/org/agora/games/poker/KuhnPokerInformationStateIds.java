package org.agora.games.poker;

import org.agora.core.InformationStateIds;
import org.agora.core.State;

/**
 * Information-state ids of Kuhn poker. The key is the player's card (or none yet) and the betting,
 * so the id is {@code ((card + 1) << 2n) | betCode}: the card shifted above the betting code, which
 * is a leading 1 followed by one bit per pass (0) or bet (1) and so fits in {@code 2n} bits for
 * {@code n} players. {@code idCount = (n + 2) << 2n} (64 for two players, of which 26 are reached).
 */
final class KuhnPokerInformationStateIds implements InformationStateIds {

  private final int shift;
  private final int count;

  KuhnPokerInformationStateIds(int players) {
    this.shift = 2 * players;
    this.count = (players + 2) << shift;
  }

  @Override
  public int idCount(int player) {
    return count;
  }

  @Override
  public int id(State state, int player) {
    KuhnPokerState kuhn = (KuhnPokerState) state;
    return (kuhn.card(player) + 1) << shift | kuhn.betCode();
  }
}
