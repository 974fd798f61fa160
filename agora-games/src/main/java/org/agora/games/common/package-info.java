/**
 * Small helpers shared by the games, such as sets of small integers held as the bits of an {@code
 * int} ({@link org.agora.games.common.Bitmasks}).
 */
package org.agora.games.common;
