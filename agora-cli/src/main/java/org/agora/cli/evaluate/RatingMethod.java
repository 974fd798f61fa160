package org.agora.cli.evaluate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rating methods of {@code agora rate}, by their command-line names. */
public enum RatingMethod {
  /** Nash averaging of the cross-table (Balduzzi et al. 2018). */
  NASH("nash", false),
  /** Single-population alpha-rank of the cross-table (Omidshafiei et al. 2019). */
  ALPHARANK("alpharank", false),
  /** Elo over the match stream. */
  ELO("elo", true),
  /** Glicko-2 over the match stream. */
  GLICKO2("glicko2", true),
  /** Weng–Lin (OpenSkill's Plackett–Luce) over the match stream. */
  WENG_LIN("weng-lin", true);

  private final String label;
  private final boolean needsMatches;

  RatingMethod(String label, boolean needsMatches) {
    this.label = label;
    this.needsMatches = needsMatches;
  }

  /** The command-line name. */
  public String label() {
    return label;
  }

  /** Whether the method rates a match stream (and so cannot rate a table of means). */
  public boolean needsMatches() {
    return needsMatches;
  }

  /** Every name, for messages: {@code nash, alpharank, elo, glicko2, weng-lin}. */
  public static String names() {
    List<String> names = new ArrayList<>();
    for (RatingMethod method : values()) {
      names.add(method.label);
    }
    return String.join(", ", names);
  }

  /**
   * The methods of a comma-separated list, in the enum's order, each once.
   *
   * @throws IllegalArgumentException naming an unknown or empty entry and the allowed names
   */
  public static Set<RatingMethod> parse(String list) {
    Set<RatingMethod> methods = EnumSet.noneOf(RatingMethod.class);
    for (String part : list.split(",", -1)) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      RatingMethod found = null;
      for (RatingMethod method : values()) {
        if (method.label.equals(name) || (method == WENG_LIN && name.equals("wenglin"))) {
          found = method;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("unknown rating method '" + part.trim() + "'; one of: " + names());
      }
      methods.add(found);
    }
    return methods;
  }
}
