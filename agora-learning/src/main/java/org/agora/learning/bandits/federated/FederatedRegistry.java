package org.agora.learning.bandits.federated;

import java.util.List;
import java.util.Locale;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * Creates federated environments and protocols from strings with agora-core's game-string grammar:
 * {@code federated(clients=10,dimension=5,arms=10,sigma=0.1,cost-cap=1,instance-seed=1)} and
 * {@code truth-fedban(participation=mechanism,alpha=0.5,lambda=1,threshold=1,beta=0.8)}. Bad strings
 * give a one-line {@link GameSpecException} naming the parameter, the value and what is allowed.
 */
public final class FederatedRegistry {

  private FederatedRegistry() {}

  /** The parameters of {@code federated(...)}. */
  public static final List<ParameterSpec> ENVIRONMENT_PARAMETERS = List.of(
      ParameterSpec.integer("clients", 10, 1, 10_000, "number of clients"),
      ParameterSpec.integer("dimension", 5, 1, 200, "dimension d of contexts and of theta"),
      ParameterSpec.integer("arms", 10, 2, 10_000, "context vectors offered to a client per round"),
      ParameterSpec.real("sigma", 0.1, 0, 1e6, "standard deviation of the Gaussian reward noise"),
      ParameterSpec.real("cost-cap", 1, 1e-9, 1e12, "costs are uniform on (0, cost-cap]; the largest payment"),
      ParameterSpec.longInteger("instance-seed", 1L, "seed of theta and of the clients' costs"));

  /** The parameters of {@code truth-fedban(...)}. */
  public static final List<ParameterSpec> PROTOCOL_PARAMETERS = List.of(
      ParameterSpec.choice("participation", "mechanism", List.of("mechanism", "all", "none"),
          "who uploads: the truthful mechanism's choice, everyone, or nobody"),
      ParameterSpec.real("alpha", 0.5, 0, 1e6, "LinUCB confidence width"),
      ParameterSpec.real("lambda", 1, 1e-9, 1e9, "ridge regulariser"),
      ParameterSpec.real("threshold", 1, 1e-9, 1e15, "communication threshold D: (t - t_last) ln det ratio > D"),
      ParameterSpec.real("beta", 0.8, 1e-9, 1, "share of the full log-det gain the mechanism buys, in (0, 1]"));

  /**
   * Creates the environment of a {@code federated(...)} string.
   *
   * @throws GameSpecException naming the bad parameter or value
   */
  public static FederatedLinearBandit createEnvironment(String text) {
    GameSpec spec = parse(text, "federated environment");
    if (!spec.name().equals("federated")) {
      throw new GameSpecException("unknown federated environment '" + spec.name() + "'; known: federated");
    }
    GameParameters p = GameParameters.resolve(spec.name(), ENVIRONMENT_PARAMETERS, spec.arguments());
    return new FederatedLinearBandit(p.getInt("clients"), p.getInt("dimension"), p.getInt("arms"),
        p.getDouble("sigma"), p.getDouble("cost-cap"), p.getLong("instance-seed"));
  }

  /**
   * Creates a {@code truth-fedban(...)} protocol on {@code environment} with truthful clients.
   *
   * @throws GameSpecException naming the unknown protocol, option or bad value
   */
  public static TruthFedBan createProtocol(String text, FederatedLinearBandit environment) {
    GameSpec spec = parse(text, "federated protocol");
    if (!spec.name().equals("truth-fedban")) {
      throw new GameSpecException("unknown federated protocol '" + spec.name() + "'; known: truth-fedban");
    }
    GameParameters p = GameParameters.resolve(spec.name(), PROTOCOL_PARAMETERS, spec.arguments());
    return new TruthFedBan(environment,
        TruthFedBan.Participation.valueOf(p.getString("participation").toUpperCase(Locale.ROOT)),
        p.getDouble("alpha"), p.getDouble("lambda"), p.getDouble("threshold"), p.getDouble("beta"), null);
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
