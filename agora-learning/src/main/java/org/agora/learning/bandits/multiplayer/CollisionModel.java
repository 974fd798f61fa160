package org.agora.learning.bandits.multiplayer;

import java.util.Locale;
import org.agora.core.GameSpecException;

/**
 * What players pulling the same arm in the same round receive and observe.
 *
 * <ul>
 *   <li>{@link #SENSING}: the classic model of Besson and Kaufmann ("Multi-Player Bandits Revisited",
 *       ALT 2018): a sole puller receives the arm's reward, colliding players receive 0, and every
 *       player observes whether it collided.
 *   <li>{@link #NO_SENSING}: the same rewards, but players observe only their reward (a 0 from a
 *       collision looks like a 0 from the arm).
 *   <li>{@link #SHARED}: shareable arms of R. Xu, H. Wang, X. Zhang, B. Li and P. Cui, "Competing for
 *       Shareable Arms in Multi-Player Multi-Armed Bandits", ICML 2023: the m_k players on arm k share
 *       its reward on average, each receiving {@code X_k / m_k} of one draw X_k (expected {@code mu_k /
 *       m_k}); players observe m_k, so a learner can recover the arm's reward as share x m_k (SMAA
 *       learns from the arm's reward, as its authors' experiments do; an assumption of this implementation).
 * </ul>
 */
public enum CollisionModel {
  SENSING("sensing"),
  NO_SENSING("no-sensing"),
  SHARED("shared");

  private final String text;

  CollisionModel(String text) {
    this.text = text;
  }

  /** The name used in strings and on the command line. */
  public String text() {
    return text;
  }

  /** True when players observe how many pulled their arm. */
  public boolean observesSharers() {
    return this != NO_SENSING;
  }

  /**
   * Reads a model name.
   *
   * @throws GameSpecException naming the value and the allowed names
   */
  public static CollisionModel parse(String name) {
    String trimmed = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (CollisionModel model : values()) {
      if (model.text.equals(trimmed)) {
        return model;
      }
    }
    throw new GameSpecException("unknown collision model '" + name + "'; allowed: sensing, no-sensing, shared");
  }
}
