package org.agora.spark;

import java.util.ArrayList;
import java.util.List;
import org.agora.evaluation.tournament.MatchRecord;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Match records as Parquet rows: one row per match with its index, pairing, match number, the agent
 * index of each seat, its seed, each seat's return (the exact double), its length in moves and its
 * playing time, after the job's block number ({@link ParquetBlocks}). {@code seedIndex} is the sweep's
 * seed position (0 for a tournament).
 */
final class MatchRows {

  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message match {
        required int32 block;
        required int32 seed_index;
        required int64 match_index;
        required int32 pairing;
        required int32 match;
        repeated int32 seats;
        required int64 seed;
        repeated double returns;
        required int64 length;
        required int64 nanos;
      }""");

  private MatchRows() {}

  static List<Group> of(int block, int seedIndex, List<MatchRecord> records) {
    SimpleGroupFactory factory = new SimpleGroupFactory(SCHEMA);
    List<Group> rows = new ArrayList<>(records.size());
    for (MatchRecord record : records) {
      Group row = factory.newGroup()
          .append(ParquetBlocks.BLOCK, block)
          .append("seed_index", seedIndex)
          .append("match_index", record.index())
          .append("pairing", record.pairing())
          .append("match", record.match());
      for (int seat : record.seats()) {
        row.append("seats", seat);
      }
      row.append("seed", record.seed());
      for (double value : record.returns()) {
        row.append("returns", value);
      }
      row.append("length", record.length()).append("nanos", record.nanos());
      rows.add(row);
    }
    return rows;
  }

  static MatchRecord record(Group row) {
    int players = row.getFieldRepetitionCount("seats");
    int[] seats = new int[players];
    double[] returns = new double[row.getFieldRepetitionCount("returns")];
    for (int s = 0; s < players; s++) {
      seats[s] = row.getInteger("seats", s);
    }
    for (int s = 0; s < returns.length; s++) {
      returns[s] = row.getDouble("returns", s);
    }
    return new MatchRecord(row.getLong("match_index", 0), row.getInteger("pairing", 0), row.getInteger("match", 0),
        seats, row.getLong("seed", 0), returns, row.getLong("length", 0), row.getLong("nanos", 0));
  }

  static int seedIndex(Group row) {
    return row.getInteger("seed_index", 0);
  }
}
