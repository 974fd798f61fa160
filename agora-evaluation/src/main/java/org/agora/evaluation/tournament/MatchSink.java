package org.agora.evaluation.tournament;

import java.util.List;

/**
 * Where a tournament's match records go as blocks of matches finish (a store writes each block in one
 * transaction). The runner calls it from one thread at a time; blocks arrive in the order they
 * finish, not in index order.
 */
@FunctionalInterface
public interface MatchSink {

  /** Does nothing. */
  MatchSink NONE = block -> { };

  /** Takes the records of one finished block, in index order within the block. */
  void accept(List<MatchRecord> block);
}
