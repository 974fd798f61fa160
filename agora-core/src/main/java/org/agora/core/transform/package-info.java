/**
 * Game transforms, each a {@link org.agora.core.Game} decorator with its registry provider: the
 * repeated game with recall ({@code repeated(stage=...)}) and the turn-based view of a
 * simultaneous game ({@code turn_based(game=...)}).
 */
package org.agora.core.transform;
