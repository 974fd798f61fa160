package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.agora.cli.CommandFailure;
import org.agora.cli.DeepStack;
import org.agora.cli.ErrorReporter;
import org.agora.cli.GameResolver;
import org.agora.cli.output.Numbers;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.AtomicFiles;
import org.agora.io.GambitFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code agora convert INPUT --to nfg|efg [--output FILE]}: writes a game (a file or a game string)
 * in a Gambit format. {@code nfg} of an extensive game is its reduced normal form; {@code efg}
 * enumerates the tree. Output goes to standard output, or replaces {@code FILE} atomically.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Write a game as Gambit .nfg (reduced normal form of extensive games) or .efg.")
public final class ConvertCommand extends AgoraSubcommand {

  /** Output formats. */
  public enum TargetFormat {
    /** Gambit strategic form. */
    NFG,
    /** Gambit extensive form. */
    EFG;

    /** Reads {@code nfg} or {@code efg} in any letter case. */
    public static final class Converter implements ITypeConverter<TargetFormat> {
      @Override
      public TargetFormat convert(String value) {
        for (TargetFormat format : values()) {
          if (format.name().equalsIgnoreCase(value.trim())) {
            return format;
          }
        }
        throw new TypeConversionException("'" + value + "' is not a format; allowed: nfg, efg");
      }
    }
  }

  @Parameters(paramLabel = "INPUT", description = "A .nfg/.efg file or a game string such as kuhn_poker.")
  String input;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = TargetFormat.Converter.class,
      description = "Output format: nfg or efg.")
  TargetFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced atomically) instead of standard output.")
  Path output;

  /** Default limit for efg: nodes of the enumerated tree. */
  static final long DEFAULT_EFG_LIMIT = 1_000_000;
  /**
   * Default limit for nfg: nodes of the tree and profiles of the reduced normal form. Lower than for
   * efg because the reduced normal form grows exponentially in the tree size.
   */
  static final long DEFAULT_NFG_LIMIT = 100_000;

  @Option(names = "--max-nodes", paramLabel = "N",
      description = "Largest game tree (nodes) to convert and, for nfg, largest reduced normal form"
          + " (pure strategy profiles) (default: 1000000 for efg, 100000 for nfg).")
  Long maxNodes;

  @Override
  protected int execute() {
    if (maxNodes != null && maxNodes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-nodes must be >= 1, got " + maxNodes);
    }
    long limit = maxNodes != null ? maxNodes : format == TargetFormat.NFG ? DEFAULT_NFG_LIMIT : DEFAULT_EFG_LIMIT;
    Game game = GameResolver.resolve(input);
    String text = DeepStack.call("converting to " + format.name().toLowerCase(Locale.ROOT), () -> convert(game, limit));
    if (!text.endsWith("\n")) {
      text += "\n";
    }
    if (output == null) {
      out().print(text);
      return 0;
    }
    try {
      AtomicFiles.write(output, text);
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + output + ": " + ErrorReporter.describeInputOutput(e), e);
    }
    out().println("wrote " + output + " (" + format.name().toLowerCase(Locale.ROOT) + ", " + Numbers.grouped(text.length()) + " characters)");
    return 0;
  }

  private String convert(Game game, long limit) {
    return switch (format) {
      case NFG -> GambitFormats.toNfg(game instanceof NormalFormGame normalForm
          ? normalForm : GambitFormats.reducedNormalForm(game, limit));
      case EFG -> GambitFormats.toEfg(game, limit);
    };
  }
}
