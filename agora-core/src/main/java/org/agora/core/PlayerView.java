package org.agora.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one player may see of a live {@link State}: the game, whose turn it is, the player's legal
 * actions, information-state key and observation (as text, and as tensors and an integer id where
 * the game offers them), the names of its actions and its own return so far. Nothing here reaches the state itself: there is no history, no copy, no chance outcome and
 * no other player's key, so a {@link ViewAgent} given a view cannot learn hidden information (such
 * as an opponent's card) except through what the game shows this player.
 *
 * <p>A view follows its state: after the state advances, the view shows the new position. Creating
 * one costs one small object, which the compiler elides when the agent's {@code step} inlines, so
 * runners make a fresh view per move and do not store it (a stored view keeps its state from being
 * elided too).
 */
public final class PlayerView {

  private final State state;
  private final int player;

  private PlayerView(State state, int player) {
    this.state = state;
    this.player = player;
  }

  /**
   * The view of {@code player} on {@code state}.
   *
   * @throws IllegalArgumentException if {@code player} is not a player of the state's game
   */
  public static PlayerView of(State state, int player) {
    if (player < 0 || player >= state.game().playerCount()) {
      throw notAPlayer(state, player);
    }
    return new PlayerView(state, player);
  }

  /** The error for a bad player, kept out of {@link #of} so that the factory stays small enough to inline. */
  private static IllegalArgumentException notAPlayer(State state, int player) {
    return new IllegalArgumentException("player " + player + " is not a player of " + state.game().name()
        + "; allowed: 0 to " + (state.game().playerCount() - 1));
  }

  /** The game being played. */
  public Game game() {
    return state.game();
  }

  /** The player whose view this is. */
  public int player() {
    return player;
  }

  /** Who moves now (public in every game Agora models). */
  public Turn turn() {
    return state.turn();
  }

  /** True when this player must act now: its decision node, or a simultaneous node. */
  public boolean isPlayersTurn() {
    Turn turn = state.turn();
    return turn == Turn.SIMULTANEOUS || (turn instanceof Turn.Decision decision && decision.player() == player);
  }

  /** True when the game is over. */
  public boolean isTerminal() {
    return state.isTerminal();
  }

  /**
   * Writes this player's legal actions into {@code out} (length at least {@link Game#actionCount()})
   * in increasing order and returns their count (0 when it is not this player's turn). Does not
   * allocate.
   */
  public int legalActions(int[] out) {
    return state.legalActions(player, out);
  }

  /** This player's information-state key (see {@link State#informationStateKey(int)}). */
  public String informationStateKey() {
    return state.informationStateKey(player);
  }

  /** What this player currently observes, for people. */
  public String observation() {
    return state.observation(player);
  }

  /** Readable name of this player's action {@code action} here. */
  public String actionToString(int action) {
    return state.actionToString(player, action);
  }

  /**
   * The shape of this player's observation tensor, or empty when the game offers none (see
   * {@link ObservationTensorWriter}).
   */
  public Optional<int[]> observationTensorShape() {
    return state.game().ability(ObservationTensorWriter.class).map(TensorWriter::shape);
  }

  /**
   * Writes this player's observation tensor into {@code out[offset .. offset + size)} with the game's
   * own {@link ObservationTensorWriter} (never a writer the caller supplies, which would be handed
   * the state).
   *
   * @throws UnsupportedOperationException when the game offers no observation tensor
   */
  public void observationTensor(float[] out, int offset) {
    writer(ObservationTensorWriter.class, "observation tensor").write(state, player, out, offset);
  }

  /**
   * The shape of this player's information-state tensor, or empty when the game offers none (see
   * {@link InformationStateTensorWriter}).
   */
  public Optional<int[]> informationStateTensorShape() {
    return state.game().ability(InformationStateTensorWriter.class).map(TensorWriter::shape);
  }

  /**
   * Writes this player's information-state tensor into {@code out[offset .. offset + size)} with the
   * game's own {@link InformationStateTensorWriter}.
   *
   * @throws UnsupportedOperationException when the game offers no information-state tensor
   */
  public void informationStateTensor(float[] out, int offset) {
    writer(InformationStateTensorWriter.class, "information-state tensor").write(state, player, out, offset);
  }

  /**
   * This player's integer information-state id (see {@link InformationStateIds}), or empty when the
   * game numbers none.
   */
  public OptionalInt informationStateId() {
    Optional<InformationStateIds> ids = state.game().ability(InformationStateIds.class);
    return ids.isPresent() ? OptionalInt.of(ids.get().id(state, player)) : OptionalInt.empty();
  }

  private <W extends TensorWriter & GameAbility> W writer(Class<W> type, String what) {
    return state.game().ability(type).orElseThrow(() -> new UnsupportedOperationException(
        state.game().name() + " offers no " + what));
  }

  /** This player's return so far (its final return once the game is over). */
  public double returns() {
    return state.returns(player);
  }

  @Override
  public String toString() {
    return "view of player " + player + " in " + state.game().name();
  }
}
