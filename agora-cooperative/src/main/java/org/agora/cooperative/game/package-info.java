/**
 * Coalition games: a table of 2^n values, formula games (glove, airport, weighted voting, sums of
 * unanimity games), a caching and budgeted wrapper, and the parser that creates them from strings
 * such as {@code glove(left=2,right=2)} or from a {@code coalition,value} CSV file.
 */
package org.agora.cooperative.game;
