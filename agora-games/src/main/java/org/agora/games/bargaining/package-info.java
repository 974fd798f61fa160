/**
 * The Deal or No Deal negotiation game: chance picks one instance (a pool of items of several
 * types that the two players value differently), then the players take turns making offers until
 * one accepts or the game ends; instances come from the built-in list or a file, with their
 * registry provider.
 */
package org.agora.games.bargaining;
