package org.agora.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.agora.cli.AtomicFiles;
import org.agora.cli.CommandFailure;
import org.agora.cli.DeepStack;
import org.agora.cli.ErrorReporter;
import org.agora.cli.GameResolver;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
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

  @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "1000000",
      description = "Largest game tree (nodes) or strategy space (pure profiles) to convert (default: ${DEFAULT-VALUE}).")
  long maxNodes;

  @Override
  protected int execute() {
    if (maxNodes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-nodes must be >= 1, got " + maxNodes);
    }
    Game game = GameResolver.resolve(input);
    String text = DeepStack.call("converting to " + format.name().toLowerCase(Locale.ROOT), () -> convert(game));
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
    out().println("wrote " + output + " (" + format.name().toLowerCase(Locale.ROOT) + ", " + text.length() + " characters)");
    return 0;
  }

  private String convert(Game game) {
    return switch (format) {
      case NFG -> GambitFormats.toNfg(game instanceof NormalFormGame normalForm
          ? normalForm : GambitFormats.reducedNormalForm(game, maxNodes));
      case EFG -> GambitFormats.toEfg(game, maxNodes);
    };
  }
}
