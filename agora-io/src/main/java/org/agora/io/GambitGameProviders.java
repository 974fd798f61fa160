package org.agora.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.normalform.NormalFormGame;

/**
 * Registry providers for games read from Gambit files: {@code nfg(file=PATH)} and {@code efg(file=PATH)}
 * ({@code reduced_normal_form(game=G)} is registered by agora-core's
 * {@link org.agora.core.tree.ReducedNormalFormProvider}).
 */
public final class GambitGameProviders {

  private GambitGameProviders() {}

  /** {@code nfg(file=PATH)}: a strategic-form game read from a Gambit {@code .nfg} file. */
  public static final class Nfg implements GameProvider {
    @Override
    public String name() {
      return "nfg";
    }

    @Override
    public String description() {
      return "strategic-form game read from a Gambit .nfg file (exact payoffs)";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.text("file", null, "path of the .nfg file"));
    }

    @Override
    public Game create(GameParameters parameters) {
      Game game = load(name(), parameters.getString("file"));
      if (!(game instanceof NormalFormGame)) {
        throw new GameSpecException("nfg: file '" + parameters.getString("file")
            + "' holds an extensive-form game; use efg(file=...)");
      }
      return game;
    }
  }

  /** {@code efg(file=PATH)}: an extensive-form game read from a Gambit {@code .efg} file. */
  public static final class Efg implements GameProvider {
    @Override
    public String name() {
      return "efg";
    }

    @Override
    public String description() {
      return "extensive-form game read from a Gambit .efg file (exact chance and payoffs)";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.text("file", null, "path of the .efg file"));
    }

    @Override
    public Game create(GameParameters parameters) {
      Game game = load(name(), parameters.getString("file"));
      if (!(game instanceof EfgGame)) {
        throw new GameSpecException("efg: file '" + parameters.getString("file")
            + "' holds a strategic-form game; use nfg(file=...)");
      }
      return game;
    }
  }

  private static Game load(String provider, String file) {
    try {
      return GambitFormats.read(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new GameSpecException(provider + ": cannot read file '" + file + "': no such file");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new GameSpecException(provider + ": cannot read file '" + file + "': " + oneLine(e));
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ').replace('\r', ' ');
  }
}
