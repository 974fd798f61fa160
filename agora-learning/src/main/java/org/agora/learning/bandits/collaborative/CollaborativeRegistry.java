package org.agora.learning.bandits.collaborative;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * Creates collaborative networks and policies from strings with agora-core's game-string grammar and
 * parameter validation: {@code collaborative(agents=12,bandits=3,arms=24,graph=ring)},
 * {@code collaborative(agents=12,bandits=2,graph=random-regular,degree=4,graph-seed=7)},
 * {@code gosine(alpha=4,beta=2)}, {@code independent-ucb(alpha=4)}. Bad strings give a one-line
 * {@link GameSpecException} naming the parameter, the value and what is allowed.
 */
public final class CollaborativeRegistry {

  private CollaborativeRegistry() {}

  private static final int MAX_AGENTS = 100_000;

  /** The parameters of {@code collaborative(...)}. */
  public static final List<ParameterSpec> NETWORK_PARAMETERS = List.of(
      ParameterSpec.integer("agents", 12, 2, MAX_AGENTS, "N, the number of agents"),
      ParameterSpec.integer("bandits", 3, 1, MAX_AGENTS, "M, the number of distinct bandits (1 <= M < N)"),
      ParameterSpec.integer("arms", 24, 2, 1_000_000, "K, the arms of every bandit"),
      ParameterSpec.real("low", 0.1, 0, 1, "mean of each bandit's worst arm"),
      ParameterSpec.real("high", 0.9, 0, 1, "mean of each bandit's best arm"),
      ParameterSpec.choice("assignment", "blocks", List.of("blocks", "interleaved"),
          "agents to bandits: contiguous blocks (agent*M/N) or round-robin (agent mod M)"),
      ParameterSpec.choice("graph", "complete", List.of("complete", "ring", "random-regular"),
          "communication graph; the gossip matrix is uniform over neighbours"),
      ParameterSpec.integer("degree", 3, 2, MAX_AGENTS, "random-regular: the degree d"),
      ParameterSpec.longInteger("graph-seed", 1L, "random-regular: seed of the graph draw"));

  /** The parameters of {@code gosine(...)}. */
  public static final List<ParameterSpec> GOSINE_PARAMETERS = List.of(
      ParameterSpec.real("alpha", 4, 0, 1e9, "UCB exploration constant: mean + sqrt(alpha ln t / n)"),
      ParameterSpec.real("beta", 2, 1.000001, 100, "phase j ends at round ceil(j^beta); beta > 1"));

  /** The parameters of {@code independent-ucb(...)}. */
  public static final List<ParameterSpec> INDEPENDENT_PARAMETERS = List.of(
      ParameterSpec.real("alpha", 4, 0, 1e9, "UCB exploration constant: mean + sqrt(alpha ln t / n)"));

  /**
   * Creates the network of a {@code collaborative(...)} string.
   *
   * @throws GameSpecException naming the bad parameter or value
   */
  public static HeterogeneousBanditNetwork createNetwork(String text) {
    GameSpec spec = parse(text, "collaborative network");
    if (!spec.name().equals("collaborative")) {
      throw new GameSpecException("unknown collaborative network '" + spec.name() + "'; known: collaborative");
    }
    GameParameters p = GameParameters.resolve(spec.name(), NETWORK_PARAMETERS, spec.arguments());
    int agents = p.getInt("agents");
    try {
      GossipGraph graph = switch (p.getString("graph")) {
        case "ring" -> GossipGraph.ring(agents);
        case "random-regular" -> GossipGraph.randomRegular(agents, p.getInt("degree"), p.getLong("graph-seed"));
        default -> GossipGraph.complete(agents);
      };
      return new HeterogeneousBanditNetwork(graph, p.getInt("bandits"), p.getInt("arms"), p.getDouble("low"),
          p.getDouble("high"), p.getString("assignment").equals("interleaved"));
    } catch (GameSpecException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new GameSpecException("collaborative: " + e.getMessage());
    }
  }

  /**
   * Creates a policy ({@code gosine(...)} or {@code independent-ucb(...)}) for {@code network}.
   *
   * @throws GameSpecException naming the unknown policy, option or bad value
   */
  public static CollaborativePolicy createPolicy(String text, HeterogeneousBanditNetwork network) {
    GameSpec spec = parse(text, "collaborative policy");
    return switch (spec.name()) {
      case "gosine" -> {
        GameParameters p = GameParameters.resolve(spec.name(), GOSINE_PARAMETERS, spec.arguments());
        yield new GossipInsertEliminate(network, p.getDouble("alpha"), p.getDouble("beta"));
      }
      case "independent-ucb" -> {
        GameParameters p = GameParameters.resolve(spec.name(), INDEPENDENT_PARAMETERS, spec.arguments());
        yield new IndependentUcb(network, p.getDouble("alpha"));
      }
      default -> throw new GameSpecException("unknown collaborative policy '" + spec.name()
          + "'; known: gosine, independent-ucb");
    };
  }

  private static GameSpec parse(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new GameSpecException(what + " string is missing");
    }
    try {
      return GameSpec.parse(text);
    } catch (GameSpecException e) {
      throw new GameSpecException(e.getMessage().replace("bad game string", "bad " + what + " string"));
    }
  }
}
