package org.agora.agents.rrps;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.agora.core.PlayerView;
import org.agora.core.ViewAgent;

/**
 * Base of the repeated rock-paper-scissors bots: keeps both players' throws of the match so far
 * (read from the game's observation tensor, which shows the last round as a one-hot per player) and
 * asks the bot for its next throw. A bot sees its own and its opponent's history, the round number
 * and its own seeded generator; {@link #restart()} clears the history for the next match.
 *
 * <p>Throws: {@link #ROCK} 0, {@link #PAPER} 1, {@link #SCISSORS} 2; {@link #beat(int)} is the throw
 * that beats a throw.
 */
public abstract class RoshamboBot implements ViewAgent {

  public static final int ROCK = 0;
  public static final int PAPER = 1;
  public static final int SCISSORS = 2;

  private final int player;
  private final SplittableRandom random;
  /** The game's observation tensor, newest round first; sized at the first throw (recall x 2 x 3). */
  private float[] observation;
  private int[] mine = new int[1024];
  private int[] theirs = new int[1024];
  private int rounds;

  protected RoshamboBot(int player, long seed) {
    this.player = player;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public final int player() {
    return player;
  }

  /** The throw that beats {@code move}. */
  public static int beat(int move) {
    return (move + 1) % 3;
  }

  /** The throw that {@code move} beats. */
  public static int loseTo(int move) {
    return (move + 2) % 3;
  }

  /** The next throw, given the history so far ({@link #round()} throws each). */
  protected abstract int next();

  /**
   * Clears the match's history for the next match; subclasses with their own per-match state call
   * super first. The generator runs on from match to match (reseeding it would replay the same
   * random match every time).
   */
  @Override
  public void restart() {
    rounds = 0;
  }

  @Override
  public final int step(PlayerView view) {
    if (observation == null) {
      int size = 1;
      for (int dimension : view.observationTensorShape().orElseThrow()) {
        size *= dimension;
      }
      observation = new float[size];
    }
    view.observationTensor(observation, 0);
    int own = oneHot(player * 3);
    if (own >= 0) {
      if (rounds == mine.length) {
        mine = Arrays.copyOf(mine, 2 * rounds);
        theirs = Arrays.copyOf(theirs, 2 * rounds);
      }
      mine[rounds] = own;
      theirs[rounds] = oneHot((1 - player) * 3);
      rounds++;
    }
    return next();
  }

  private int oneHot(int offset) {
    for (int a = 0; a < 3; a++) {
      if (observation[offset + a] > 0.5f) {
        return a;
      }
    }
    return -1;
  }

  /** Rounds played so far in this match. */
  protected final int round() {
    return rounds;
  }

  /** Own throw in round {@code t} (0-based, {@code t < round()}). */
  protected final int myMove(int t) {
    return mine[t];
  }

  /** The opponent's throw in round {@code t}. */
  protected final int opponentMove(int t) {
    return theirs[t];
  }

  /** The opponent's last throw, or -1 before the first round. */
  protected final int opponentLast() {
    return rounds == 0 ? -1 : theirs[rounds - 1];
  }

  /** Own last throw, or -1 before the first round. */
  protected final int myLast() {
    return rounds == 0 ? -1 : mine[rounds - 1];
  }

  /** The bot's own generator, seeded when the bot is made. */
  protected final SplittableRandom random() {
    return random;
  }

  /** A uniformly random throw. */
  protected final int randomMove() {
    return random.nextInt(3);
  }
}
