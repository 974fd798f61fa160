package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.agora.core.agent.RandomAgent;
import org.agora.core.agent.RandomAgentProvider;
import org.agora.core.transform.TurnBasedGame;
import org.junit.jupiter.api.Test;

/** {@link AgentRegistry}: unique names, options validated against {@link ParameterSpec} declarations. */
class AgentRegistryTest {

  /** A provider with one option of each kind, recording the options it was given. */
  static final class OptionsProvider implements AgentProvider {
    private final String name;
    GameParameters received;

    OptionsProvider(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return "test provider";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(
          ParameterSpec.integer("simulations", 1000, 1, 100_000_000, "simulations per move"),
          ParameterSpec.real("c", 1.5, 0.0, 1e6, "exploration"),
          ParameterSpec.bool("solve", false, "solve"),
          ParameterSpec.longInteger("seed", null, "seed (default: the agent's seed)"));
    }

    @Override
    public Agent create(Game game, int player, long seed, GameParameters options) {
      received = options;
      return new RandomAgent(game, player, options.getLong("seed"));
    }
  }

  private final Game game = new TurnBasedGame(TestGames.rockPaperScissors());

  @Test
  void duplicateNamesFailNamingBothProviders() {
    OptionsProvider first = new OptionsProvider("twin");
    OptionsProvider second = new OptionsProvider("twin");

    assertThatThrownBy(() -> AgentRegistry.byName(List.of(first, new RandomAgentProvider(), second)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("agent 'twin' is registered twice, by " + OptionsProvider.class.getName() + " and "
            + OptionsProvider.class.getName());
    assertThat(AgentRegistry.byName(List.of(new OptionsProvider("b"), new OptionsProvider("a"))).keySet())
        .containsExactly("a", "b");
  }

  /** A family of the given providers. */
  private static AgentFamily family(String name, AgentProvider... providers) {
    return new AgentFamily() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "test family";
      }

      @Override
      public List<AgentProvider> providers() {
        return List.of(providers);
      }
    };
  }

  @Test
  void familiesRegisterTheirAgentsWithTheOthersAndDuplicatesStillFail() {
    Map<String, AgentFamily> families = AgentRegistry.families(List.of(family("zoo", new OptionsProvider("b"),
        new OptionsProvider("a")), family("cats", new OptionsProvider("c"))));
    assertThat(families.keySet()).containsExactly("cats", "zoo");
    List<AgentProvider> all = AgentRegistry.withFamilies(List.of(new RandomAgentProvider()), families);
    assertThat(AgentRegistry.byName(all).keySet()).containsExactly("a", "b", "c", "random");

    List<AgentProvider> clash = AgentRegistry.withFamilies(List.of(new OptionsProvider("a")), families);
    assertThatThrownBy(() -> AgentRegistry.byName(clash)).hasMessageStartingWith("agent 'a' is registered twice");
    assertThatThrownBy(() -> AgentRegistry.families(List.of(family("zoo"), family("zoo"))))
        .hasMessageStartingWith("agent family 'zoo' is registered twice");
    assertThatThrownBy(() -> AgentRegistry.family("no_such_family"))
        .isInstanceOf(GameSpecException.class).hasMessageStartingWith("unknown agent family 'no_such_family'");
  }

  @Test
  void optionsAreTypedWithDefaultsAndTheSeedDefaultsToTheAgentsSeed() {
    OptionsProvider provider = new OptionsProvider("test_agent");

    GameParameters defaults = AgentRegistry.options(provider, Map.of(), 42);
    assertThat(defaults.getInt("simulations")).isEqualTo(1000);
    assertThat(defaults.getDouble("c")).isEqualTo(1.5);
    assertThat(defaults.getBoolean("solve")).isFalse();
    assertThat(defaults.getLong("seed")).isEqualTo(42L);

    GameParameters given = AgentRegistry.options(provider,
        Map.of("simulations", "7", "c", "0.25", "solve", "true", "seed", "-12345678901"), 42);
    assertThat(given.getInt("simulations")).isEqualTo(7);
    assertThat(given.getDouble("c")).isEqualTo(0.25);
    assertThat(given.getBoolean("solve")).isTrue();
    assertThat(given.getLong("seed")).isEqualTo(-12345678901L);
  }

  @Test
  void badOptionsAreWordedForAgents() {
    OptionsProvider provider = new OptionsProvider("test_agent");

    assertThatThrownBy(() -> AgentRegistry.options(provider, Map.of("depth", "3"), 0))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("test_agent: unknown option 'depth'; allowed: simulations, c, solve, seed");
    assertThatThrownBy(() -> AgentRegistry.options(provider, Map.of("simulations", "lots"), 0))
        .hasMessage("test_agent: option 'simulations' value 'lots' is invalid; allowed: an integer in [1, 100000000]");
    assertThatThrownBy(() -> AgentRegistry.options(provider, Map.of("simulations", "0"), 0))
        .hasMessage("test_agent: option 'simulations' value '0' is invalid; allowed: an integer in [1, 100000000]");
    assertThatThrownBy(() -> AgentRegistry.options(provider, Map.of("c", "-1"), 0))
        .hasMessage("test_agent: option 'c' value '-1' is invalid; allowed: a number in [0.0, 1000000.0]");
    assertThatThrownBy(() -> AgentRegistry.options(provider, Map.of("solve", "yes"), 0))
        .hasMessage("test_agent: option 'solve' value 'yes' is invalid; allowed: true or false");
    assertThatThrownBy(() -> AgentRegistry.options(provider, Map.of("seed", "x"), 0))
        .hasMessage("test_agent: option 'seed' value 'x' is invalid; allowed: a 64-bit integer");
  }

  @Test
  void gamesKeepTheirParameterWording() {
    List<ParameterSpec> specs = List.of(ParameterSpec.integer("stake", 1, 1, 100, "stake"));

    assertThatThrownBy(() -> GameParameters.resolve("pennies", specs, Map.of("stake", "0")))
        .hasMessage("pennies: parameter 'stake' value '0' is out of range; allowed: integer in [1, 100]");
    assertThatThrownBy(() -> GameParameters.resolve("pennies", specs, Map.of("bet", "0")))
        .hasMessage("pennies: unknown parameter 'bet'; allowed: stake");
  }

  @Test
  void aFactoryValidatesOnceAndCreatesTheAgentsTheRegistryWould() {
    AgentFactory factory = AgentRegistry.factory("random");
    int[] legal = new int[game.actionCount()];
    State state = game.newInitialState();

    assertThat(factory.agentString()).isEqualTo("random");
    for (long seed = 0; seed < 20; seed++) {
      Agent fromFactory = factory.create(game, 0, seed);
      Agent fromRegistry = AgentRegistry.create("random", game, 0, seed);
      assertThat(Agent.act(fromFactory, state)).isEqualTo(Agent.act(fromRegistry, state));
    }
    assertThat(PlayerView.of(state, 0).legalActions(legal)).isEqualTo(3);
    assertThatThrownBy(() -> AgentRegistry.factory("random(depth=2)"))
        .isInstanceOf(GameSpecException.class).hasMessage("random: unknown option 'depth'; it takes no options");
    assertThatThrownBy(() -> AgentRegistry.factory("random(")).hasMessageStartingWith("bad agent string");
  }

  @Test
  void theRegistryCreatesAgentsWithTheirOptions() {
    Agent agent = AgentRegistry.create("random", game, 1, 5);

    assertThat(agent).isInstanceOf(ViewAgent.class);
    assertThat(AgentRegistry.providers()).extracting(AgentProvider::name).contains("random");
    assertThat(new RandomAgentProvider().parameters()).isEmpty();
  }
}
