package org.agora.learning.bandits.contextual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Logged contextual bandit data for {@link ContextualReplayEvaluation}: one round per CSV line, {@code
 * arm,reward,x_1,...,x_d}, arms numbered from 0, every line with the same number of context columns; an
 * optional first line of column names and blank lines are ignored. The arm count is one more than the
 * largest logged arm unless given. Contexts are stored flat, round i's at {@code [i d, (i + 1) d)}.
 *
 * @param arms the arm logged in each round
 * @param rewards the reward observed in each round
 * @param contexts the contexts, flat (rounds x dimension)
 * @param armCount number of arms
 * @param dimension context dimension d
 */
public record ContextualReplayLog(int[] arms, double[] rewards, double[] contexts, int armCount, int dimension) {

  public ContextualReplayLog {
    if (arms.length != rewards.length || (long) arms.length * dimension != contexts.length) {
      throw new IllegalArgumentException("arms, rewards and contexts disagree on the number of rounds");
    }
    if (dimension < 1) {
      throw new IllegalArgumentException("the context dimension must be at least 1, got " + dimension);
    }
    for (int arm : arms) {
      if (arm < 0 || arm >= armCount) {
        throw new IllegalArgumentException("logged arm " + arm + " is outside [0, " + armCount + ")");
      }
    }
    arms = arms.clone();
    rewards = rewards.clone();
    contexts = contexts.clone();
  }

  /** The number of logged rounds. */
  public int rounds() {
    return arms.length;
  }

  /**
   * Logs {@code rounds} rounds of {@code problem} played by the uniformly random logging policy the
   * replay method needs (seeded: contexts, arms and rewards from one {@link SplittableRandom}).
   */
  public static ContextualReplayLog logUniformly(ContextualBanditProblem problem, int rounds, long seed) {
    if (rounds < 1) {
      throw new IllegalArgumentException("need at least one round, got " + rounds);
    }
    int d = problem.dimension();
    SplittableRandom random = new SplittableRandom(seed);
    int[] arms = new int[rounds];
    double[] rewards = new double[rounds];
    double[] contexts = new double[Math.multiplyExact(rounds, d)];
    double[] context = new double[d];
    for (int i = 0; i < rounds; i++) {
      problem.drawContext(i + 1, random, context);
      arms[i] = random.nextInt(problem.armCount());
      rewards[i] = problem.draw(arms[i], context, random);
      System.arraycopy(context, 0, contexts, i * d, d);
    }
    return new ContextualReplayLog(arms, rewards, contexts, problem.armCount(), d);
  }

  /**
   * Reads a CSV log.
   *
   * @throws IllegalArgumentException naming the file, the line and what is wrong
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ContextualReplayLog read(Path file) {
    try {
      return parse(Files.readAllLines(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read contextual replay log " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses CSV lines; {@code source} names them in messages. */
  public static ContextualReplayLog parse(List<String> lines, String source) {
    int[] arms = new int[lines.size()];
    double[] rewards = new double[lines.size()];
    double[] contexts = null;
    int columns = -1;
    int count = 0;
    int maxArm = -1;
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (first && !fields[0].trim().matches("-?\\d+")) {
        first = false;
        continue;
      }
      first = false;
      if (columns < 0) {
        if (fields.length < 3) {
          throw new IllegalArgumentException(source + " line " + (i + 1)
              + ": expected 'arm,reward,x_1,...,x_d' with d >= 1, got '" + line + "'");
        }
        columns = fields.length;
        contexts = new double[lines.size() * (columns - 2)];
      } else if (fields.length != columns) {
        throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected " + columns + " columns like the"
            + " first round, got " + fields.length + " in '" + line + "'");
      }
      int d = columns - 2;
      try {
        arms[count] = Integer.parseInt(fields[0].trim());
        rewards[count] = Double.parseDouble(fields[1].trim());
        for (int j = 0; j < d; j++) {
          contexts[count * d + j] = Double.parseDouble(fields[2 + j].trim());
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " line " + (i + 1)
            + ": expected an arm number, a reward and " + d + " context numbers, got '" + line + "'");
      }
      boolean finite = Double.isFinite(rewards[count]);
      for (int j = 0; j < d; j++) {
        finite &= Double.isFinite(contexts[count * d + j]);
      }
      if (arms[count] < 0 || !finite) {
        throw new IllegalArgumentException(source + " line " + (i + 1)
            + ": the arm must be >= 0 and the reward and context finite, got '" + line + "'");
      }
      maxArm = Math.max(maxArm, arms[count]);
      count++;
    }
    if (count == 0) {
      throw new IllegalArgumentException(source + ": no logged rounds");
    }
    int d = columns - 2;
    return new ContextualReplayLog(Arrays.copyOf(arms, count), Arrays.copyOf(rewards, count),
        Arrays.copyOf(contexts, count * d), maxArm + 1, d);
  }
}
