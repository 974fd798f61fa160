package org.agora.learning.bandits.arm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Logged bandit data for offline evaluation by {@link ReplayEvaluation}: one round per CSV line,
 * {@code arm,reward}, arms numbered from 0; an optional first line of column names and blank lines
 * are ignored. The arm count is one more than the largest logged arm unless given.
 *
 * @param arms the arm logged in each round
 * @param rewards the reward observed in each round
 * @param armCount number of arms
 */
public record ReplayLog(int[] arms, double[] rewards, int armCount) {

  public ReplayLog {
    if (arms.length != rewards.length) {
      throw new IllegalArgumentException("arms and rewards differ in length");
    }
    for (int arm : arms) {
      if (arm < 0 || arm >= armCount) {
        throw new IllegalArgumentException("logged arm " + arm + " is outside [0, " + armCount + ")");
      }
    }
    arms = arms.clone();
    rewards = rewards.clone();
  }

  /**
   * Reads a CSV log.
   *
   * @throws IllegalArgumentException naming the file, the line and what is wrong
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReplayLog read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read replay log " + file + ": " + e.getMessage(), e);
    }
    return parse(lines, file.toString());
  }

  /** Parses CSV lines; {@code source} names them in messages. */
  public static ReplayLog parse(List<String> lines, String source) {
    int[] arms = new int[lines.size()];
    double[] rewards = new double[lines.size()];
    int count = 0;
    int maxArm = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (count == 0 && i == firstNonBlank(lines) && !fields[0].trim().matches("-?\\d+")) {
        continue;
      }
      if (fields.length != 2) {
        throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected 'arm,reward', got '" + line + "'");
      }
      try {
        arms[count] = Integer.parseInt(fields[0].trim());
        rewards[count] = Double.parseDouble(fields[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " line " + (i + 1)
            + ": expected an arm number and a reward, got '" + line + "'");
      }
      if (arms[count] < 0 || !Double.isFinite(rewards[count])) {
        throw new IllegalArgumentException(source + " line " + (i + 1)
            + ": the arm must be >= 0 and the reward finite, got '" + line + "'");
      }
      maxArm = Math.max(maxArm, arms[count]);
      count++;
    }
    if (count == 0) {
      throw new IllegalArgumentException(source + ": no logged rounds");
    }
    return new ReplayLog(java.util.Arrays.copyOf(arms, count), java.util.Arrays.copyOf(rewards, count), maxArm + 1);
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** The number of logged rounds. */
  public int rounds() {
    return arms.length;
  }
}
