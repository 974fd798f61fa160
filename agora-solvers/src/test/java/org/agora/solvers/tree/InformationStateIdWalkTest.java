package org.agora.solvers.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameAbility;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameRegistry;
import org.agora.core.InformationStateIds;
import org.agora.core.State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walk numbers information states by the game's integer ids when it offers them and by key
 * strings otherwise; both must give the same tree, node for node and information state for
 * information state.
 */
class InformationStateIdWalkTest {

  static Stream<String> gamesWithIds() {
    return Stream.of("kuhn_poker", "kuhn_poker(players=3)", "leduc_poker", "liars_dice", "tic_tac_toe",
        "matching_pennies", "repeated(stage=matching_pennies,rounds=3)");
  }

  @ParameterizedTest
  @MethodSource("gamesWithIds")
  void numberingByIdEqualsNumberingByKey(String gameString) {
    Game game = GameRegistry.create(gameString);
    assertThat(game.ability(InformationStateIds.class)).as("the test needs a game with ids").isPresent();

    GameTree byId = GameTreeCompiler.compile(game);
    GameTree byKey = GameTreeCompiler.compile(new KeysOnly(game));

    assertThat(byId.nodeCount()).isEqualTo(byKey.nodeCount());
    assertThat(byId.infosetCount()).isEqualTo(byKey.infosetCount());
    for (int node = 0; node < byId.nodeCount(); node++) {
      assertThat(byId.infoset(node)).as("node %d", node).isEqualTo(byKey.infoset(node));
    }
    for (int infoset = 0; infoset < byId.infosetCount(); infoset++) {
      assertThat(byId.infosetKey(infoset)).isEqualTo(byKey.infosetKey(infoset));
      assertThat(byId.infosetPlayer(infoset)).isEqualTo(byKey.infosetPlayer(infoset));
      assertThat(byId.actionCount(infoset)).isEqualTo(byKey.actionCount(infoset));
    }
  }

  /** The same game with no abilities, so the walk falls back on key strings. */
  private record KeysOnly(Game inner) implements Game {

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public GameParameters parameters() {
      return inner.parameters();
    }

    @Override
    public GameInfo info() {
      return inner.info();
    }

    @Override
    public State newInitialState() {
      return inner.newInitialState();
    }

    @Override
    public GameAbilities abilities() {
      return GameAbilities.NONE;
    }

    @Override
    public <A extends GameAbility> java.util.Optional<A> ability(Class<A> type) {
      return java.util.Optional.empty();
    }
  }
}
