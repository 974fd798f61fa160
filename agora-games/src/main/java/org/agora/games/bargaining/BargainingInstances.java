package org.agora.games.bargaining;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.FileErrorReason;
import org.agora.core.GameSpecException;

/**
 * Reads negotiation instances: one per line, {@code pool values_p0 values_p1}, each a comma-separated
 * list of non-negative integers with one entry per item type (the same number of types on every line).
 * Blank lines and text after {@code #} are ignored.
 */
public final class BargainingInstances {

  /** Name of the bundled instance set in the {@code instances} parameter. */
  public static final String BUILTIN = "builtin";

  private static final String RESOURCE = "instances1000.txt";

  private BargainingInstances() {}

  private static final class Builtin {
    static final List<BargainingInstance> INSTANCES = loadBuiltin();

    private static List<BargainingInstance> loadBuiltin() {
      try (InputStream in = BargainingInstances.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read bundled resource " + RESOURCE, e);
      }
    }
  }

  /** The 1000 bundled Deal-or-No-Deal instances (see the NOTICE next to the resource). */
  public static List<BargainingInstance> builtin() {
    return Builtin.INSTANCES;
  }

  /**
   * The bundled instances for {@value #BUILTIN}, otherwise the instances in the file at {@code path}.
   *
   * @throws GameSpecException if the file cannot be read or a line is malformed
   */
  public static List<BargainingInstance> load(String path) {
    if (path.equals(BUILTIN)) {
      return builtin();
    }
    String text;
    try {
      text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new GameSpecException("bargaining: parameter 'instances' value '" + path + "' cannot be read ("
          + FileErrorReason.of(e) + "); allowed: " + BUILTIN + " or a readable file");
    }
    return parse(text, "instances file '" + path + "'");
  }

  /**
   * Parses instance text.
   *
   * @param source how to name the text in messages
   * @throws GameSpecException naming the line and the problem
   */
  public static List<BargainingInstance> parse(String text, String source) {
    List<BargainingInstance> instances = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    int types = -1;
    for (int line = 0; line < lines.length; line++) {
      String content = lines[line];
      int comment = content.indexOf('#');
      if (comment >= 0) {
        content = content.substring(0, comment);
      }
      content = content.trim();
      if (content.isEmpty()) {
        continue;
      }
      String[] groups = content.split("\\s+");
      if (groups.length != 3) {
        throw error(source, line, content, "has " + groups.length + " fields; allowed: 'pool values_p0 values_p1'");
      }
      int[][] numbers = new int[3][];
      for (int g = 0; g < 3; g++) {
        numbers[g] = numbers(groups[g], source, line, content);
        if (types < 0) {
          types = numbers[g].length;
        } else if (numbers[g].length != types) {
          throw error(source, line, content, "lists " + numbers[g].length + " item types where earlier lists have "
              + types + "; allowed: the same number of item types everywhere");
        }
      }
      instances.add(new BargainingInstance(numbers[0], new int[][] {numbers[1], numbers[2]}));
    }
    if (instances.isEmpty()) {
      throw new GameSpecException("bargaining: " + source + " has no instances; allowed: lines such as '1,2,3 8,1,0 "
          + "4,0,2'");
    }
    return List.copyOf(instances);
  }

  private static int[] numbers(String group, String source, int line, String content) {
    String[] parts = group.split(",", -1);
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        out[i] = -1;
      }
      if (out[i] < 0 || out[i] > 1000) {
        throw error(source, line, content, "entry '" + parts[i] + "' is not allowed; allowed: integers in [0, 1000]");
      }
    }
    return out;
  }

  private static GameSpecException error(String source, int line, String content, String problem) {
    return new GameSpecException("bargaining: " + source + " line " + (line + 1) + " '" + content + "' " + problem);
  }
}
