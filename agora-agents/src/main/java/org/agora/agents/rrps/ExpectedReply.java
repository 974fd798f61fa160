package org.agora.agents.rrps;

/**
 * Turns a predicted distribution of the opponent's next throw into a throw. The expected value of
 * throw {@code x} against weights {@code w} is {@code w[loseTo(x)] - w[beat(x)]}: it counts both the
 * most and the least likely throw, which beating the single most likely throw does not (Billings,
 * "The First International RoShamBo Programming Competition", ICGA Journal 2000, on anti-rotn).
 */
final class ExpectedReply {

  private ExpectedReply() {}

  /** The throw of highest expected value against weights of rock, paper and scissors (ties: rock, paper, scissors). */
  static int best(double rock, double paper, double scissors) {
    double evRock = scissors - paper;
    double evPaper = rock - scissors;
    double evScissors = paper - rock;
    if (evRock >= evPaper && evRock >= evScissors) {
      return RoshamboBot.ROCK;
    }
    return evPaper >= evScissors ? RoshamboBot.PAPER : RoshamboBot.SCISSORS;
  }

  /** The score of {@code mine} against {@code theirs}: +1 win, 0 tie, -1 loss. */
  static int outcome(int mine, int theirs) {
    return (mine - theirs + 4) % 3 - 1;
  }
}
