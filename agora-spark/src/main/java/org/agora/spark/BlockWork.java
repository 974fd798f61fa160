package org.agora.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;

/**
 * A job cut into numbered blocks that executors compute independently: a tournament's blocks of
 * matches, a sweep's blocks of matches per seed or of solves. Serializable: it travels to the executors
 * inside the tasks, as its specification (the strings), and rebuilds games and agents there.
 */
interface BlockWork extends Serializable {

  /** The blocks, numbered 0 to {@code blocks() - 1}. */
  int blocks();

  /** What one block's rows look like. */
  MessageType schema();

  /**
   * Computes one block's rows, each starting with the block number ({@link ParquetBlocks#BLOCK});
   * deterministic: the same rows on any machine, in any attempt.
   */
  List<Group> play(int block);

  /** Units of progress in one block (matches or solves). */
  long units(int block);
}
