package org.agora.testkit;

import java.util.OptionalDouble;
import org.agora.core.Game;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.core.State;

/** A game that plays like another but declares different things, to trip the declaration checks. */
final class DeclaredGame implements Game {

  private final Game inner;
  private String name;
  private GameParameters parameters;
  private GameType type;
  private OptionalDouble utilitySum;
  private Integer playerCount;
  private Integer maxChanceOutcomes;
  private Double minUtility;
  private Double maxUtility;
  private boolean initialStateThrows;

  private DeclaredGame(Game inner) {
    this.inner = inner;
  }

  static DeclaredGame of(Game inner) {
    return new DeclaredGame(inner);
  }

  /** Declares another name; parameters follow unless set too. */
  DeclaredGame name(String newName) {
    this.name = newName;
    return this;
  }

  DeclaredGame parameters(GameParameters newParameters) {
    this.parameters = newParameters;
    return this;
  }

  DeclaredGame type(GameType newType) {
    this.type = newType;
    return this;
  }

  DeclaredGame utility(GameType.Utility utility) {
    GameType current = type();
    return type(new GameType(current.dynamics(), current.chance(), current.information(), utility));
  }

  DeclaredGame utilitySum(OptionalDouble sum) {
    this.utilitySum = sum;
    return this;
  }

  DeclaredGame playerCount(int count) {
    this.playerCount = count;
    return this;
  }

  DeclaredGame maxChanceOutcomes(int count) {
    this.maxChanceOutcomes = count;
    return this;
  }

  DeclaredGame utilityBounds(double min, double max) {
    this.minUtility = min;
    this.maxUtility = max;
    return this;
  }

  DeclaredGame initialStateThrows() {
    this.initialStateThrows = true;
    return this;
  }

  @Override
  public String name() {
    return name != null ? name : inner.name();
  }

  @Override
  public GameParameters parameters() {
    return parameters != null ? parameters : inner.parameters();
  }

  /** The inner game's facts; the accessors below override them with the declared ones. */
  @Override
  public GameInfo info() {
    return inner.info();
  }

  @Override
  public GameType type() {
    return type != null ? type : inner.type();
  }

  @Override
  public int playerCount() {
    return playerCount != null ? playerCount : inner.playerCount();
  }

  @Override
  public int actionCount() {
    return inner.actionCount();
  }

  @Override
  public int maxChanceOutcomes() {
    return maxChanceOutcomes != null ? maxChanceOutcomes : inner.maxChanceOutcomes();
  }

  @Override
  public double minUtility() {
    return minUtility != null ? minUtility : inner.minUtility();
  }

  @Override
  public double maxUtility() {
    return maxUtility != null ? maxUtility : inner.maxUtility();
  }

  @Override
  public OptionalDouble utilitySum() {
    return utilitySum != null ? utilitySum : inner.utilitySum();
  }

  @Override
  public int maxGameLength() {
    return inner.maxGameLength();
  }

  @Override
  public State newInitialState() {
    if (initialStateThrows) {
      throw new IllegalStateException("no initial state today");
    }
    return inner.newInitialState();
  }
}
