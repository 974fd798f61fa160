package org.agora.spark;

import java.util.ArrayList;
import java.util.List;
import org.agora.evaluation.sweep.SolveRow;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Solver-sweep rows ({@link SolveRow}) as Parquet rows; doubles exact, NaN kept as NaN. */
final class SolveRows {

  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message solve {
        required int32 block;
        required int32 task_index;
        required binary game (UTF8);
        required binary solver (UTF8);
        required int64 seed;
        required binary status (UTF8);
        optional binary error (UTF8);
        optional binary concept (UTF8);
        required double nash_conv;
        required double exploitability;
        required double value;
        required int32 equilibria;
        required double seconds;
      }""");

  private SolveRows() {}

  static List<Group> of(int block, List<SolveRow> solves) {
    SimpleGroupFactory factory = new SimpleGroupFactory(SCHEMA);
    List<Group> rows = new ArrayList<>(solves.size());
    for (SolveRow solve : solves) {
      Group row = factory.newGroup().append(ParquetBlocks.BLOCK, block).append("task_index", solve.index()).append("game", solve.game())
          .append("solver", solve.solver()).append("seed", solve.seed()).append("status", solve.status());
      if (solve.error() != null) {
        row.append("error", solve.error());
      }
      if (solve.concept() != null) {
        row.append("concept", solve.concept());
      }
      row.append("nash_conv", solve.nashConv()).append("exploitability", solve.exploitability())
          .append("value", solve.value()).append("equilibria", solve.equilibria()).append("seconds", solve.seconds());
      rows.add(row);
    }
    return rows;
  }

  static SolveRow row(Group row) {
    return new SolveRow(row.getInteger("task_index", 0), row.getString("game", 0), row.getString("solver", 0),
        row.getLong("seed", 0), row.getString("status", 0), optional(row, "error"), optional(row, "concept"),
        row.getDouble("nash_conv", 0), row.getDouble("exploitability", 0), row.getDouble("value", 0),
        row.getInteger("equilibria", 0), row.getDouble("seconds", 0));
  }

  private static String optional(Group row, String field) {
    return row.getFieldRepetitionCount(field) == 0 ? null : row.getString(field, 0);
  }
}
