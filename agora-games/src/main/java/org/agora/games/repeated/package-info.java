/**
 * Registry providers of named repeated games (the iterated prisoner's dilemma, repeated
 * rock-paper-scissors), built with the {@code repeated} transform of agora-core.
 */
package org.agora.games.repeated;
