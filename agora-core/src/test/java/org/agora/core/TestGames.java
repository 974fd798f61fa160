package org.agora.core;

import org.agora.core.normalform.NormalFormGame;

/** Small games built in code for core tests. */
public final class TestGames {

  private static final String[] HEADS_TAILS = {"heads", "tails"};

  private TestGames() {}

  /** Matching pennies: the row player wins {@code stake} when the coins match, the column player otherwise. */
  public static NormalFormGame matchingPennies(GameParameters parameters, int stake) {
    return NormalFormGame.bimatrix(parameters, HEADS_TAILS, HEADS_TAILS,
        new double[][] {{stake, -stake}, {-stake, stake}}, new double[][] {{-stake, stake}, {stake, -stake}});
  }

  /** Matching pennies for a stake of 1, named {@code matching_pennies}. */
  public static NormalFormGame matchingPennies() {
    return matchingPennies(GameParameters.none("matching_pennies"), 1);
  }

  /** The prisoner's dilemma with payoffs 3 (reward), 0 (sucker), 5 (temptation), 1 (punishment). */
  public static NormalFormGame prisonersDilemma() {
    String[] moves = {"cooperate", "defect"};
    return NormalFormGame.bimatrix(GameParameters.none("prisoners_dilemma"), moves, moves,
        new double[][] {{3, 0}, {5, 1}}, new double[][] {{3, 5}, {0, 1}});
  }

  /** Rock, paper, scissors: win 1, lose -1, tie 0. */
  public static NormalFormGame rockPaperScissors() {
    String[] moves = {"rock", "paper", "scissors"};
    return NormalFormGame.bimatrix(GameParameters.none("rock_paper_scissors"), moves, moves,
        new double[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}}, new double[][] {{0, 1, -1}, {-1, 0, 1}, {1, -1, 0}});
  }
}
