/** {@code agora solve pseudo-game}: pseudo-game strings and the report of a generalized Nash equilibrium. */
package org.agora.cli.pseudogame;
