package org.agora.agents.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.TabularPolicy;
import org.agora.io.PolicyJson;

/**
 * Registers {@link PolicyAgent} as {@code policy}. Options: {@code file} (required: a policy JSON
 * file, see {@link PolicyJson}) and {@code seed} (default the seed the agent is given).
 */
public final class PolicyAgentProvider implements AgentProvider {

  private static final String NAME = "policy";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "samples a tabular policy read from a policy JSON file; options file (required), seed";
  }

  @Override
  public List<ParameterSpec> parameters() {
    // "file" has an empty default rather than none so that its absence gets the message below,
    // which says what the file must be.
    return List.of(
        ParameterSpec.text("file", "", "a policy JSON file written by Agora (required)"),
        ParameterSpec.longInteger("seed", null, "the sampling seed (default: the seed the agent is given)"));
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    String file = options.getString("file");
    if (file.isEmpty()) {
      throw new GameSpecException(NAME + ": option 'file' is required; allowed: a policy JSON file written by Agora");
    }
    long agentSeed = options.getLong("seed");
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new GameSpecException(NAME + ": option 'file' value '" + file
          + "' is invalid; allowed: an existing policy JSON file");
    }
    TabularPolicy policy;
    try {
      policy = PolicyJson.read(game, path);
    } catch (IOException e) {
      throw new GameSpecException(NAME + ": cannot read policy file '" + file + "': " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new GameSpecException(NAME + ": " + e.getMessage());
    }
    return new PolicyAgent(game, player, policy, new SplittableRandom(agentSeed));
  }
}
