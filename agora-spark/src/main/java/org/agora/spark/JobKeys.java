package org.agora.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentSpec;

/**
 * The key of a job's output directory ({@code job=KEY}): the first 16 hex digits of the SHA-256 of the
 * specification's canonical text. The same specification always maps to the same directory, so a
 * resubmitted job finds the blocks an earlier run stored; another specification never does.
 */
final class JobKeys {

  private JobKeys() {}

  static String of(TournamentSpec spec) {
    StringBuilder text = new StringBuilder("tournament\n").append(spec.game()).append('\n');
    spec.agents().forEach(agent -> text.append(agent).append('\n'));
    if (spec.schedule() instanceof Schedule.RoundRobin robin) {
      text.append("round robin, self-play ").append(robin.selfPlay());
    } else if (spec.schedule() instanceof Schedule.Custom custom) {
      text.append("custom");
      custom.seatings().forEach(seating -> text.append(' ').append(java.util.Arrays.toString(seating)));
    } else if (spec.schedule() instanceof Schedule.OneVsPopulation one) {
      text.append("one vs population ").append(one.focal());
    }
    text.append('\n').append(spec.matchesPerPairing()).append('\n').append(spec.seed());
    return of(text.toString());
  }

  static String of(String canonicalText) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", impossible);
    }
  }
}
