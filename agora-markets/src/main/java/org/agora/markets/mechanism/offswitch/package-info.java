/**
 * The off-switch game: a robot uncertain of the human's utility for its action chooses to act, to
 * switch itself off, or to defer to a human who can switch it off. Closed-form incentives and the
 * registered game {@code off_switch}.
 */
package org.agora.markets.mechanism.offswitch;
