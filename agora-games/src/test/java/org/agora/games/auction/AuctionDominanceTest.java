package org.agora.games.auction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Consumer;
import org.agora.core.Rational;
import org.junit.jupiter.api.Test;

/** Dominance facts checked over every opponents' bid profile (and every opponents' values). */
class AuctionDominanceTest {

  /** Calls {@code check} with every bid profile of the players other than player 0. */
  private static void forEachOpponentProfile(int players, int bidLevels, Consumer<int[]> check) {
    int[] bids = new int[players];
    int total = (int) Math.pow(bidLevels, players - 1);
    for (int index = 0; index < total; index++) {
      int rest = index;
      for (int p = 1; p < players; p++) {
        bids[p] = rest % bidLevels;
        rest /= bidLevels;
      }
      check.accept(bids.clone());
    }
  }

  @Test
  void biddingYourValueIsWeaklyDominantInTheSecondPriceAuction() {
    for (int reserve : new int[] {0, 2}) {
      for (int players : new int[] {2, 3}) {
        SealedBidAuctionGame game = SecondPriceAuctionProvider.create(players, 5, 7, reserve);
        int[] values = new int[players];
        for (int value = 1; value <= 5; value++) {
          values[0] = value;
          int truthful = value;
          for (int deviation = 0; deviation < game.bidLevels(); deviation++) {
            int other = deviation;
            boolean[] strictlyBetterSomewhere = {false};
            forEachOpponentProfile(players, game.bidLevels(), bids -> {
              bids[0] = truthful;
              Rational honest = game.exactPayoff(0, values, bids);
              bids[0] = other;
              Rational deviating = game.exactPayoff(0, values, bids);
              assertThat(honest).as("value %d, bid %d vs %d, bids %s", values[0], truthful, other,
                  Arrays.toString(bids)).isGreaterThanOrEqualTo(deviating);
              strictlyBetterSomewhere[0] |= honest.compareTo(deviating) > 0;
            });
            // underbidding a value the reserve already makes worthless changes nothing; otherwise strict
            if (other != truthful && !(other < truthful && value <= reserve)) {
              assertThat(strictlyBetterSomewhere[0]).as("value %d vs bid %d (reserve %d)", value, other, reserve)
                  .isTrue();
            }
          }
        }
      }
    }
  }

  @Test
  void overbiddingIsWeaklyDominatedInTheFirstPriceAuction() {
    for (int players : new int[] {2, 3}) {
      SealedBidAuctionGame game = FirstPriceAuctionProvider.create(players, 5, 7, 0);
      int[] values = new int[players];
      for (int value = 1; value <= 5; value++) {
        values[0] = value;
        int atValue = value;
        for (int over = value + 1; over < game.bidLevels(); over++) {
          int overbid = over;
          boolean[] strictlyWorseSomewhere = {false};
          forEachOpponentProfile(players, game.bidLevels(), bids -> {
            bids[0] = atValue;
            Rational honest = game.exactPayoff(0, values, bids);
            bids[0] = overbid;
            Rational overbidding = game.exactPayoff(0, values, bids);
            assertThat(overbidding).isLessThanOrEqualTo(honest);
            strictlyWorseSomewhere[0] |= overbidding.compareTo(honest) < 0;
          });
          assertThat(strictlyWorseSomewhere[0]).as("value %d overbid %d", value, over).isTrue();
        }
      }
    }
  }
}
