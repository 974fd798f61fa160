package org.agora.agents.rrps;

/**
 * {@code biopic}: Jonathan Schaeffer's entry (fifth in 1999), which switches between predicting the
 * opponent from the opponent's own history and from the bot's history. Two second-order models count
 * the opponent's next throw after the opponent's last two throws and after the bot's last two; each
 * is scored on whether the reply it would have played won (+1), tied (0) or lost (-1), and the bot
 * plays the reply of the better-scoring model. The context lengths and scoring are our choice; the
 * entry's are not published.
 */
final class Biopic extends RoshamboBot {

  private final ContextCounts theirs = new ContextCounts(9);
  private final ContextCounts mine = new ContextCounts(9);
  private int theirsReply = -1;
  private int mineReply = -1;
  private int theirsScore;
  private int mineScore;

  Biopic(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    theirs.clear();
    mine.clear();
    theirsReply = -1;
    mineReply = -1;
    theirsScore = 0;
    mineScore = 0;
  }

  @Override
  protected int next() {
    int n = round();
    if (n > 0) {
      int last = opponentLast();
      if (theirsReply >= 0) {
        theirsScore += ExpectedReply.outcome(theirsReply, last);
      }
      if (mineReply >= 0) {
        mineScore += ExpectedReply.outcome(mineReply, last);
      }
      if (n >= 3) {
        theirs.add(3 * opponentMove(n - 3) + opponentMove(n - 2), last);
        mine.add(3 * myMove(n - 3) + myMove(n - 2), last);
      }
    }
    if (n < 2) {
      theirsReply = -1;
      mineReply = -1;
      return randomMove();
    }
    theirsReply = theirs.bestReply(3 * opponentMove(n - 2) + opponentMove(n - 1));
    mineReply = mine.bestReply(3 * myMove(n - 2) + myMove(n - 1));
    int reply = mineScore > theirsScore ? mineReply : theirsReply;
    if (reply < 0) {
      reply = theirsReply >= 0 ? theirsReply : mineReply;
    }
    return reply < 0 ? randomMove() : reply;
  }
}
