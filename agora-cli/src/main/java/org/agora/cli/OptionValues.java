package org.agora.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values whose picocli defaults word errors in Java's terms ({@code is not a
 * long}, {@code cannot convert ... to interface java.nio.file.Path (InvalidPathException ...)}): the
 * same values are refused, as usage errors, in words people read.
 */
final class OptionValues {

  private OptionValues() {}

  /** Registers the converters on {@code commandLine} and the subcommands it has now. */
  static void register(CommandLine commandLine) {
    ITypeConverter<Integer> integer = value -> (int) parseInteger(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    ITypeConverter<Long> longInteger = value -> parseInteger(value, Long.MIN_VALUE, Long.MAX_VALUE);
    commandLine.registerConverter(Integer.class, integer)
        .registerConverter(int.class, integer)
        .registerConverter(Long.class, longInteger)
        .registerConverter(long.class, longInteger)
        .registerConverter(Path.class, OptionValues::path);
  }

  private static long parseInteger(String value, long min, long max) {
    String text = value.strip();
    if (!text.matches("[+-]?[0-9]+")) {
      throw new TypeConversionException("'" + printable(value) + "' is not an integer");
    }
    try {
      long parsed = Long.parseLong(text);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException tooLarge) {
      // reported below
    }
    throw new TypeConversionException("'" + printable(value) + "' is out of range; allowed: an integer in ["
        + min + ", " + max + "]");
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + printable(value) + "' is not a valid file name ("
          + printable(e.getReason()) + ")");
    }
  }

  /** {@code text} with control characters shown as {@code \\u0000}-style escapes. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
